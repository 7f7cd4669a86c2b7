"""Copy a claim for another date of service: the same services, codes and charges, so a
course of six infusions is entered once and copied five times."""

from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django_htmx.http import HttpResponseClientRedirect

from ..forms import CopyClaimForm
from ..models import Claim
from ..steps import STEP_OF_KIND
from .access import case_view, get_case
from .rows import submission_id


@case_view("POST")
def claim_copy(request, case, kind, row):
    if kind.slug != "claims":
        raise Http404("Only a claim can be copied.")
    form = CopyClaimForm(request.POST, prefix=f"copy-{row.pk}")
    if form.is_valid() and kind.for_case(case).count() >= kind.max_rows:
        form.add_error(
            "service_date", f"Your claims list is full: it holds up to {kind.max_rows:,} claims."
        )
    if not form.is_valid():
        context = {"case": get_case(request, case.pk), "claim": row, "form": form}
        template = "patients/claim_copy.html#form" if request.htmx else "patients/claim_copy.html"
        return render(request, template, context)
    copy = copy_claim(row, form.cleaned_data["service_date"], request.POST.get("submission"))
    # A query (not only an anchor) so that the browser loads the page, with the copy said on
    # its own card: where the eye is.
    url = reverse("case_step", args=[case.pk, STEP_OF_KIND["claims"].slug])
    url += f"?copied={copy.pk}#claims-{copy.pk}"
    return HttpResponseClientRedirect(url) if request.htmx else redirect(url)


def copy_claim(claim, service_date, submission):
    """A new claim, not submitted yet, with the claim's services; once per submitted form."""
    key = submission_id(submission)
    if key and (done := Claim.objects.filter(case=claim.case, submission_id=key).first()):
        return done
    try:
        with transaction.atomic():
            copy = Claim.objects.create(
                case=claim.case,
                service_date=service_date,
                submitted_by=claim.submitted_by,
                paid_to_provider=claim.paid_to_provider,
                submission_id=key,
            )
            for line in claim.lines.all():
                line.pk, line.id, line.claim, line.submission_id = None, None, copy, None
                line.version = 1
                line._state.adding = True
                line.save()
    except IntegrityError:
        if key and (done := Claim.objects.filter(case=claim.case, submission_id=key).first()):
            return done
        raise
    return copy
