"""The clinic's work queue: the cases shared with it, filtered and sorted by what is due."""

from datetime import timedelta

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import F, OuterRef, Q, Subquery
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from coverage_guide import audit
from coverage_guide.converters import is_id
from patients.models import Case
from patients.steps import STEPS, STEPS_BY_SLUG

from ..models import CaseSeen, CaseShare, CaseSummary
from ..summary import refresh
from .access import staff_view

PAGE_SIZE = 25


def queue_filter(params, today, membership):
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
    if is_id(days := params.get("appeal_within", "")) and len(days) <= 4:
        q &= Q(summary__appeal_due__lte=today + timedelta(days=int(days)))
    if search := params.get("q", "").strip():
        q &= Q(patient_name__icontains=search) | Q(policy__member_id__icontains=search)
    if params.get("mine"):
        q &= Q(share_assignee=membership.pk)
    if params.get("unassigned"):
        q &= Q(share_assignee__isnull=True)
    if params.get("new"):
        q &= Q(seen_at__isnull=True) | Q(summary__refreshed_at__gt=F("seen_at"))
    return q


SORTS = {
    "deadline": ("Nearest deadline", (F("summary__next_deadline").asc(nulls_last=True),)),
    "changed": ("Latest change", (F("summary__refreshed_at").desc(nulls_last=True),)),
    "name": ("Patient name", ("patient_name",)),
}


def with_clinic_columns(cases, membership):
    """Each case with its assignee at this clinic and when this staff member last opened it."""
    share = CaseShare.objects.active().filter(case=OuterRef("pk"), clinic=membership.clinic)
    seen = CaseSeen.objects.filter(case=OuterRef("pk"), membership=membership)
    return cases.annotate(
        share_assignee=Subquery(share.values("assignee")[:1]),
        seen_at=Subquery(seen.values("seen_at")[:1]),
    )


def is_new(case):
    """Changed since this staff member last opened it, or never opened."""
    refreshed = getattr(getattr(case, "summary", None), "refreshed_at", None)
    return case.seen_at is None or (refreshed is not None and refreshed > case.seen_at)


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
    sort = request.GET.get("sort") if request.GET.get("sort") in SORTS else "deadline"
    cases = (
        with_clinic_columns(Case.objects.shared_with(membership.clinic), membership)
        .filter(queue_filter(request.GET, today, membership))
        .select_related("policy", "summary")
        .order_by(*SORTS[sort][1], "-updated_at")
    )
    page = Paginator(cases, PAGE_SIZE).get_page(request.GET.get("page"))
    # Who looked at the queue, and with which filters (their names; never a search's words).
    audit.record(
        request,
        "view_queue",
        clinic=membership.clinic,
        target=", ".join(sorted(k for k, v in request.GET.items() if v and k != "page"))[:120],
    )
    staff = {m.pk: m for m in membership.clinic.memberships.active()}
    rows = [(*queue_row(case), staff.get(case.share_assignee), is_new(case)) for case in page]
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
            "sort": sort,
            "sorts": [(key, label) for key, (label, _) in SORTS.items()],
            "staff": list(staff.values()),
        },
    )


@staff_view("POST")
def assign(request, membership):
    """Assign the chosen cases to a staff member of this clinic (or to no one), in one go. A
    case not shared with this clinic, or a staff member not of it: 404, nothing changed."""
    ids = request.POST.getlist("case")
    if not ids or not all(is_id(i) for i in ids):
        raise Http404("No such case at this clinic.")
    shares = CaseShare.objects.active().filter(clinic=membership.clinic, case_id__in=ids)
    if len(shares) != len(set(ids)):
        raise Http404("No such case at this clinic.")
    to = request.POST.get("assignee", "")
    assignee = None
    if to:
        assignee = membership.clinic.memberships.active().filter(pk=to if is_id(to) else 0)
        assignee = assignee.first() or _no_such_staff()
    shares.update(assignee=assignee)
    for share in shares:
        audit.record(
            request,
            "assign_case",
            case_id=share.case_id,
            clinic=membership.clinic,
            target=f"to {assignee.name if assignee else 'no one'}"[:120],
        )
    who = assignee.name if assignee else "no one"
    messages.success(request, f"Assigned {len(ids)} case{'s' if len(ids) != 1 else ''} to {who}.")
    back = request.POST.get("back", "")
    url = reverse("clinic_queue", args=[membership.clinic.code])
    return redirect(url + (f"?{back}" if back and "//" not in back else ""))


def _no_such_staff():
    raise Http404("No such staff member at this clinic.")
