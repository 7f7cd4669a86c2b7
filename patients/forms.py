"""Forms for the case and each thing the patient records on it."""

from django import forms

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


class AmountField(forms.DecimalField):
    """A number typed as text, so “$1,250.00” works and a scroll wheel can't change it."""

    widget = forms.TextInput

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(",", "").removeprefix("$").strip()
        return super().to_python(value)

    def widget_attrs(self, widget):
        return {"inputmode": "decimal", "class": "input-short"}


class StepForm(forms.ModelForm):
    """A form on a wizard step: native date pickers, radios for short choices, typed text kept."""

    radio_fields = ()

    def __init__(self, *args, case=None, **kwargs):
        self.case = case
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if isinstance(field, forms.DateField):
                field.widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
            elif isinstance(field, forms.DecimalField):
                self.fields[name] = AmountField(
                    max_digits=field.max_digits,
                    decimal_places=field.decimal_places,
                    required=field.required,
                    label=field.label,
                    help_text=field.help_text,
                )
            elif isinstance(field, forms.IntegerField):
                field.widget = forms.TextInput(
                    attrs={"inputmode": "numeric", "class": "input-short"}
                )
            if name in self.radio_fields:
                field.widget = forms.RadioSelect(choices=field.choices)
                field.choices = [c for c in field.choices if c[0] != ""]
        if hasattr(self.instance, "version") and self.instance.pk:
            # Added after the widgets above are chosen, so that it stays a hidden input.
            self.fields["version"] = forms.IntegerField(
                widget=forms.HiddenInput, required=False, initial=self.instance.version
            )


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

    def save(self, commit=True):
        creating = self.instance.pk is None
        denial = super().save(commit=commit)
        if commit and creating:
            DenialReason.objects.create(
                denial=denial,
                reason=self.cleaned_data["reason"],
                insurer_wording=self.cleaned_data["insurer_wording"],
            )
        return denial


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
