"""Appeal, review and decision deadlines by plan type, in calendar days, each with its rule."""

from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from . import sources
from .sources import Source

ATTENTION_DAYS = 7


@dataclass(frozen=True)
class Rule:
    """A time limit: `amount` of `unit` ("days", "hours" or "months") after an event."""

    family: str
    event: str
    amount: int
    unit: str
    wording: str
    source: Source

    def due(self, start):
        if self.unit == "months":
            return start + relativedelta(months=self.amount)
        if self.unit == "hours":
            return start + timedelta(days=-(-self.amount // 24))
        return start + timedelta(days=self.amount)

    @property
    def span(self):
        unit = self.unit if self.amount != 1 else self.unit.rstrip("s")
        return f"{self.amount} {unit}"


# Plan types grouped by the appeal rules that govern them.
FAMILY_OF_PLAN = {
    "employer_self_funded": "group",
    "employer_fully_insured": "group",
    "marketplace": "individual",
    "medicaid": "medicaid",
    "medicare": "medicare",
    "medicare_advantage": "medicare_advantage",
}
FAMILY_NAMES = {
    "group": "employer group plans (ERISA and the ACA)",
    "individual": "individual and marketplace plans (the ACA)",
    "medicaid": "Medicaid managed care",
    "medicare": "Original Medicare (Part B)",
    "medicare_advantage": "Medicare Advantage",
}

_ERISA = sources.CFR_2560_503_1
_ACA = sources.CFR_147_136
_EXT = sources.CFR_2590_715_2719


def _rules():
    rows = []
    for family, appeal_source in (("group", _ERISA), ("individual", _ACA)):
        rows += [
            Rule(
                family,
                "pa_decision_urgent",
                72,
                "hours",
                "the plan decides an urgent prior-authorization request",
                _ERISA,
            ),
            Rule(
                family,
                "pa_decision_standard",
                15,
                "days",
                "the plan decides a prior-authorization request (it may extend once by 15 "
                "days, telling you why)",
                _ERISA,
            ),
            Rule(
                family,
                "claim_decision",
                30,
                "days",
                "the plan decides a claim for care already received (one 15-day extension)",
                _ERISA,
            ),
            Rule(
                family,
                "file_appeal",
                180,
                "days",
                "you may file an internal appeal, counted from when you received the denial",
                appeal_source,
            ),
            Rule(
                family,
                "appeal_decision_urgent",
                72,
                "hours",
                "the plan decides an urgent appeal",
                _ERISA,
            ),
            Rule(
                family,
                "appeal_decision_pre",
                30,
                "days",
                "the plan decides an appeal of a prior-authorization denial (15 days per level "
                "if the plan has two levels)",
                _ERISA,
            ),
            Rule(
                family,
                "appeal_decision_post",
                60,
                "days",
                "the plan decides an appeal of a claim denial (30 days per level if the plan "
                "has two levels)",
                _ERISA,
            ),
            Rule(
                family,
                "file_external",
                4,
                "months",
                "you may request external review, counted from the final internal denial "
                "(use the date on your notice if it is earlier)",
                _ACA if family == "individual" else _EXT,
            ),
            Rule(
                family,
                "external_decision",
                45,
                "days",
                "the independent reviewer decides a standard external review",
                _EXT,
            ),
            Rule(
                family,
                "external_decision_urgent",
                72,
                "hours",
                "the independent reviewer decides an expedited external review",
                _EXT,
            ),
        ]
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
            120,
            "days",
            "you may request a state fair hearing, counted from the plan's appeal decision",
            medicaid,
        ),
    ]
    medicare = sources.CFR_405
    rows += [
        Rule(
            "medicare",
            "file_appeal",
            120,
            "days",
            "you may ask for a redetermination, counted from when you received the notice",
            medicare,
        ),
        Rule(
            "medicare",
            "file_reconsideration",
            180,
            "days",
            "you may ask the QIC for reconsideration after a redetermination you lost",
            medicare,
        ),
        Rule(
            "medicare",
            "file_alj",
            60,
            "days",
            "you may ask for an ALJ hearing after a reconsideration you lost (the amount in "
            "dispute must reach the year's threshold)",
            medicare,
        ),
        Rule(
            "medicare",
            "file_council",
            60,
            "days",
            "you may ask the Medicare Appeals Council to review an ALJ decision",
            medicare,
        ),
        Rule(
            "medicare",
            "file_court",
            60,
            "days",
            "you may go to federal court after the Appeals Council (the amount in dispute must "
            "reach the year's threshold)",
            medicare,
        ),
    ]
    advantage = sources.CFR_422
    rows += [
        Rule(
            "medicare_advantage",
            "file_appeal",
            60,
            "days",
            "you may ask your plan for reconsideration, counted from the date of the notice",
            advantage,
        ),
        Rule(
            "medicare_advantage",
            "appeal_decision_urgent",
            72,
            "hours",
            "the plan decides an expedited reconsideration",
            advantage,
        ),
        Rule(
            "medicare_advantage",
            "appeal_decision_pre",
            30,
            "days",
            "the plan decides a standard reconsideration of care not yet received",
            advantage,
        ),
    ]
    return tuple(rows)


