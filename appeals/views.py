"""Letters: make a new version for the case and its target, download one."""

from urllib.parse import urlencode

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django_htmx.http import HttpResponseClientRedirect

from patients.steps import STEPS_BY_SLUG
from patients.views.access import case_view, get_case
from patients.views.context import step_context

from . import packet
from .forms import PacketForm
from .kinds import LETTER_KINDS, Maker
from .limits import LetterNotMade, letter_allowance
from .services import build_letter, make_letter
from .targets import TargetInvalid, resolve


def _patient_kind(case, slug):
    kind = LETTER_KINDS.get(slug)
    if kind is None or Maker.PATIENT not in kind.makers:
        raise Http404("No such letter.")
    return kind


def _version(case, version_id):
    return get_object_or_404(case.letters.all(), pk=version_id)


def page_url(case, page):
    if page == "dashboard":
        return reverse("case_dashboard", args=[case.pk])
    return reverse("case_step", args=[case.pk, page])


@case_view("POST", lookups={"letter_kind": _patient_kind}, step_data=("POST",))
def letter_create(request, case, letter_kind):
    """Make a new version of a letter for this case and the target the form names."""
    kind, back = letter_kind, page_url(case, letter_kind.page) + "#letters"
    try:
        with letter_allowance(request):
            version = make_letter(kind, case, resolve(kind, case, request.POST), user=request.user)
    except TargetInvalid as problem:
        # Said beside the form that was sent (not at the top of the page), the dates kept.
        messages.error(request, str(problem), extra_tags="letters")
        typed = {k: request.POST[k][:10] for k in ("start", "end") if request.POST.get(k)}
        if typed:
            back = page_url(case, kind.page) + "?" + urlencode(typed) + "#letters"
        return HttpResponseClientRedirect(back) if request.htmx else redirect(back)
    except (TimeoutError, LetterNotMade) as problem:
        return letter_not_made(request, back, problem)
    if request.htmx:
        context = {"case": get_case(request, case.pk), "page": kind.page, "made": version}
        return render(request, "appeals/_letters.html#letters", context)
    messages.success(request, f"Made version {version.number} of the {kind.title.lower()}.")
    return redirect(page_url(case, kind.page) + f"#letter-{version.pk}")


NOT_RENDERED_IN_TIME = (
    "We couldn't make the PDF just now. Nothing you entered is lost: try again in a minute."
)


@case_view("POST", step_data=("POST",))
def packet_create(request, case):
    """Make an appeal packet from the appeal step's form; a problem is said beside the form."""
    form = PacketForm(request.POST, case=case)
    back = page_url(case, "appeal") + "#packet"
    if not form.is_valid():
        context = {**step_context(case, STEPS_BY_SLUG["appeal"]), "packet_form": form}
        return render(request, STEPS_BY_SLUG["appeal"].template, context)
    kind, target, documents, with_sources = form.chosen()
    # The files themselves, for the chosen documents only, in the order listed.
    files = case.documents.in_bulk([d.pk for d in documents])
    documents = [files[d.pk] for d in documents]
    try:
        with letter_allowance(request):
            version = packet.make_packet(
                case, kind, target, documents, with_sources=with_sources, user=request.user
            )
    except (TimeoutError, LetterNotMade) as problem:
        return letter_not_made(request, back, problem)
    messages.success(
        request,
        f"Made the appeal packet, version {version.number}: {version.context['pages']} pages.",
        extra_tags="packet",
    )
    return redirect(page_url(case, "appeal") + f"#letter-{version.pk}")


def letter_not_made(request, url, problem):
    """Back to the page with a calm message: the renderer did not answer in time, or the letter
    was over a limit (appeals/limits.py)."""
    said = str(problem) if isinstance(problem, LetterNotMade) else NOT_RENDERED_IN_TIME
    messages.error(request, said)
    return HttpResponseClientRedirect(url) if request.htmx else redirect(url)


def letter_response(case, version):
    """The PDF as a download named without the patient's name."""
    response = HttpResponse(bytes(version.pdf), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="{version.kind}-case-{case.pk}-v{version.number}.pdf"'
    )
    return response


@case_view("GET", lookups={"version_id": _version}, step_data=())
def letter_download(request, case, version_id):
    return letter_response(case, version_id)


# What a letter draws on, in the order the check page lists it: (context key, what it is,
# the step where it is changed).
FACTS_USED = (
    ("patient", "You and your plan", "plan"),
    ("denial", "The denial", "appeal"),
    ("request", "The request", "prior-authorization"),
    ("diagnoses", "Diagnoses", "diagnosis"),
    ("scores", "Symptom scores", "diagnosis"),
    ("treatments", "Treatments tried", "history"),
    ("contacts", "Contacts with the insurer", "insurer"),
    ("lines", "Services billed", "claims"),
    ("own_words", "In your own words", "appeal"),
    ("late", "Why it is late", "appeal"),
    ("provider", "Your clinic and prescriber", "clinic"),
)


@case_view("GET", lookups={"letter_kind": _patient_kind}, step_data=("GET",))
def letter_check(request, case, letter_kind):
    """What a letter will say and which facts it uses, each with a link to change it, before
    any PDF is made."""
    kind, back = letter_kind, page_url(case, letter_kind.page) + "#letters"
    try:
        target = resolve(kind, case, request.GET)
    except TargetInvalid as problem:
        messages.error(request, str(problem))
        return redirect(back)
    except Http404:
        if request.GET:
            raise
        return redirect(back)  # the letter is for something: choose it on its page
    letter = build_letter(kind, case, target)[1]
    facts = [(key, label, step) for key, label, step in FACTS_USED if letter.get(key)]
    context = {"case": case, "kind": kind, "target": target, "letter": letter, "facts": facts}
    return render(request, "appeals/letter_check.html", {**context, "back": back})
