"""Writing the audit log: one call per event, from views and services."""

from dataclasses import dataclass
from datetime import timedelta

from .client import client_ip
from .models import AuditEvent


def record(request, action, *, case_id=None, clinic=None, target="", denied=False):
    """Append one event; PHI values never go in, only what was touched."""
    user = request.user if request.user.is_authenticated else None
    return AuditEvent.objects.create(
        actor=user,
        actor_label=user.get_full_name() if user else "anonymous",
        clinic=clinic,
        clinic_code=clinic.code if clinic else "",
        clinic_name=clinic.name[:120] if clinic else "",
        case_id=case_id,
        action=action,
        target=target[:120],
        method=request.method,
        path=request.path[:300],
        ip=client_ip(request),
        outcome=AuditEvent.Outcome.DENIED if denied else AuditEvent.Outcome.ALLOWED,
    )


READ_ACTIONS = {"view_case_file"}
READS_GROUPED_WITHIN = timedelta(minutes=30)


@dataclass
class AccessLine:
    """One line of a patient's "who accessed my case": an event, or one person's reads of the
    case close together (each a reload or a return to the page) shown once with their count."""

    first: AuditEvent  # the earliest of the line's events
    last: AuditEvent  # the latest
    count: int = 1


def access_lines(events):
    """Events newest first, with one staff member's successive reads of the case within 30
    minutes made one line; the audit log itself keeps every read."""
    lines = []
    for event in events:
        line = lines[-1] if lines else None
        if (
            line
            and event.action in READ_ACTIONS
            and line.last.action in READ_ACTIONS
            and event.outcome == line.last.outcome == AuditEvent.Outcome.ALLOWED
            and event.actor_id == line.last.actor_id
            and event.clinic_id == line.last.clinic_id
            and line.last.at - event.at <= READS_GROUPED_WITHIN
        ):
            line.first, line.count = event, line.count + 1
            continue
        lines.append(AccessLine(first=event, last=event))
    return lines


class AuditedReads:
    """A Django admin page of patient data: every list and every record opened is written to
    the audit log (which model and which record; never the values)."""

    def changelist_view(self, request, extra_context=None):
        record(request, "admin_read", target=f"{self.model._meta.label} list"[:120])
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        record(request, "admin_read", target=f"{self.model._meta.label} {object_id}"[:120])
        return super().change_view(request, object_id, form_url, extra_context)