RULES = _rules()
RULE = {(r.family, r.event): r for r in RULES}

# The dollar amount in dispute Medicare needs for an ALJ hearing and for court, by year.
MEDICARE_THRESHOLDS = {2025: (190, 1900)}
MEDICARE_THRESHOLDS_SOURCE = sources.CMS_THRESHOLDS


@dataclass(frozen=True)
class RuleNote:
    family: str
    text: str
    source: Source


RULE_NOTES = (
    RuleNote(
        "medicaid",
        "Fee-for-service Medicaid (not a managed-care plan): the state sets "
        "the window to request a fair hearing, up to 90 days.",
        sources.CFR_431_221,
    ),
    RuleNote(
        "medicare",
        "The amount in dispute must reach a yearly threshold: in 2025, $190 "
        "for an ALJ hearing and $1,900 for federal court.",
        sources.CMS_THRESHOLDS,
    ),
    RuleNote(
        "medicare_advantage",
        "Part D (pharmacy) denials: ask for a redetermination within 60 days.",
        sources.CFR_423,
    ),
    RuleNote(
        "group",
        "Some notices state a shorter window for external review than the "
        "regulation's 4 months: when two dates differ, plan for the earlier one.",
        sources.HEALTHCARE_GOV_APPEALS,
    ),
    RuleNote(
        "individual",
        "Individual plans have one level of internal appeal, then external "
        "review. Some notices and HealthCare.gov pages state shorter windows (60 days for "
        "some processes): when two dates differ, plan for the earlier one.",
        sources.HEALTHCARE_GOV_APPEALS,
    ),
)
TIMELY_FILING_DEFAULT_DAYS = 60
TIMELY_FILING_SOURCE = sources.NEW_HORIZON

# What follows a lost appeal at each level, by family.
NEXT_LEVEL = {
    ("group", "internal_1"): "file_external",
    ("group", "internal_2"): "file_external",
    ("individual", "internal_1"): "file_external",
    ("individual", "internal_2"): "file_external",
    ("medicaid", "internal_1"): "file_state_hearing",
    ("medicare", "redetermination"): "file_reconsideration",
    ("medicare", "internal_1"): "file_reconsideration",
    ("medicare", "reconsideration"): "file_alj",
    ("medicare", "alj"): "file_council",
    ("medicare", "council"): "file_court",
}
NEXT_LEVEL_NAMES = {
    "file_external": ("external", "Request external review"),
    "file_state_hearing": ("state_hearing", "Request a state fair hearing"),
    "file_reconsideration": ("reconsideration", "Ask for Medicare reconsideration (QIC)"),
    "file_alj": ("alj", "Ask for an ALJ hearing"),
    "file_council": ("council", "Ask the Medicare Appeals Council to review"),
    "file_court": ("court", "File in federal court"),
}
FIRST_LEVEL_NAMES = {
    "group": "File an internal appeal",
    "individual": "File an internal appeal",
    "medicaid": "File an appeal with your Medicaid plan",
    "medicare": "Ask for a Medicare redetermination",
    "medicare_advantage": "Ask your plan for reconsideration",
}


