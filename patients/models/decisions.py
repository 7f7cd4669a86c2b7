"""Steps 6 and 8: requests for prior authorization, the insurer's denials, and each appeal.

Their tables keep the names they had when the appeals app held them."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from ..choices import Treatment
from ..knowledge.deadlines import late
from ..validators import not_in_future, valid_service_codes
from .case import Case
from .claims import Claim
from .dates import check_dates
from .fields import CaseRow, end_not_before_start


class PriorAuthorization(CaseRow):
    """Step 6: one request to the insurer to approve the treatment before it starts."""

    class Urgency(models.TextChoices):
        STANDARD = "standard", "Standard"
        URGENT = "urgent", "Urgent (expedited)"

    class Decision(models.TextChoices):
        PENDING = "pending", "Waiting for a decision"
        APPROVED = "approved", "Approved"
        PARTIAL = "partial", "Partly approved"
        DENIED = "denied", "Denied"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="prior_authorizations")
    service = models.CharField(max_length=20, choices=Treatment, default=Treatment.IV_KETAMINE)
    codes = models.CharField(
        "CPT/HCPCS codes",
        max_length=60,
        blank=True,
        validators=[valid_service_codes],
        help_text="Separate codes with commas, like 96365, 96366, J3490.",
    )
    sessions_requested = models.PositiveSmallIntegerField(
        "sessions requested",
        null=True,
        blank=True,
        validators=[
            MinValueValidator(1, "Enter at least 1 session."),
            MaxValueValidator(200, "Enter 200 sessions or fewer."),
        ],
    )
    urgency = models.CharField(
        max_length=10,
        choices=Urgency,
        default=Urgency.STANDARD,
        help_text="Urgent when waiting could seriously harm health.",
    )
    submitted_on = models.DateField(
        "date submitted", null=True, blank=True, validators=[not_in_future]
    )
    reference_number = models.CharField("reference number", max_length=60, blank=True)
    dosing_plan = models.CharField(
        "dose and schedule",
        max_length=200,
        blank=True,
        help_text="From your prescriber, like “56 mg twice a week for 4 weeks, then weekly” or "
        "“0.5 mg/kg over 40 minutes, 6 infusions in 3 weeks”.",
    )
    decision = models.CharField(max_length=10, choices=Decision, default=Decision.PENDING)
    decided_on = models.DateField(
        "decision date", null=True, blank=True, validators=[not_in_future]
    )
    sessions_approved = models.PositiveSmallIntegerField(
        "sessions approved",
        null=True,
        blank=True,
        validators=[MaxValueValidator(200, "Enter 200 sessions or fewer.")],
    )
    approved_from = models.DateField(
        "approval starts", null=True, blank=True, help_text="From the approval letter."
    )
    approved_until = models.DateField(
        "approval ends",
        null=True,
        blank=True,
        help_text="From the approval letter. We remind you to ask for a renewal in time.",
    )

    class Meta:
        ordering = ["submitted_on", "id"]
        verbose_name = "prior authorization"
        db_table = "appeals_priorauthorization"
        constraints = [
            end_not_before_start("submitted_on", "decided_on", table=db_table),
            end_not_before_start("approved_from", "approved_until", table=db_table),
        ]

    def __str__(self):
        ref = f" ({self.reference_number})" if self.reference_number else ""
        return f"{self.get_service_display()}{ref}"

    def clean(self):
        check_dates(self)
        if self.codes:
            self.codes = ", ".join(c.strip().upper() for c in self.codes.split(",") if c.strip())

    @property
    def code_list(self):
        return [c.strip() for c in self.codes.split(",") if c.strip()]


class DenialReasonKind(models.TextChoices):
    """What a notice can give as its reason; each is answered by its own argument."""

    EXPERIMENTAL = "experimental", "Experimental or investigational"
    NOT_NECESSARY = "not_necessary", "Not medically necessary"
    CRITERIA_NOT_MET = "criteria_not_met", "The plan's criteria are not met"
    STEP_THERAPY = "step_therapy", "Step therapy (try other treatments first)"
    NO_PRIOR_AUTH = "no_prior_auth", "No prior authorization"
    OUT_OF_NETWORK = "out_of_network", "Out of network"
    MISSING_DOCUMENTATION = "missing_docs", "Missing documentation"
    CODING_ERROR = "coding_error", "Billing or coding error"
    DOSE_FREQUENCY = "dose_frequency", "Dose or frequency"
    BENEFIT_EXCLUSION = "exclusion", "Benefit exclusion"
    OTHER = "other", "Other"


class Denial(CaseRow):
    """Step 8: the insurer said no, to a prior authorization or a claim."""

    Reason = DenialReasonKind  # kept for the rows that name Denial.Reason

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="denials")
    prior_authorization = models.ForeignKey(
        PriorAuthorization,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="denials",
        verbose_name="denied prior authorization",
    )
    claim = models.ForeignKey(
        Claim,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="denials",
        verbose_name="denied claim",
    )
    notice_date = models.DateField("date on the denial notice", validators=[not_in_future])
    received_on = models.DateField(
        "date you received it",
        null=True,
        blank=True,
        validators=[not_in_future],
        help_text="Appeal deadlines usually count from when you received the notice.",
    )
    appeal_by_on_notice = models.DateField(
        "appeal by (the date on the notice, if it gives one)",
        null=True,
        blank=True,
        help_text="If it differs from the date we compute, we plan for the earlier one.",
    )
    reference_number = models.CharField("reference or case number", max_length=60, blank=True)
    appeals_address = models.TextField(
        "where to send an appeal",
        max_length=300,
        blank=True,
        help_text="The address the notice gives for appeals, as it is written.",
    )
    appeals_fax = models.CharField(
        "appeals fax number", max_length=20, blank=True, help_text="If the notice gives one."
    )
    plan_definition = models.TextField(
        "the plan's definition of “experimental or investigational”",
        max_length=4000,
        blank=True,
        help_text="If the denial says experimental: copy the definition from your plan document "
        "(often under “Definitions”). Your appeal answers it part by part.",
    )
    alternatives_note = models.TextField(
        "why the treatments the plan suggests instead are not right for you",
        max_length=2000,
        blank=True,
        help_text="If the notice names other treatments (like ECT or TMS): what your prescriber "
        "says about them for you.",
    )
    ends_approved_care = models.BooleanField(
        "this decision stops or cuts back treatment that was already approved",
        default=False,
        help_text="For Medicaid: you can ask to keep the treatment while you appeal, if you ask "
        "in time.",
    )
    change_effective_on = models.DateField(
        "the date the change takes effect",
        null=True,
        blank=True,
        help_text="If the notice gives one.",
    )
    late_cause = models.CharField(
        "if you are filing late: why",
        max_length=20,
        choices=late.CAUSE_CHOICES,
        blank=True,
        help_text="Only if a deadline to appeal has passed. Your letter gives the reason and asks "
        "the plan or reviewer to accept it.",
    )
    late_explanation = models.TextField(
        "what happened, in a sentence or two",
        max_length=1000,
        blank=True,
        help_text="Dates help: when you were ill, when the notice reached you.",
    )

    class Meta:
        ordering = ["notice_date", "id"]
        db_table = "appeals_denial"
        constraints = [
            models.CheckConstraint(
                condition=Q(prior_authorization__isnull=True) | Q(claim__isnull=True),
                name="appeals_denial_of_one_thing",
            ),
            end_not_before_start("notice_date", "received_on", table=db_table),
        ]

    def __str__(self):
        return f"{self.reasons_label.capitalize()} denial of {self.notice_date}"

    @property
    def reasons_label(self):
        """“experimental or investigational and no prior authorization”, or “the”."""
        # "The plan's criteria are not met" reads "plan's criteria …" after the label's own "the".
        names = [r.get_reason_display().lower().removeprefix("the ") for r in self.reasons.all()]
        if not names:
            return "the"
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    @property
    def reason_keys(self):
        return [r.reason for r in self.reasons.all()]

    def clean(self):
        if self.prior_authorization_id and self.claim_id:
            raise ValidationError(
                {"claim": "Choose the prior authorization or the claim, not both."}
            )
        check_dates(self)


class DenialReason(CaseRow):
    """One reason a denial gives, with the insurer's own words for it."""

    denial = models.ForeignKey(Denial, on_delete=models.CASCADE, related_name="reasons")
    reason = models.CharField("reason given", max_length=20, choices=DenialReasonKind)
    insurer_wording = models.TextField(
        "the insurer's words",
        max_length=4000,
        blank=True,
        help_text="Copy this reason from the notice exactly. Your appeal will quote it.",
    )

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["denial", "reason"], name="patients_reason_once")
        ]

    def __str__(self):
        return self.get_reason_display()


