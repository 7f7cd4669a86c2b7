"""A time limit and the plan families it is grouped by."""

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from ..sources import Source
from .calendar import add_months, next_business_day

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
    rolls: bool = False  # moves past a Saturday, Sunday or federal holiday (where the text says)
    presumed_receipt_days: int = 0  # receipt presumed this many days after the notice's date
    # A month without the start's day: the next month's first day, as 147.136(d)(2)(i) says;
    # True where a rule's text doesn't say, for that month's last day (the earlier date).
    short_to_month_end: bool = False

    def due(self, start):
        """The last day: for an hour clock, the last day that ends inside it."""
        if self.unit == "hours":
            return (self.due_at(start) - timedelta(microseconds=1)).date()
        if self.unit == "months":
            last = add_months(start, self.amount, self.short_to_month_end)
        else:
            last = start + timedelta(days=self.amount)
        return next_business_day(last) if self.rolls else last

    def due_at(self, start):
        """For an hour clock, the moment it runs out, counted from the start of `start`'s day
        (the time of day a request was made is not recorded)."""
        return datetime.combine(start, time()) + timedelta(hours=self.amount)

    def received(self, notice_date):
        """When the rule presumes a notice of that date was received."""
        return notice_date + timedelta(days=self.presumed_receipt_days)

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
    "medicare_part_d": "part_d",
    "tricare": "tricare",
    "va": "va",
}
FAMILY_NAMES = {
    "group": "employer group plans (ERISA and the ACA)",
    "individual": "individual and marketplace plans (the ACA)",
    "medicaid": "Medicaid managed care",
    "medicare": "Original Medicare (Part B)",
    "medicare_advantage": "Medicare Advantage",
    "part_d": "Medicare Part D (drug plans)",
    "tricare": "TRICARE (medical necessity appeals)",
    "va": "VA health care (clinical appeals)",
}


@dataclass(frozen=True)
class RuleNote:
    """A fact about a family's rules that is not a time limit."""

    family: str
    text: str
    source: Source
