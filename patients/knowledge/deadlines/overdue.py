"""What a decision the plan owes, and doesn't make in time, allows: by plan family and by the
level it was owed at ("pa" for a prior-authorization request)."""

from dataclasses import dataclass

from .. import sources
from ..sources import Source

ANY = frozenset()


@dataclass(frozen=True)
class Overdue:
    family: str
    levels: frozenset  # the levels it is about; ANY for every level
    text: str
    source: Source


_DEEMED = (
    "you are treated as having finished its internal appeals, so you can ask for external "
    "review now, without waiting. The exception is a minor slip that caused you no harm, if the "
    "plan shows it had good cause; you may ask the plan to explain the slip in writing, and it "
    "must answer within 10 days."
)

OVERDUE = (
    Overdue(
        "group",
        ANY,
        "When a plan doesn't strictly follow the claims rules, missing a deadline included, "
        + _DEEMED,
        sources.ACA_DEEMED_EXHAUSTION,
    ),
    Overdue(
        "individual",
        ANY,
        "When an insurer doesn't follow the claims rules, missing a deadline included, " + _DEEMED,
        sources.ACA_DEEMED_EXHAUSTION,
    ),
    Overdue(
        "medicaid",
        frozenset({"internal_1", "internal_2"}),
        "A plan that misses its deadline to decide your appeal is treated as having finished "
        "its appeals: you can ask for the state fair hearing now.",
        sources.CFR_438,
    ),
    Overdue(
        "medicare_advantage",
        frozenset({"pa"}),
        "A decision the plan doesn't make in time counts as a denial, and you can appeal it: "
        "ask the plan for reconsideration.",
        sources.CFR_422_568,
    ),
    Overdue(
        "medicare_advantage",
        frozenset({"internal_1", "internal_2"}),
        "A reconsideration the plan doesn't decide in time counts as upholding its denial, and "
        "the plan must send your file to the independent review entity (within 24 hours for "
        "an expedited appeal). Call the plan to ask that it has, and note the call.",
        sources.CFR_422_590,
    ),
    Overdue(
        "part_d",
        ANY,
        "A decision the drug plan doesn't make in time counts as a denial, and the plan must "
        "forward your request to the independent review entity within 24 hours. Call the plan "
        "to ask that it has, and note the call.",
        sources.CFR_423_568,
    ),
    Overdue(
        "medicare",
        frozenset({"reconsideration"}),
        "When the QIC hasn't decided within 60 days, you can ask it in writing to escalate your "
        "appeal to an Administrative Law Judge; if it still doesn't decide within 5 days of "
        "that request, the appeal moves to the ALJ level (the amount in dispute must reach the "
        "year's threshold).",
        sources.CFR_405_ESCALATION,
    ),
    Overdue(
        "medicare",
        frozenset({"alj"}),
        "When the ALJ hasn't decided within 90 days, you can ask for your case to go to the "
        "Medicare Appeals Council.",
        sources.CFR_405_ESCALATION,
    ),
)


def overdue_for(family, level):
    """What a late decision at this level allows, or None where our sources say nothing."""
    return next(
        (o for o in OVERDUE if o.family == family and (o.levels == ANY or level in o.levels)),
        None,
    )
