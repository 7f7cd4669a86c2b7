"""TRICARE's medical necessity appeals and VA health care's clinical appeals: what their own
pages source. (VA's clinical appeals set no filing deadline there, so none is dated.)"""

from .. import sources
from .rules import Rule, RuleNote

RULES = (
    Rule(
        "tricare",
        "file_appeal",
        90,
        "days",
        "you may ask for reconsideration, counted from the date on the explanation of benefits "
        "or other decision (it must be postmarked or received by then)",
        sources.TRICARE_APPEALS,
    ),
    Rule(
        "tricare",
        "file_second_reconsideration",
        90,
        "days",
        "you may ask the national quality monitoring contractor for a second reconsideration, "
        "counted from the date on the reconsideration decision",
        sources.TRICARE_APPEALS,
    ),
)

NOTES = (
    RuleNote(
        "tricare",
        "If less than $300 is in dispute, the second reconsideration is final; with $300 or "
        "more you can ask the Defense Health Agency for an independent hearing. An expedited "
        "appeal is only for prior authorization of services or an inpatient stay.",
        sources.TRICARE_APPEALS,
    ),
    RuleNote(
        "va",
        "A VA treatment decision is reviewed through the Clinical Appeals process: contact your "
        "VA facility's patient advocate, and say what decision you disagree with, why, and "
        "what medical evidence you have. VA's decision reviews (Higher-Level Review, "
        "Supplemental Claim, Board Appeal) are for benefits decisions, not treatment.",
        sources.VA_CLINICAL_APPEALS,
    ),
)
