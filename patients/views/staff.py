"""Clinic staff: the work queue of shared cases, one case file, notes, statuses and letters."""

from datetime import timedelta
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import F, Q
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.vary import vary_on_headers

from appeals.letters import LETTER_KINDS, targets
from appeals.services import make_letter
from appeals.views import letter_not_made, letter_response
from coverage_guide import audit
from coverage_guide.models import Membership

from .. import guidance
from ..models import Case, CaseSummary
from ..staff_forms import STATUS_FORMS, StaffNoteForm
from ..steps import ROW_KINDS, STEPS, STEPS_BY_SLUG, progress
from ..summary import refresh
from ..versions import Conflict, save_versioned, with_current_version

PAGE_SIZE = 25


def membership_for(request, clinic_code):
    """The signed-in person's active membership of this clinic, or 404 (audited)."""
    membership = (
        Membership.objects.active()
        .select_related("clinic", "user")
        .filter(user=request.user, clinic__code=clinic_code)
        .first()
    )
    if membership is None:
        audit.record(request, "open_clinic", target=f"clinic {clinic_code[:20]}", denied=True)
        raise Http404("No such clinic.")
    return membership


def staff_view(*methods, admin_only=False):
    """A clinic page: the member resolved first (404 otherwise), never cached."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, clinic_code, **kwargs):
            membership = membership_for(request, clinic_code)
            if admin_only and not membership.is_admin:
                audit.record(request, "admin_page", clinic=membership.clinic, denied=True)
                raise Http404("Clinic admins only.")
            if request.method not in methods:
                return HttpResponseNotAllowed(methods)
            return view(request, membership, **kwargs)

        return login_required(never_cache(vary_on_headers("HX-Request")(wrapper)))

    return decorator


def staff_case_view(*methods):
    """A shared case seen by a member of the clinic it is shared with; else 404, audited."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, clinic_code, case_id, **kwargs):
            membership = membership_for(request, clinic_code)
            case = (
                Case.objects.shared_with(membership.clinic)
                .with_step_data()
                .filter(pk=case_id)
                .first()
            )
            if case is None:
                audit.record(
                    request, "open_case", case_id=case_id, clinic=membership.clinic, denied=True
                )
                raise Http404("No such case.")
            if request.method not in methods:
                return HttpResponseNotAllowed(methods)
            return view(request, membership, case, **kwargs)

        return login_required(never_cache(vary_on_headers("HX-Request")(wrapper)))

    return decorator


def queue_filter(params, today):
    """A Q for the queue's filters, from the query string."""
    q = Q()
    if step := params.get("step"):
        q &= Q(summary__current_step=step)
    if params.get("attention"):
        q &= Q(summary__attention=True) | Q(summary__next_deadline__lte=today + timedelta(days=7))
    if params.get("pa_pending"):
        q &= Q(summary__pa_pending=True)
    if params.get("denied_claims"):
        q &= Q(summary__denied_claims__gt=0)
    if (days := params.get("appeal_within", "")).isdigit():
        q &= Q(summary__appeal_due__lte=today + timedelta(days=int(days)))
    if search := params.get("q", "").strip():
        q &= Q(patient_name__icontains=search) | Q(policy__member_id__icontains=search)
    return q


def queue_row(case):
    """(case, its summary, its current step); a missing summary is made on the spot."""
    try:
        summary = case.summary
    except CaseSummary.DoesNotExist:
        refresh(case.pk)
        summary = CaseSummary.objects.get(case=case)
    return case, summary, STEPS_BY_SLUG.get(summary.current_step)


@staff_view("GET")
def work_queue(request, membership):
    today = timezone.localdate()
    cases = (
        Case.objects.shared_with(membership.clinic)
        .filter(queue_filter(request.GET, today))
        .select_related("policy", "summary")
        .order_by(F("summary__next_deadline").asc(nulls_last=True), "-updated_at")
    )
    page = Paginator(cases, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [queue_row(case) for case in page]
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "clinic/queue.html",
        {
            "membership": membership,
            "clinic": membership.clinic,
            "page": page,
            "rows": rows,
            "today": today,
            "soon": today + timedelta(days=7),
            "steps": STEPS,
            "filters": request.GET,
            "query": params.urlencode(),
        },
    )


@staff_case_view("GET")
def case_file(request, membership, case):
    audit.record(request, "view_case_file", case_id=case.pk, clinic=membership.clinic)
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
        "letters": [
            (kind, target, label)
            for kind in LETTER_KINDS.values()
            for target, label in targets(kind, case)
        ],
        "versions": [v for v in case.letters.all()],
        "treatments_kind": ROW_KINDS["treatments"],
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
    kind = LETTER_KINDS.get(letter_kind) or _not_found()
    target = {}
    if kind.target:
        value = request.POST.get(kind.target, "")
        rows = case.denials.all() if kind.target == "denial" else case.claims.all()
        target[kind.target] = get_object_or_404(rows, pk=value if value.isdigit() else 0)
    try:
        version = make_letter(kind, case, user=request.user, signer=membership.signer(), **target)
    except TimeoutError:
        return letter_not_made(request, case_file_url(membership, case, "letters"))
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
    return redirect(case_file_url(membership, case, "letters"))


def _not_found():
    raise Http404("No such letter.")


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
