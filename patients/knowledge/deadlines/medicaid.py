"""Medicaid managed care: the plan appeal, then the state fair hearing."""

from .. import sources
from .rules import Rule, RuleNote


def _rules():
    rows = []
    medicaid = sources.CFR_438
    rows += [
        Rule(
            "medicaid",
            "file_appeal",
            60,
            "days",
            "you may appeal to your Medicaid plan, counted from the date of the notice",
            medicaid,
        ),
        Rule(
            "medicaid",
            "appeal_decision_pre",
            30,
            "days",
            "the Medicaid plan resolves a standard appeal",
            medicaid,
        ),
        Rule(
            "medicaid",
            "appeal_decision_post",
            30,
            "days",
            "the Medicaid plan resolves a standard appeal",
            medicaid,
        ),
        Rule(
            "medicaid",
            "appeal_decision_urgent",
            72,
            "hours",
            "the Medicaid plan resolves an expedited appeal",
            medicaid,
        ),
        Rule(
            "medicaid",
            "file_state_hearing",
            90,
            "days",
            "you may request a state fair hearing, counted from the date of the plan's appeal "
            "decision (your state allows 90 to 120 days; the decision letter gives yours; until "
            "you know it, plan for the shortest)",
            medicaid,
        ),
    ]
    return tuple(rows)


RULES = _rules()

NOTES = (
    RuleNote(
        "medicaid",
        "Fee-for-service Medicaid (not a managed-care plan): the state sets "
        "the window to request a fair hearing, up to 90 days.",
        sources.CFR_431_221,
    ),
)
