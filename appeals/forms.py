"""Forms for prior authorizations, denials and appeals."""

from patients.forms import StepForm

from .models import Appeal, Denial, PriorAuthorization


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
            "decision",
            "decided_on",
            "sessions_approved",
        ]


class DenialForm(StepForm):
    class Meta:
        model = Denial
        fields = [
            "prior_authorization",
            "claim",
            "notice_date",
            "received_on",
            "appeal_by_on_notice",
            "reason",
            "reference_number",
            "insurer_wording",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only this case's requests and claims can be chosen; anything else is not a valid choice.
        self.fields["prior_authorization"].queryset = PriorAuthorization.objects.filter(
            case=self.case
        )
        self.fields["claim"].queryset = self.case.claims.all() if self.case else None
        self.fields["prior_authorization"].empty_label = "None: this denial is of a claim"
        self.fields["claim"].empty_label = "None: this denial is of a prior authorization"


class AppealForm(StepForm):
    class Meta:
        model = Appeal
        fields = ["level", "expedited", "filed_on", "decision_due", "outcome", "decided_on"]
