"""The clinic's work queue: the cases shared with it, filtered and sorted by what is due."""

from datetime import timedelta

from django.core.paginator import Paginator
from django.db.models import F, Q
from django.shortcuts import render
from django.utils import timezone

from patients.models import Case
from patients.steps import STEPS, STEPS_BY_SLUG

from ..models import CaseSummary
from ..summary import refresh
from .access import staff_view

PAGE_SIZE = 25


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
