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
        Rule(
            "medicaid",
            "continue_benefits",
            10,
            "days",
            "you may ask to keep treatment already approved while your appeal is decided, "
            "counted from the date the plan sent its notice (or by the date the change takes "
            "effect, if that is later); file the appeal by then too",
            sources.CFR_438_420,
        ),
        Rule(
            "medicaid",
            "continue_benefits_hearing",
            10,
            "days",
            "you may ask to keep that treatment during the state fair hearing, counted from the "
            "date the plan sent its appeal decision",
            sources.CFR_438_420,
        ),
    ]
    return tuple(rows)


RULES = _rules()

NOTES = (
    RuleNote(
        "medicaid",
        "Treatment you keep during an appeal you then lose may have to be paid back, under "
        "your state's usual policy on recoveries.",
        sources.CFR_438_420,
    ),
    RuleNote(
        "medicaid",
        "Fee-for-service Medicaid (not a managed-care plan): the state sets "
        "the window to request a fair hearing, up to 90 days.",
        sources.CFR_431_221,
    ),
)
