"""One shared case seen by clinic staff: the case file, notes, statuses and letters."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from appeals.kinds import LETTER_KINDS, Maker
from appeals.limits import LetterNotMade, letter_allowance
from appeals.offers import letter_offers
from appeals.services import make_letter
from appeals.targets import TargetInvalid, resolve
from appeals.views import letter_not_made, letter_response
from coverage_guide import audit
from patients import guidance
from patients.documents import DocumentForm
from patients.steps import ROW_KINDS, progress
from patients.versions import Conflict, save_versioned, with_current_version
from patients.views.documents import document_response

from ..forms import STATUS_FORMS, StaffNoteForm
from ..models import CaseSeen
from .access import staff_case_view


@staff_case_view("GET")
def case_file(request, membership, case):
    audit.record(request, "view_case_file", case_id=case.pk, clinic=membership.clinic)
    CaseSeen.objects.update_or_create(
        membership=membership, case=case, defaults={"seen_at": timezone.now()}
    )
    return render(request, "clinic/case_file.html", case_file_context(membership, case))


def case_file_context(membership, case, **extra):
    return {
        "membership": membership,
        "clinic": membership.clinic,
        "case": case,
        "progress": progress(case),
        "deadlines": guidance.with_states(guidance.open_deadlines(case)),
        "outlook": guidance.coverage_outlook(case),
        "criteria_results": guidance.criteria_results(case),
        "notes": case.staff_notes.filter(clinic=membership.clinic),
        "note_form": extra.pop("note_form", None) or StaffNoteForm(),
        "status_forms": extra.pop("status_forms", {}),
        "letter_offers": letter_offers(case, maker=Maker.STAFF),
        "treatments_kind": ROW_KINDS["treatments"],
        "documents": case.documents.all(),
        "document_form": extra.pop("document_form", None)
        or DocumentForm(prefix="document", case=case),
        "staff": True,  # the shared partials speak of "the patient", not "you"
        **extra,
    }


def case_file_url(membership, case, anchor=""):
    url = reverse("staff_case_file", args=[membership.clinic.code, case.pk])
    return f"{url}#{anchor}" if anchor else url


@staff_case_view("POST")
def note_add(request, membership, case):
    form = StaffNoteForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "clinic/case_file.html",
            case_file_context(membership, case, note_form=form),
            status=200,
        )
    note = form.save(commit=False)
    note.case, note.clinic, note.author = case, membership.clinic, request.user
    note.author_label = membership.name
    note.save()
    audit.record(
        request, "add_note", case_id=case.pk, clinic=membership.clinic, target=f"note {note.pk}"
    )
    messages.success(request, "Note added.")
    return redirect(case_file_url(membership, case, "notes"))


@staff_case_view("POST")
def status_update(request, membership, case, kind_slug, row_id):
    if kind_slug not in STATUS_FORMS:
        raise Http404("Staff can't change that.")
    form_class, case_path = STATUS_FORMS[kind_slug]
    row = get_object_or_404(form_class._meta.model.objects.filter(**{case_path: case}), pk=row_id)
    form = form_class(request.POST, instance=row, prefix=f"{kind_slug}-{row.pk}", case=case)
    saved = False
    if form.is_valid():
        try:
            save_versioned(form)
            saved = True
        except Conflict as clash:
            form = with_current_version(form, clash.current)
            messages.error(
                request,
                "Someone saved this while you were editing. Nothing was "
                "changed: check the current values and save again.",
            )
    if not saved:
        return render(
            request,
            "clinic/case_file.html",
            case_file_context(membership, case, status_forms={f"{kind_slug}-{row.pk}": form}),
        )
    audit.record(
        request,
        "update_status",
        case_id=case.pk,
        clinic=membership.clinic,
        target=f"{kind_slug} {row.pk}: " + ", ".join(form.changed_data),
    )
    messages.success(request, "Saved.")
    return redirect(case_file_url(membership, case, f"{kind_slug}-{row.pk}"))


@staff_case_view("POST")
def staff_letter_create(request, membership, case, letter_kind):
    """Make a new version of a letter, signed with the member's own details."""
    kind = LETTER_KINDS.get(letter_kind)
    if kind is None or Maker.STAFF not in kind.makers:
        raise Http404("No such letter.")
    back = case_file_url(membership, case, "letters")
    try:
        target = resolve(kind, case, request.POST)
        with letter_allowance(request):
            version = make_letter(kind, case, target, user=request.user, signer=membership.signer())
    except TargetInvalid as problem:
        messages.error(request, str(problem))
        return redirect(back)
    except (TimeoutError, LetterNotMade) as problem:
        return letter_not_made(request, back, problem)
    audit.record(
        request,
        "generate_letter",
        case_id=case.pk,
        clinic=membership.clinic,
        target=f"{kind.slug} version {version.number}",
    )
    messages.success(
        request,
        f"Made version {version.number} of the {kind.title.lower()}, signed by {membership.name}.",
    )
    return redirect(back)


@staff_case_view("GET")
def staff_letter_download(request, membership, case, version_id):
    version = get_object_or_404(case.letters.all(), pk=version_id)
    audit.record(
        request,
        "download_letter",
        case_id=case.pk,
        clinic=membership.clinic,
        target=f"{version.kind} version {version.number}",
    )
    return letter_response(case, version)


@staff_case_view("POST")
def staff_document_add(request, membership, case):
    """Keep a document with the case, as this member (audited); a refused file is said beside
    the form with the other answers kept."""
    form = DocumentForm(request.POST, request.FILES, prefix="document", case=case)
    if not form.is_valid():
        context = case_file_context(membership, case, document_form=form)
        return render(request, "clinic/case_file.html", context)
    document = form.save_for(case, request.user, membership.name, staff=True)
    _audit_document(request, membership, case, "add_document", document)
    messages.success(request, f"Kept “{document.title}” with the case.")
    return redirect(case_file_url(membership, case, "documents"))


@staff_case_view("GET")
def staff_document_download(request, membership, case, document_id):
    document = get_object_or_404(case.documents.all(), pk=document_id)
    _audit_document(request, membership, case, "download_document", document)
    return document_response(document)


@staff_case_view("POST")
def staff_document_delete(request, membership, case, document_id):
    """A member deletes a document they added themselves; the patient's are theirs to keep."""
    document = get_object_or_404(
        case.documents.defer("data").filter(added_by=request.user, added_by_staff=True),
        pk=document_id,
    )
    _audit_document(request, membership, case, "delete_document", document)
    document.delete()
    messages.success(request, f"Deleted “{document.title}”.")
    return redirect(case_file_url(membership, case, "documents"))


def _audit_document(request, membership, case, action, document):
    target = f"document {document.pk} ({document.kind})"
    audit.record(request, action, case_id=case.pk, clinic=membership.clinic, target=target)
