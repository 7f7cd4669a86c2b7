"""“I got a denial”: the letter in, what the reader found checked and corrected (signing up on
the same page if needed), then the case built and the appeal offered. Works without JavaScript."""

from django.contrib import messages
from django.contrib.auth import login
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django_ratelimit.core import is_ratelimited

from coverage_guide import audit
from coverage_guide.client import client_ip
from coverage_guide.forms import SignUpForm
from patients import guidance
from patients.models import Case

from . import fast_road
from .denial_forms import DenialConfirmForm, DenialStartForm
from .reader import Reading

# Reading a letter (OCR above all) is the heaviest thing a visitor can ask of the server.
READS_PER_CLIENT = "20/h"
JUDGED_REASONS = {"not_necessary", "criteria_not_met", "step_therapy", "experimental"}


@never_cache
def start(request):
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    form = DenialStartForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if is_ratelimited(
            request,
            group="denial-read",
            key=lambda group, request: client_ip(request),
            rate=READS_PER_CLIENT,
            increment=True,
        ):
            form.is_valid()
            form.add_error(
                None, "You've read many letters in the last hour. Try again in a little while."
            )
            return render(request, "appeals/denial_start.html", {"form": form}, status=429)
        if form.is_valid():
            draft, _ = fast_road.make_draft(
                request,
                form.extracted,
                form.uploads,
                form.cleaned_data["keep_file"],
                form.source,
            )
            return redirect("denial_review", draft.token)
    return render(request, "appeals/denial_start.html", {"form": form})


@never_cache
def review(request, token):
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    draft = fast_road.draft_for(request, token)
    if draft.case_id and draft.case.owner_id == getattr(request.user, "pk", None):
        return redirect("denial_next", draft.token)
    reading = Reading.from_dict(draft.findings)
    signed_in = request.user.is_authenticated
    cases = list(Case.objects.filter(owner=request.user)) if signed_in else []
    data = request.POST if request.method == "POST" else None
    name = request.user.full_name if signed_in else ""
    form = DenialConfirmForm(data, reading=reading, cases=cases, name=name)
    signup = None if signed_in else SignUpForm(data, prefix="signup")
    if signup is not None:
        del signup.fields["full_name"]  # the patient's name above is theirs
    if request.method == "POST":
        valid = form.is_valid()
        if signup is not None and signup.is_valid() and valid:
            user = signup.save(commit=False)
            user.full_name = user.full_name or form.cleaned_data["patient_name"]
            user.save()
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            draft = fast_road.draft_for(request, token)
        if valid and request.user.is_authenticated:
            case, denial = fast_road.build(draft, form.confirmed(), request.user)
            audit.record(request, "build_from_denial", case_id=case.pk)
            messages.success(request, "Your denial is saved in your case.")
            return redirect("denial_next", draft.token)
    context = {"form": form, "signup": signup, "draft": draft, "reading": reading}
    return render(request, "appeals/denial_review.html", context)


@never_cache
def next_steps(request, token):
    """What the appeal still needs, the deadline, and the letters to make now."""
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    draft = fast_road.draft_for(request, token)
    if not request.user.is_authenticated or draft.case_id is None:
        return redirect("denial_review", draft.token)
    case = Case.objects.with_step_data().get(pk=draft.case_id, owner=request.user)
    denial = case.denials.order_by("-id").first()
    reasons = set(denial.reason_keys) if denial else set()
    context = {
        "case": case,
        "denial": denial,
        "page": "appeal",
        "deadlines": guidance.with_states(guidance.open_deadlines(case))[:3],
        "needs_history": bool(reasons & JUDGED_REASONS),
        "final": denial is not None and denial.appeals.filter(outcome="upheld").exists(),
        "treatments_tried": case.treatments.count(),
    }
    return render(request, "appeals/denial_next.html", context)
