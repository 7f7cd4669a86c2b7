"""A case's claims in money, each sum defined apart so none stands in for another: what the
clinic charged, what the patient paid it, what the plan paid, the patient's share on the
plan's explanations of benefits, what is still waiting on the plan, and what the patient may be
owed back."""

from dataclasses import dataclass
from decimal import Decimal

ZERO = Decimal("0.00")
DECIDED = {"paid", "partially_paid", "denied"}


@dataclass(frozen=True)
class ClaimMoney:
    status: str
    submitted_by: str  # "clinic", "patient" or ""
    charged: Decimal = ZERO
    paid_to_clinic: Decimal | None = None  # what the patient paid the clinic
    plan_paid: Decimal | None = None
    patient_share: Decimal | None = None  # on the explanation of benefits


@dataclass(frozen=True)
class Totals:
    charged: Decimal
    you_paid_clinic: Decimal
    plan_paid: Decimal
    plan_paid_you: Decimal  # on claims you sent yourself: the plan pays you
    your_share: Decimal
    with_eob: int  # claims with a decision, whose share is known
    waiting: int  # submitted, no decision yet
    waiting_paid: Decimal  # what you paid the clinic for those
    owed_back: Decimal  # paid the clinic more than your share (clinic-sent claims)


def _sum(values):
    return sum((v for v in values if v is not None), ZERO)


def totals(claims):
    decided = [c for c in claims if c.status in DECIDED]
    waiting = [c for c in claims if c.status == "submitted"]
    return Totals(
        charged=_sum(c.charged for c in claims),
        you_paid_clinic=_sum(c.paid_to_clinic for c in claims),
        plan_paid=_sum(c.plan_paid for c in claims),
        plan_paid_you=_sum(c.plan_paid for c in decided if c.submitted_by == "patient"),
        your_share=_sum(c.patient_share for c in decided),
        with_eob=len(decided),
        waiting=len(waiting),
        waiting_paid=_sum(c.paid_to_clinic for c in waiting),
        owed_back=_sum(
            max(c.paid_to_clinic - c.patient_share, ZERO)
            for c in decided
            if c.submitted_by == "clinic"
            and c.paid_to_clinic is not None
            and c.patient_share is not None
        ),
    )
