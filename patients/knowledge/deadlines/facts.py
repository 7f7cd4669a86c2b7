"""The facts of a case the deadline engine reads, and the deadlines it gives back."""

from dataclasses import dataclass
from datetime import date

from ..sources import Source
from .rules import ATTENTION_DAYS


@dataclass(frozen=True)
class RequestFacts:
    ref: str
    label: str
    urgent: bool
    submitted_on: date | None
    decided: bool
    drug: bool = False  # a request for a drug a clinician gives (esketamine), not a service
    approved_from: date | None = None  # an approval's period, from its letter
    approved_until: date | None = None
    renewed: bool = False  # a later request has been made


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
    part_b_drug: bool = False  # a drug a clinician gives (esketamine): Medicare Part B's clocks
    ends_care: bool = False  # it stops or cuts back treatment already approved
    effective_on: date | None = None  # when that change takes effect, if the notice says


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
    event: str = ""  # the rule's event ("file_appeal", "file_external", …): what rules match on
    if_late: object = None  # for a decision the plan owes: what its lateness allows (Overdue)
    attention_days: int = ATTENTION_DAYS  # how soon before it is due it needs attention
    # A filing that counts when the reviewer receives it: reminders come this many days earlier,
    # so that a mailed request still arrives in time.
    mail_days: int = 0

    def days_left(self, today):
        return (self.due - today).days

    def needs_attention(self, today):
        return not self.done and self.days_left(today) <= self.attention_days

    def state(self, today):
        """ "done", "past", "soon" (within the attention window) or "later"."""
        if self.done:
            return "done"
        if self.due < today:
            return "past"
        return "soon" if self.needs_attention(today) else "later"


@dataclass(frozen=True)
class CaseTimeline:
    plan_type: str
    requests: tuple[RequestFacts, ...] = ()
    denials: tuple[DenialFacts, ...] = ()
    claims: tuple[ClaimFacts, ...] = ()
    timely_filing_days: int | None = None
    state: str = ""  # where the policy is regulated: its external review program, if any
