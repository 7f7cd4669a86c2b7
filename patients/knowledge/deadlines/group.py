"""Employer group plans (ERISA, and the ACA for non-grandfathered plans) and individual plans."""

from .. import sources
from .rules import Rule, RuleNote

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
                rolls=True,
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
    return tuple(rows)


RULES = _rules()

NOTES = (
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
