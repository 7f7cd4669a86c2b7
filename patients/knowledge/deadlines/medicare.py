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
    ]
    return tuple(rows)


RULES = _rules()

# The dollar amount in dispute Medicare needs for an ALJ hearing and for court, by year.
MEDICARE_THRESHOLDS = {2025: (190, 1900), 2026: (200, 1960)}
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
        "Part D (pharmacy) denials: ask for a redetermination within 60 days.",
        sources.CFR_423,
    ),
)
