"""Forms for the case and each thing the patient records on it."""

from django import forms

from .form_base import StepForm
from .models import (
    AidApplication,
    Appeal,
    Case,
    Claim,
    ClaimLine,
    Denial,
    DenialReason,
    DenialReasonKind,
    Diagnosis,
    InsurancePolicy,
    InsurerContact,
    PriorAuthorization,
    PriorTreatment,
    SymptomScore,
    TreatingProvider,
)
from .validators import not_in_future


class CaseForm(StepForm):
    radio_fields = ("treatment",)

    class Meta:
        model = Case
        fields = ["treatment", "nickname"]


class PatientForm(StepForm):
    radio_fields = ("treatment",)

    is_veteran = forms.NullBooleanField(
        label="Is the patient a veteran?",
        required=False,
        widget=forms.RadioSelect(
            choices=[("True", "Yes"), ("False", "No"), ("", "Prefer not to say")]
        ),
        help_text="Veterans may have VA routes to treatment.",
    )

    class Meta:
        model = Case
        fields = [
            "treatment",
            "patient_name",
            "date_of_birth",
            "is_veteran",
            "street_address",
            "city",
            "state",
            "zip_code",
            "phone",
            "nickname",
        ]
        widgets = {
            "patient_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "street_address": forms.TextInput(attrs={"autocomplete": "street-address"}),
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "zip_code": forms.TextInput(attrs={"autocomplete": "postal-code"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["date_of_birth"].widget.attrs["autocomplete"] = "bday"


class PolicyForm(StepForm):
    radio_fields = (
        "mental_health_coverage",
        "experimental_exclusion",
        "prior_auth_required",
        "out_of_network_benefits",
    )

    class Meta:
        model = InsurancePolicy
        fields = [
            "insurer",
            "plan_name",
            "plan_type",
            "network_type",
            "employer_size",
            "criteria_set",
            "member_id",
            "group_number",
            "state",
            "mental_health_coverage",
            "experimental_exclusion",
            "prior_auth_required",
            "out_of_network_benefits",
            "deductible",
            "deductible_met",
            "coinsurance_percent",
            "out_of_pocket_max",
            "spending_account",
            "timely_filing_days",
            "oon_allowed_per_session",
        ]


class RepresentativeForm(StepForm):
    class Meta:
        model = Case
        fields = ["representative_name", "representative_relationship"]


class OwnWordsForm(StepForm):
    class Meta:
        model = Case
        fields = ["own_words"]
        widgets = {"own_words": forms.Textarea(attrs={"rows": 6})}


class ComplaintForm(StepForm):
    class Meta:
        model = Case
        fields = ["complaint"]
        widgets = {"complaint": forms.Textarea(attrs={"rows": 5})}


class EpisodeForm(StepForm):
    class Meta:
        model = Case
        fields = ["episode_started_on"]


class DiagnosisForm(StepForm):
    class Meta:
        model = Diagnosis
        fields = ["code", "description", "diagnosed_by", "diagnosed_on"]
        widgets = {
            "code": forms.TextInput(
                attrs={"list": "icd10-codes", "autocomplete": "off", "class": "input-short"}
            )
        }


class SymptomScoreForm(StepForm):
    class Meta:
        model = SymptomScore
        fields = ["scale", "score", "taken_on"]


class PriorTreatmentForm(StepForm):
    class Meta:
        model = PriorTreatment
        fields = [
            "kind",
            "name",
            "drug_class",
            "dose_mg_per_day",
            "sessions",
            "started_on",
            "ended_on",
            "outcome",
            "improvement_percent",
            "notes",
        ]
        widgets = {"notes": forms.Textarea(attrs={"rows": 2})}


class InsurerContactForm(StepForm):
    class Meta:
        model = InsurerContact
        fields = [
            "contacted_on",
            "channel",
            "representative",
            "reference_number",
            "summary",
            "follow_up_on",
            "follow_up_done",
        ]
        widgets = {"summary": forms.Textarea(attrs={"rows": 3})}


class TreatingProviderForm(StepForm):
    radio_fields = ("prescriber_is_psychiatrist", "in_network", "billing")

    class Meta:
        model = TreatingProvider
        fields = [
            "clinic_name",
            "prescriber_name",
            "credentials",
            "prescriber_is_psychiatrist",
            "npi",
            "tax_id",
            "address",
            "city",
            "state",
            "zip_code",
            "phone",
            "fax",
            "in_network",
            "billing",
            "price_per_session",
            "sessions_planned",
        ]

    def clean_tax_id(self):
        value = self.cleaned_data["tax_id"].strip()
        digits = value.replace("-", "")
        if value and not (digits.isdigit() and len(digits) == 9):
            raise forms.ValidationError("A tax ID (EIN) is 9 digits, like 12-3456789.")
        return f"{digits[:2]}-{digits[2:]}" if value else ""

    def clean_zip_code(self):
        value = self.cleaned_data["zip_code"].strip()
        digits = value.replace("-", "")
        if value and not (digits.isdigit() and len(digits) in (5, 9)):
            raise forms.ValidationError("Enter a 5-digit ZIP code, like 02139.")
        return value


class ClaimForm(StepForm):
    class Meta:
        model = Claim
        fields = [
            "service_date",
            "submitted_by",
            "submitted_on",
            "claim_number",
            "status",
            "allowed_amount",
            "paid_amount",
            "patient_share",
            "paid_to_provider",
            "denial_code",
            "denial_reason",
        ]
        widgets = {"denial_reason": forms.Textarea(attrs={"rows": 2})}


class ClaimLineForm(StepForm):
    class Meta:
        model = ClaimLine
        fields = ["code", "units", "charge", "drug_dose", "place_of_service"]
        widgets = {
            "code": forms.TextInput(
                attrs={"list": "service-codes", "autocomplete": "off", "class": "input-short"}
            )
        }


class AidApplicationForm(StepForm):
    class Meta:
        model = AidApplication
        fields = ["kind", "program", "status", "applied_on", "amount", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 2})}


class PriorAuthorizationForm(StepForm):
    radio_fields = ("urgency",)

    class Meta:
        model = PriorAuthorization
        fields = [
            "service",
            "codes",
            "sessions_requested",
            "urgency",
            "submitted_on",
            "reference_number",
            "dosing_plan",
            "decision",
            "decided_on",
            "sessions_approved",
            "approved_from",
            "approved_until",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.pk and self.case is not None and self.case.treatment:
            self.initial.setdefault("service", self.case.treatment)  # the case's treatment


class DenialForm(StepForm):
    """A denial; when it is new, with the first reason it gives (more are added on its card)."""

    reason = forms.ChoiceField(
        label="reason given",
        choices=[("", "Choose the reason")] + list(DenialReasonKind.choices),
        help_text="If the notice gives more than one reason, add the others once this is saved.",
    )
    insurer_wording = forms.CharField(
        label="the insurer's words",
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Copy the reason from the notice exactly. Your appeal will quote it.",
    )

    class Meta:
        model = Denial
        fields = [
            "prior_authorization",
            "claim",
            "notice_date",
            "received_on",
            "appeal_by_on_notice",
            "reason",
            "insurer_wording",
            "reference_number",
            "appeals_address",
            "appeals_fax",
            "plan_definition",
            "alternatives_note",
            "ends_approved_care",
            "change_effective_on",
            "late_cause",
            "late_explanation",
        ]
        widgets = {
            "appeals_address": forms.Textarea(attrs={"rows": 3}),
            "late_explanation": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only this case's requests and claims can be chosen; anything else is not a valid choice.
        self.fields["prior_authorization"].queryset = PriorAuthorization.objects.filter(
            case=self.case
        )
        self.fields["claim"].queryset = self.case.claims.all() if self.case else None
        self.fields["prior_authorization"].empty_label = "None: this denial is of a claim"
        self.fields["claim"].empty_label = "None: this denial is of a prior authorization"
        if self.instance.pk:  # its reasons are rows of their own, changed on the denial's card
            del self.fields["reason"], self.fields["insurer_wording"]
        elif self.case is not None:
            # A claim denied in step 7, not yet recorded here: start from it, so its code and
            # reason aren't typed again.
            recorded = {d.claim_id for d in self.case.denials.all()}  # both prefetched
            waiting = [
                c for c in self.case.claims.all() if c.status == "denied" and c.pk not in recorded
            ]
            if len(waiting) == 1:
                self.initial.setdefault("claim", waiting[0].pk)
                self.initial.setdefault("insurer_wording", claim_wording(waiting[0]))

    def save(self, commit=True):
        creating = self.instance.pk is None
        denial = super().save(commit=commit)
        if commit and creating:
            claim = self.cleaned_data.get("claim")
            DenialReason.objects.create(
                denial=denial,
                reason=self.cleaned_data["reason"],
                insurer_wording=self.cleaned_data["insurer_wording"]
                or (claim_wording(claim) if claim else ""),
            )
        return denial


def claim_wording(claim):
    """The denial code and reason recorded on a claim, as the insurer's words."""
    return ": ".join(part for part in (claim.denial_code, claim.denial_reason) if part)


class DenialReasonForm(StepForm):
    class Meta:
        model = DenialReason
        fields = ["reason", "insurer_wording"]
        widgets = {"insurer_wording": forms.Textarea(attrs={"rows": 3})}

    def clean_reason(self):
        reason = self.cleaned_data["reason"]
        others = DenialReason.objects.filter(denial_id=self.instance.denial_id, reason=reason)
        if self.instance.denial_id and others.exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError("This denial already lists that reason.")
        return reason


class AppealForm(StepForm):
    class Meta:
        model = Appeal
        fields = ["level", "expedited", "filed_on", "decision_due", "outcome", "decided_on"]


class CopyClaimForm(forms.Form):
    service_date = forms.DateField(
        label="Date of service of the copy",
        validators=[not_in_future],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