class Appeal(CaseRow):
    """Step 8: one level of appeal against a denial."""

    class Level(models.TextChoices):
        INTERNAL_1 = "internal_1", "First internal appeal"
        INTERNAL_2 = "internal_2", "Second internal appeal"
        EXTERNAL = "external", "External review"
        STATE_HEARING = "state_hearing", "State fair hearing (Medicaid)"
        REDETERMINATION = "redetermination", "Medicare redetermination"
        RECONSIDERATION = "reconsideration", "Medicare reconsideration"
        ALJ = "alj", "Medicare ALJ hearing"
        COUNCIL = "council", "Medicare Appeals Council"
        IRE = "ire", "Independent review entity (Medicare Advantage, Part D)"
        HEARING = "hearing", "Independent hearing (TRICARE)"
        COURT = "court", "Federal court"

    class Outcome(models.TextChoices):
        PENDING = "pending", "Waiting for a decision"
        OVERTURNED = "overturned", "Won: the denial was overturned"
        PARTIAL = "partial", "Partly won"
        UPHELD = "upheld", "Lost: the denial was upheld"
        WITHDRAWN = "withdrawn", "Withdrawn"

    denial = models.ForeignKey(Denial, on_delete=models.CASCADE, related_name="appeals")
    level = models.CharField(max_length=20, choices=Level, default=Level.INTERNAL_1)
    expedited = models.BooleanField("expedited (urgent) appeal", default=False)
    filed_on = models.DateField("date filed", null=True, blank=True, validators=[not_in_future])
    decision_due = models.DateField(
        "decision due by", null=True, blank=True, help_text="If the insurer told you a date."
    )
    outcome = models.CharField(max_length=20, choices=Outcome, default=Outcome.PENDING)
    decided_on = models.DateField(
        "decision date", null=True, blank=True, validators=[not_in_future]
    )

    class Meta:
        ordering = ["filed_on", "id"]
        db_table = "appeals_appeal"
        constraints = [
            end_not_before_start("filed_on", "decided_on", table=db_table),
            end_not_before_start("filed_on", "decision_due", table=db_table),
        ]

    def __str__(self):
        return self.get_level_display()

    def clean(self):
        check_dates(self)
