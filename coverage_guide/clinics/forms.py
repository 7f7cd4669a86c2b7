"""Clinic forms: what staff may change on a shared case (decisions, statuses, notes), invites,
and the details a member's letters are signed with."""

from django import forms

from coverage_guide.models import Invite, Membership
from patients.forms import StepForm
from patients.knowledge.codes import npi_problem
from patients.models import Appeal, Claim, PriorAuthorization

from .models import StaffNote


class StatusForm(StepForm):
    """A staff change to a patient's row: only from the version it was loaded at, so a post
    without it (or from a stale page) never overwrites what the patient saved since."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "version" in self.fields:
            self.fields["version"].required = True
            self.fields["version"].error_messages["required"] = (
                "This form is out of date: reload the case file, then make the change again."
            )


class PriorAuthorizationStatusForm(StatusForm):
    class Meta:
        model = PriorAuthorization
        fields = ["decision", "decided_on", "sessions_approved", "reference_number"]


class ClaimStatusForm(StatusForm):
    class Meta:
        model = Claim
        fields = [
            "status",
            "claim_number",
            "submitted_on",
            "allowed_amount",
            "paid_amount",
            "patient_share",
            "denial_code",
            "denial_reason",
        ]
        widgets = {"denial_reason": forms.Textarea(attrs={"rows": 2})}


class AppealStatusForm(StatusForm):
    class Meta:
        model = Appeal
        fields = ["outcome", "decided_on", "decision_due"]


class StaffNoteForm(forms.ModelForm):
    class Meta:
        model = StaffNote
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 3})}
        labels = {"body": "Add an internal note"}
        help_texts = {"body": "Seen by your clinic's staff only, never by the patient."}


# The rows staff may update, by list slug: the form, and how a row reaches its case.
STATUS_FORMS = {
    "prior-authorizations": (PriorAuthorizationStatusForm, "case"),
    "claims": (ClaimStatusForm, "case"),
    "appeals": (AppealStatusForm, "denial__case"),
}


class InviteForm(forms.ModelForm):
    """An invite for one person: only someone signed in with this address can use the link."""

    class Meta:
        model = Invite
        fields = ["email", "role"]
        labels = {"email": "Their email address"}
        help_texts = {"email": "The link works only for someone signed in with this address."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["display_name", "credentials", "npi"]

    def clean_npi(self):
        npi = self.cleaned_data["npi"].strip()
        if npi and (problem := npi_problem(npi)):
            raise forms.ValidationError(problem)
        return npi
