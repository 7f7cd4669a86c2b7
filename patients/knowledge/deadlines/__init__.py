"""Appeal, review and decision deadlines by plan type, each with its rule and source.

The rules are tables by plan family (group, medicaid, medicare); the engine turns a case's
facts into dated deadlines."""

from .engine import (
    APPEAL_LETTER_EVENTS,
    EXTERNAL_REVIEW_EVENT,
    RulesSummary,
    appeal_decision_rule,
    case_deadlines,
    claim_deadlines,
    denial_deadlines,
    external_decision_rule,
    filing_deadline,
    has_external_review,
    prior_auth_deadlines,
    rules_summary,
    upcoming,
)
from .facts import (
    AppealFacts,
    CaseTimeline,
    ClaimFacts,
    Deadline,
    DenialFacts,
    RequestFacts,
)
from .levels import (
    FIRST_LEVEL_NAMES,
    NEXT_LEVEL,
    NEXT_LEVEL_NAMES,
    TIMELY_FILING_DEFAULT_DAYS,
    TIMELY_FILING_SOURCE,
)
from .rules import ATTENTION_DAYS, FAMILY_NAMES, FAMILY_OF_PLAN, Rule, RuleNote
from .table import MEDICARE_THRESHOLDS, MEDICARE_THRESHOLDS_SOURCE, RULE, RULE_NOTES, RULES

__all__ = [
    "APPEAL_LETTER_EVENTS",
    "ATTENTION_DAYS",
    "EXTERNAL_REVIEW_EVENT",
    "FAMILY_NAMES",
    "FAMILY_OF_PLAN",
    "FIRST_LEVEL_NAMES",
    "MEDICARE_THRESHOLDS",
    "MEDICARE_THRESHOLDS_SOURCE",
    "NEXT_LEVEL",
    "NEXT_LEVEL_NAMES",
    "RULE",
    "RULES",
    "RULE_NOTES",
    "TIMELY_FILING_DEFAULT_DAYS",
    "TIMELY_FILING_SOURCE",
    "AppealFacts",
    "CaseTimeline",
    "ClaimFacts",
    "Deadline",
    "DenialFacts",
    "RequestFacts",
    "Rule",
    "RuleNote",
    "RulesSummary",
    "appeal_decision_rule",
    "case_deadlines",
    "claim_deadlines",
    "denial_deadlines",
    "external_decision_rule",
    "filing_deadline",
    "has_external_review",
    "prior_auth_deadlines",
    "rules_summary",
    "upcoming",
]
