"""What clinic staff may change on a shared case: decisions and statuses, and notes."""

from django import forms

from appeals.models import Appeal, PriorAuthorization

from .forms import StepForm
from .models import Claim, StaffNote


class PriorAuthorizationStatusForm(StepForm):
    class Meta:
        model = PriorAuthorization
        fields = ["decision", "decided_on", "sessions_approved", "reference_number"]


class ClaimStatusForm(StepForm):
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


class AppealStatusForm(StepForm):
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
