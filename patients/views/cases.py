"""The patient's cases: the list, a new case, its dashboard, its calendar and access log."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from coverage_guide import audit
from coverage_guide.audit import access_lines
from coverage_guide.forms import PasswordAgainForm
from coverage_guide.models import AuditEvent

from .. import deletion, export, guidance
from ..calendar import deadlines_calendar
from ..forms import CaseForm
from ..models import Case
from ..steps import STEPS, next_actions, progress
from .access import case_view


@login_required
@never_cache
def case_list(request):
    cases = Case.objects.for_user(request.user).with_step_data()
    if not cases:
        return redirect("case_create")
    return render(
        request, "patients/case_list.html", {"cases": [(case, progress(case)) for case in cases]}
    )


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def case_create(request):
    form = CaseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        case = form.save(commit=False)
        case.owner = request.user
        # The name given at sign-up, so it isn't typed twice (the patient can change it).
        case.patient_name = case.patient_name or request.user.get_full_name()
        case.save()
        messages.success(request, "Your case is started. Begin with your plan.")
        return redirect("case_step", case.pk, STEPS[0].slug)
    return render(request, "patients/case_form.html", {"form": form})


@case_view("GET")
def case_dashboard(request, case):
    return render(
        request,
        "patients/dashboard.html",
        {
            "case": case,
            "progress": progress(case),
            "next_actions": next_actions(case),
            "deadlines": guidance.with_states(guidance.open_deadlines(case)),
        },
    )


@case_view("GET")
def case_deadlines_ics(request, case):
    url = request.build_absolute_uri(reverse("case_dashboard", args=[case.pk]))
    response = HttpResponse(
        deadlines_calendar(guidance.case_deadlines(case), url),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="case-{case.pk}-deadlines.ics"'
    return response


@case_view("POST", step_data=())
def case_reminders(request, case):
    """Turn this case's reminder mail on or off."""
    case.reminders = request.POST.get("reminders") == "on"
    case.save(update_fields=["reminders", "updated_at"])
    messages.success(
        request,
        "We'll email you before your deadlines."
        if case.reminders
        else "Reminders are off for this case. Your deadlines stay on this page.",
    )
    return redirect(reverse("case_dashboard", args=[case.pk]) + "#reminders")


@case_view("GET", step_data=())
def access_log(request, case):
    """Who at a clinic looked at or changed this case, and when."""
    events = (
        AuditEvent.objects.filter(case_id=case.pk)
        .exclude(clinic_code="")
        .exclude(actor=case.owner)
        .select_related("clinic")[:200]
    )
    return render(
        request, "patients/access_log.html", {"case": case, "lines": access_lines(events)}
    )


@case_view("GET", "POST", step_data=())
def case_delete(request, case):
    """Delete the case, after the password is typed again; what goes and what a clinic may
    already hold are said first."""
    form = PasswordAgainForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        name = str(case)
        deletion.delete_case(request, case)
        messages.success(request, f"Deleted “{name}” and everything in it.")
        return redirect("case_list")
    context = {"case": case, "form": form, "gone": deletion.what_goes(case)}
    return render(request, "patients/case_delete.html", context)


@case_view("GET", "POST", step_data=("POST",))
def case_export(request, case):
    """The case as one archive, after the password is typed again (audited)."""
    form = PasswordAgainForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        audit.record(request, "export_case", case_id=case.pk)
        return export_response(export.archive([case]), f"coverage-guide-case-{case.pk}.zip")
    return render(request, "patients/case_export.html", {"case": case, "form": form})


def export_response(data, name):
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response