@dataclass(frozen=True)
class RequestFacts:
    ref: str
    label: str
    urgent: bool
    submitted_on: date | None
    decided: bool


@dataclass(frozen=True)
class AppealFacts:
    level: str
    expedited: bool
    filed_on: date | None
    outcome: str
    decided_on: date | None


@dataclass(frozen=True)
class DenialFacts:
    ref: str
    label: str
    notice_date: date
    received_on: date | None
    pre_service: bool
    appeal_by_on_notice: date | None = None
    appeals: tuple[AppealFacts, ...] = ()


@dataclass(frozen=True)
class ClaimFacts:
    ref: str
    label: str
    service_date: date
    submitted_on: date | None
    decided: bool


@dataclass(frozen=True)
class Deadline:
    title: str
    due: date
    rule: str
    source: Source
    who: str  # "you" must act by then, or "plan" owes a decision by then
    about: str = ""
    done: bool = False
    note: str = ""
    ref: str = ""  # which request, claim or denial it belongs to

    def days_left(self, today):
        return (self.due - today).days

    def needs_attention(self, today):
        return not self.done and self.days_left(today) <= ATTENTION_DAYS

    def state(self, today):
        """ "done", "past", "soon" (within the attention window) or "later"."""
        if self.done:
            return "done"
        if self.due < today:
            return "past"
        return "soon" if self.needs_attention(today) else "later"


def _deadline(title, rule, start, facts, who="you", done=False, note=""):
    return Deadline(
        title,
        rule.due(start),
        f"Within {rule.span}: {rule.wording}.",
        rule.source,
        who,
        facts.label,
        done,
        note,
        facts.ref,
    )


def prior_auth_deadlines(family, request):
    if family not in ("group", "individual") or request.submitted_on is None:
        return []
    event = "pa_decision_urgent" if request.urgent else "pa_decision_standard"
    return [
        _deadline(
            "The plan's decision is due",
            RULE[(family, event)],
            request.submitted_on,
            request,
            who="plan",
            done=request.decided,
        )
    ]


def claim_deadlines(family, claim, timely_filing_days=None):
    if claim.submitted_on is None:
        days = timely_filing_days or TIMELY_FILING_DEFAULT_DAYS
        rule = (
            f"Your plan's limit for submitting claims is {days} days after the date of service."
            if timely_filing_days
            else f"Plans set their own limit, commonly 60 to 180 days after the date of service; "
            f"until you know yours, plan for the shortest ({days} days). Ask your insurer."
        )
        return [
            Deadline(
                "Submit the claim",
                claim.service_date + timedelta(days=days),
                rule,
                TIMELY_FILING_SOURCE,
                "you",
                claim.label,
                ref=claim.ref,
            )
        ]
    if family in ("group", "individual"):
        return [
            _deadline(
                "The plan's decision on the claim is due",
                RULE[(family, "claim_decision")],
                claim.submitted_on,
                claim,
                who="plan",
                done=claim.decided,
            )
        ]
    return []


def denial_deadlines(family, denial):
    """Every deadline a denial sets off: filing each level, and the decision owed at each."""
    if family not in FIRST_LEVEL_NAMES:
        return []
    found = []
    rule = RULE[(family, "file_appeal")]
    counts_from_receipt = family in ("group", "individual", "medicare")
    start = denial.received_on if counts_from_receipt and denial.received_on else denial.notice_date
    first = _deadline(FIRST_LEVEL_NAMES[family], rule, start, denial, done=bool(denial.appeals))
    if counts_from_receipt and denial.received_on is None:
        first = replace(
            first,
            note="Counted from the notice date because the date you "
            "received it is not recorded; that is the safe, earlier date.",
        )
    if denial.appeal_by_on_notice and denial.appeal_by_on_notice != first.due:
        earlier = min(first.due, denial.appeal_by_on_notice)
        first = replace(
            first,
            due=earlier,
            note=f"Your notice says {denial.appeal_by_on_notice:%b %-d, %Y}; the "
            f"rule gives {rule.due(start):%b %-d, %Y}. Plan for the earlier date.",
        )
    found.append(first)
    levels = [a.level for a in denial.appeals]
    for appeal in denial.appeals:
        found += _appeal_deadlines(family, denial, appeal, levels)
    return found


