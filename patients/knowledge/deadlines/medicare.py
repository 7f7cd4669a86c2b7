"""Original Medicare (Part B) and Medicare Advantage."""

from .. import sources
from .rules import Rule, RuleNote


def _rules():
    rows = []
    medicare = sources.CFR_405
    rows += [
        Rule(
            "medicare",
            "file_appeal",
            120,
            "days",
            "you may ask for a redetermination, counted from when you received the notice "
            "(presumed 5 days after its date)",
            medicare,
            presumed_receipt_days=5,
        ),
        Rule(
            "medicare",
            "file_reconsideration",
            180,
            "days",
            "you may ask the QIC for reconsideration after a redetermination you lost, "
            "counted from when you received the decision (presumed 5 days after its date)",
            medicare,
            presumed_receipt_days=5,
        ),
        Rule(
            "medicare",
            "file_alj",
            60,
            "days",
            "you may ask for an ALJ hearing after a reconsideration you lost (the amount in "
            "dispute must reach the year's threshold)",
            medicare,
            presumed_receipt_days=5,
        ),
        Rule(
            "medicare",
            "file_council",
            60,
            "days",
            "you may ask the Medicare Appeals Council to review an ALJ decision",
            medicare,
            presumed_receipt_days=5,
        ),
        Rule(
            "medicare",
            "file_court",
            60,
            "days",
            "you may go to federal court after the Appeals Council (the amount in dispute must "
            "reach the year's threshold)",
            medicare,
            presumed_receipt_days=5,
        ),
    ]
    late = sources.CFR_405_ESCALATION
    rows += [
        Rule(
            "medicare",
            "redetermination_decision",
            60,
            "days",
            "the Medicare contractor decides a redetermination",
            late,
        ),
        Rule(
            "medicare",
            "reconsideration_decision",
            60,
            "days",
            "the QIC decides a reconsideration",
            late,
        ),
        Rule(
            "medicare", "alj_decision", 90, "days", "an ALJ decides after a hearing request", late
        ),
    ]
    advantage = sources.CFR_422
    rows += [
        Rule(
            "medicare_advantage",
            "file_appeal",
            60,
            "days",
            "you may ask your plan for reconsideration, counted from when you received the "
            "notice (presumed 5 days after its date: 65 days from the date on the notice)",
            advantage,
            presumed_receipt_days=5,
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
        Rule(
            "medicare_advantage",
            "appeal_decision_part_b_drug",
            7,
            "days",
            "the plan decides a standard reconsideration of a Part B drug (esketamine given in a "
            "clinic is one)",
            sources.CMS_PART_C_RECONSIDERATION,
        ),
        Rule(
            "medicare_advantage",
            "appeal_decision_post",
            60,
            "days",
            "the plan decides a reconsideration of a payment for care already received",
            advantage,
        ),
    ]
    part_d = sources.CFR_423
    rows += [
        Rule(
            "part_d",
            "file_appeal",
            60,
            "days",
            "you may ask your drug plan for a redetermination, counted from when you received "
            "the notice (presumed 5 days after its date)",
            part_d,
            presumed_receipt_days=5,
        ),
        Rule(
            "part_d",
            "appeal_decision_urgent",
            72,
            "hours",
            "the drug plan decides an expedited redetermination",
            sources.CMS_PART_D_REDETERMINATION,
        ),
        Rule(
            "part_d",
            "appeal_decision_pre",
            7,
            "days",
            "the drug plan decides a standard redetermination",
            sources.CMS_PART_D_REDETERMINATION,
        ),
        Rule(
            "part_d",
            "appeal_decision_post",
            14,
            "days",
            "the drug plan decides a redetermination of a payment",
            sources.CMS_PART_D_REDETERMINATION,
        ),
    ]
    return tuple(rows)


RULES = _rules()

# The dollar amount in dispute Medicare needs for an ALJ hearing and for court, by year.
MEDICARE_THRESHOLDS = {2026: (200, 1960)}
MEDICARE_THRESHOLDS_SOURCE = sources.CMS_THRESHOLDS


NOTES = (
    *(
        RuleNote(
            "medicare",
            f"The amount in dispute must reach a yearly threshold: in {year}, ${alj:,} for an "
            f"ALJ hearing and ${court:,} for federal court.",
            sources.CMS_THRESHOLDS,
        )
        for year, (alj, court) in sorted(MEDICARE_THRESHOLDS.items(), reverse=True)
    ),
    RuleNote(
        "medicare_advantage",
        "If the plan upholds its denial, it must send your case to an independent review entity "
        "itself: you don't file for that level.",
        sources.CFR_422,
    ),
)
