"""Every rule between two of a case's dates, in one table: which date must not come before
which. Each model's clean() checks its rows here; the database keeps the same-row ones too
(end_not_before_start)."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError


@dataclass(frozen=True)
class DateOrder:
    model: str
    earlier: str  # a field, or "relation.field" for a date on the row this one belongs to
    later: str  # the field the message is shown beside
    message: str  # may name the earlier date: {earlier}


DATE_ORDER = (
    DateOrder("PriorTreatment", "started_on", "ended_on", "The end date is before the start date."),
    DateOrder(
        "PriorAuthorization",
        "submitted_on",
        "decided_on",
        "The decision date is before the date submitted.",
    ),
    DateOrder(
        "PriorAuthorization",
        "approved_from",
        "approved_until",
        "The approval ends before it starts.",
    ),
    DateOrder(
        "Denial", "notice_date", "received_on", "You cannot receive the notice before its date."
    ),
    DateOrder(
        "Denial",
        "notice_date",
        "appeal_by_on_notice",
        "This is before the notice's own date: check both dates on the notice.",
    ),
    DateOrder(
        "Appeal",
        "denial.notice_date",
        "filed_on",
        "This is before the denial it appeals (dated {earlier:%b %-d, %Y}): check the date.",
    ),
    DateOrder("Appeal", "filed_on", "decided_on", "The decision date is before the date filed."),
    DateOrder("Appeal", "filed_on", "decision_due", "The due date is before the date filed."),
    DateOrder(
        "Claim",
        "service_date",
        "submitted_on",
        "A claim is submitted on or after the date of service.",
    ),
    DateOrder(
        "InsurerContact",
        "contacted_on",
        "follow_up_on",
        "The follow-up date is before the call ({earlier:%b %-d, %Y}).",
    ),
)


def _value(instance, path):
    """A field's value, following one relation ("denial.notice_date"); None if it isn't set."""
    relation, _, name = path.rpartition(".")
    if relation:
        if getattr(instance, f"{relation}_id", None) is None:
            return None
        instance = getattr(instance, relation)
    return getattr(instance, name)


def check_dates(instance):
    """Raise field errors for every date of this row that comes before the one it follows."""
    errors = {}
    for rule in DATE_ORDER:
        if rule.model != type(instance).__name__ or rule.later in errors:
            continue
        first, last = _value(instance, rule.earlier), getattr(instance, rule.later)
        if first and last and last < first:
            errors[rule.later] = rule.message.format(earlier=first)
    if errors:
        raise ValidationError(errors)
