"""Letters: make a new version from the case, list versions, download one."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django_htmx.http import HttpResponseClientRedirect

from patients.views.wizard import case_view

from .letters import LETTER_KINDS
from .offers import letter_offers
from .services import make_letter, parse_period


def _letter_kind(case, slug):
    kind = LETTER_KINDS.get(slug)
    if kind is None:
        raise Http404("No such letter.")
    return kind


def _version(case, version_id):
    return get_object_or_404(case.letters.all(), pk=version_id)


def page_url(case, page):
    if page == "dashboard":
        return reverse("case_dashboard", args=[case.pk])
    return reverse("case_step", args=[case.pk, page])


@case_view("POST", lookups={"letter_kind": _letter_kind}, step_data=("POST",))
def letter_create(request, case, letter_kind):
    """Make a new version of a letter for this case (and its denial or claim)."""
    kind = letter_kind
    target = {}
    if kind.target == "denial":
        target["denial"] = get_object_or_404(case.denials.all(), pk=_id(request, "denial"))
    elif kind.target == "claim" and request.POST.get("start"):
        target["period"] = parse_period(request.POST.get("start"), request.POST.get("end"))
        if target["period"] is None:
            messages.error(request, "Enter a start and end date, the start on or before the end.")
            return redirect(page_url(case, kind.step) + "#letters")
    elif kind.target == "claim":
        target["claim"] = get_object_or_404(case.claims.all(), pk=_id(request, "claim"))
    try:
        version = make_letter(kind, case, user=request.user, **target)
    except TimeoutError:
        return letter_not_made(request, page_url(case, kind.step) + "#letters")
    if request.htmx:
        return render(
            request,
            "appeals/_letters.html#letters",
            {
                "case": case,
                "letter_offers": letter_offers(_reloaded(request, case), kind.step),
                "made": version,
            },
        )
    messages.success(request, f"Made version {version.number} of the {kind.title.lower()}.")
    return redirect(page_url(case, kind.step) + f"#letter-{version.pk}")


def letter_not_made(request, url):
    """Back to the page with a calm message, when the renderer did not answer in time."""
    messages.error(
        request,
        "We couldn't make the PDF just now. Nothing you entered is lost: try again in a minute.",
    )
    return HttpResponseClientRedirect(url) if request.htmx else redirect(url)


def _id(request, name):
    value = request.POST.get(name, "")
    if not value.isdigit():
        raise Http404(f"No such {name}.")
    return value


def _reloaded(request, case):
    from patients.views.wizard import get_case

    return get_case(request, case.pk)


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
