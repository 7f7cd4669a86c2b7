"""A time limit and the plan families it is grouped by."""

from dataclasses import dataclass
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from ..sources import Source

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


@dataclass(frozen=True)
class RuleNote:
    """A fact about a family's rules that is not a time limit."""

    family: str
    text: str
    source: Source
