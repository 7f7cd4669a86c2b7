"""The patient shares a case with a clinic (consent, recorded with its time) and revokes it."""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from coverage_guide import audit
from coverage_guide.models import Clinic
from patients.views.access import case_view

from ..models import CaseShare
from ..summary import schedule_refresh


class ShareForm(forms.Form):
    code = forms.CharField(
        label="Clinic code",
        max_length=12,
        help_text="Your clinic gives you this code, like HARBOR01.",
    )
    consent = forms.BooleanField(
        required=False, label="I agree to share my case with this clinic until I stop sharing."
    )

    def clean_code(self):
        code = self.cleaned_data["code"].strip().upper()
        self.clinic = Clinic.objects.filter(code=code).first()
        if self.clinic is None:
            raise forms.ValidationError("No clinic has that code. Check it with your clinic.")
        return code


@case_view("GET", "POST", step_data=())
def sharing(request, case):
    """Step 1 enters a code, step 2 confirms what will be shared; POST with consent shares."""
    form = ShareForm(request.POST or request.GET or None)
    clinic = None
    if form.is_bound and form.is_valid():
        clinic = form.clinic
        if request.method == "POST" and form.cleaned_data["consent"]:
            with transaction.atomic():
                share, created = CaseShare.objects.get_or_create(
                    case=case,
                    clinic=clinic,
                    revoked_at=None,
                    defaults={"consented_by": request.user},
                )
            schedule_refresh(case.pk)  # the clinic's queue reads the case summary
            audit.record(request, "share_case", case_id=case.pk, clinic=clinic)
            messages.success(
                request, f"{clinic.name} can now see your case. You can stop sharing at any time."
            )
            return redirect("case_sharing", case.pk)
        if request.method == "POST":
            form.add_error("consent", "Tick the box to agree, or go back without sharing.")
    return render(
        request,
        "patients/sharing.html",
        {
            "case": case,
            "form": form,
            "clinic": clinic,
            "shares": case.shares.select_related("clinic").all(),
        },
    )


def _share(case, share_id):
    return get_object_or_404(case.shares.select_related("clinic"), pk=share_id)


@case_view("POST", lookups={"share_id": _share}, step_data=())
def revoke_share(request, case, share_id):
    share = share_id
    if share.revoked_at is None:
        share.revoked_at = timezone.now()
        share.save(update_fields=["revoked_at"])
        audit.record(request, "revoke_share", case_id=case.pk, clinic=share.clinic)
        messages.success(request, f"{share.clinic.name} can no longer see your case.")
    return redirect("case_sharing", case.pk)
