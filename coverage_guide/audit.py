"""Writing the audit log: one call per event, from views and services."""

from .models import AuditEvent


def client_ip(request):
    return request.META.get("REMOTE_ADDR") or None


def record(request, action, *, case_id=None, clinic=None, target="", denied=False):
    """Append one event; PHI values never go in, only what was touched."""
    user = request.user if request.user.is_authenticated else None
    return AuditEvent.objects.create(
        actor=user,
        actor_label=user.get_full_name() if user else "anonymous",
        clinic=clinic,
        case_id=case_id,
        action=action,
        target=target[:120],
        method=request.method,
        path=request.path[:300],
        ip=client_ip(request),
        outcome=AuditEvent.Outcome.DENIED if denied else AuditEvent.Outcome.ALLOWED,
    )
