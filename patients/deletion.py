"""Deleting a case: everything of it goes (its rows, letters, documents, shares, summaries, the
draft kept in this session), clinic staff lose it at once, and the audit log keeps every row it
had and adds one saying the case was deleted. What a clinic may already hold is told first."""

from django.db import transaction
from django.db.models import Count

from coverage_guide import audit
from coverage_guide.models import AuditEvent

from . import drafts

HELD_ACTIONS = ("download_letter", "download_document")


def what_goes(case):
    """What deleting the case removes, and what clinics already took a copy of, for the page
    that asks to confirm."""
    shares = list(case.shares.select_related("clinic"))
    held = (
        AuditEvent.objects.filter(
            case_id=case.pk, action__in=HELD_ACTIONS, outcome=AuditEvent.Outcome.ALLOWED
        )
        .exclude(clinic_name="")
        .values("clinic_name", "action")
        .annotate(n=Count("id"))
        .order_by("clinic_name", "action")
    )
    return {
        "letters": case.letters.count(),
        "documents": case.documents.count(),
        "clinics": [share.clinic.name for share in shares],
        "held": list(held),
    }


def delete_case(request, case):
    """Delete the case after writing that it was deleted (by its id: no detail of the case)."""
    gone, case_id = what_goes(case), case.pk
    summary = (
        f"case {case.pk}: {gone['letters']} letters, {gone['documents']} documents, "
        f"shared with {len(gone['clinics'])} clinics"
    )
    with transaction.atomic():
        audit.record(request, "delete_case", case_id=case_id, target=summary)
        case.delete()
    drafts.forget_case(request, case_id)