def _appeal_deadlines(family, denial, appeal, levels):
    found = []
    if appeal.filed_on and appeal.level == "external" and family in ("group", "individual"):
        event = "external_decision_urgent" if appeal.expedited else "external_decision"
        found.append(
            _deadline(
                "The external reviewer's decision is due",
                RULE[(family, event)],
                appeal.filed_on,
                denial,
                who="plan",
                done=appeal.outcome != "pending",
            )
        )
    elif appeal.filed_on:
        if appeal.expedited:
            event = "appeal_decision_urgent"
        else:
            event = "appeal_decision_pre" if denial.pre_service else "appeal_decision_post"
        rule = RULE.get((family, event))
        if rule:
            found.append(
                _deadline(
                    "The plan's decision on your appeal is due",
                    rule,
                    appeal.filed_on,
                    denial,
                    who="plan",
                    done=appeal.outcome != "pending",
                )
            )
    next_event = NEXT_LEVEL.get((family, appeal.level))
    if appeal.outcome == "upheld" and appeal.decided_on and next_event:
        next_level, title = NEXT_LEVEL_NAMES[next_event]
        note = ""
        if family == "group" and appeal.level == "internal_1":
            note = (
                "If your plan has a second internal level, your notice says so; external "
                "review is counted from the final internal denial. This date is the safe, "
                "earlier one."
            )
        found.append(
            _deadline(
                title,
                RULE[(family, next_event)],
                appeal.decided_on,
                denial,
                done=next_level in levels,
                note=note,
            )
        )
    return found


@dataclass(frozen=True)
class CaseTimeline:
    plan_type: str
    requests: tuple[RequestFacts, ...] = ()
    denials: tuple[DenialFacts, ...] = ()
    claims: tuple[ClaimFacts, ...] = ()
    timely_filing_days: int | None = None


def case_deadlines(timeline):
    """Every deadline of a case, nearest first."""
    family = FAMILY_OF_PLAN.get(timeline.plan_type)
    found = []
    for request in timeline.requests:
        found += prior_auth_deadlines(family, request)
    for claim in timeline.claims:
        found += claim_deadlines(family, claim, timeline.timely_filing_days)
    for denial in timeline.denials:
        found += denial_deadlines(family, denial)
    return sorted(found, key=lambda d: (d.due, d.title))


def upcoming(deadlines):
    """The deadlines still open, nearest first."""
    return [d for d in deadlines if not d.done]


@dataclass(frozen=True)
class RulesSummary:
    name: str | None
    rules: tuple[Rule, ...]
    notes: tuple[RuleNote, ...]


def rules_summary(plan_type):
    """Which appeal rules apply to a plan type; name None when our sources don't cover it."""
    family = FAMILY_OF_PLAN.get(plan_type)
    if family is None:
        return RulesSummary(None, (), ())
    return RulesSummary(
        FAMILY_NAMES[family],
        tuple(r for r in RULES if r.family == family),
        tuple(n for n in RULE_NOTES if n.family == family),
    )


def appeal_decision_rule(plan_type, pre_service, expedited):
    """The rule for how soon the plan must decide an internal appeal, or None if unknown."""
    family = FAMILY_OF_PLAN.get(plan_type)
    if expedited:
        event = "appeal_decision_urgent"
    else:
        event = "appeal_decision_pre" if pre_service else "appeal_decision_post"
    return RULE.get((family, event))


def external_decision_rule(plan_type, expedited):
    family = FAMILY_OF_PLAN.get(plan_type)
    return RULE.get((family, "external_decision_urgent" if expedited else "external_decision"))
