"""When to remind a patient of a deadline they own: at 14, 7 and 2 days before and on the day,
and once when a decision the plan owes is overdue. A run after a gap sends only the nearest
threshold, never every one it missed."""

from dataclasses import dataclass

THRESHOLDS = (14, 7, 2, 0)
# What a patient owns and is reminded of: filing each level, a claim, a renewal, keeping care.
OWNED_EVENTS = ("file_", "submit_claim", "renewal", "continue_benefits")


@dataclass(frozen=True)
class Reminder:
    key: str  # one per deadline, due date and threshold: a corrected date makes a new key
    days_left: int
    threshold: str  # "14", "7", "2", "0" or "overdue"
    due: object


def owned(deadline):
    return deadline.who == "you" and deadline.event.startswith(OWNED_EVENTS)


def reminder_for(deadline, today, case_id):
    """The reminder a deadline calls for today, or None."""
    if deadline.done:
        return None
    if deadline.who == "plan":
        if deadline.due < today:
            return Reminder(_key(case_id, deadline, "overdue"), -1, "overdue", deadline.due)
        return None
    if not owned(deadline):
        return None
    days = (deadline.due - today).days - deadline.mail_days
    if days < 0:
        return None
    threshold = min(t for t in THRESHOLDS if days <= t) if days <= THRESHOLDS[0] else None
    if threshold is None:
        return None
    return Reminder(_key(case_id, deadline, str(threshold)), days, str(threshold), deadline.due)


def _key(case_id, deadline, threshold):
    return f"{case_id}:{deadline.ref}:{deadline.event}:{deadline.due.isoformat()}:{threshold}"
