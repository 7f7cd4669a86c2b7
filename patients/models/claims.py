"""Step 7: claims and the services billed on each."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from ..knowledge.codes import code_problem_on
from ..validators import money_validators, not_in_future, valid_service_code
from .case import Case
from .dates import check_dates
from .fields import (
    PLACE_OF_SERVICE_NAMES,
    CaseRow,
    end_not_before_start,
    money,
    non_negative,
)


class Claim(CaseRow):
    """Step 7: one claim sent to the insurer for a date of service."""

    class SubmittedBy(models.TextChoices):
        CLINIC = "clinic", "The clinic"
        PATIENT = "patient", "Me (with a superbill)"

    class Status(models.TextChoices):
        NOT_SUBMITTED = "not_submitted", "Not submitted yet"
        SUBMITTED = "submitted", "Submitted, waiting"
        PAID = "paid", "Paid"
        PARTIALLY_PAID = "partially_paid", "Partly paid"
        DENIED = "denied", "Denied"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="claims")
    service_date = models.DateField("date of service", validators=[not_in_future])
    submitted_by = models.CharField("submitted by", max_length=10, choices=SubmittedBy, blank=True)
    submitted_on = models.DateField(
        "date submitted", null=True, blank=True, validators=[not_in_future]
    )
    claim_number = models.CharField("claim number", max_length=40, blank=True)
    status = models.CharField(max_length=20, choices=Status, default=Status.NOT_SUBMITTED)
    allowed_amount = money("allowed amount ($)")
    paid_amount = money("plan paid ($)")
    patient_share = money("your share ($)")
    paid_to_provider = money(
        "you paid the clinic ($)", help_text="For a superbill: what you paid at the visit."
    )
    denial_code = models.CharField(
        "denial code",
        max_length=20,
        blank=True,
        help_text="From the explanation of benefits, like CO-50.",
    )
    denial_reason = models.TextField("denial reason", max_length=1000, blank=True)

    class Meta:
        ordering = ["service_date", "id"]
        constraints = [
            end_not_before_start("service_date", "submitted_on"),
            *non_negative("allowed_amount", "paid_amount", "patient_share", "paid_to_provider"),
        ]

    def __str__(self):
        return f"Claim for {self.service_date}"

    def clean(self):
        check_dates(self)
        if self.status == self.Status.NOT_SUBMITTED:
            # What the plan allowed, paid and left to the patient come from its explanation of
            # benefits, which exists only once the claim is in.
            from_the_plan = {
                name: "There is no decision on a claim that isn't submitted yet: set its status "
                "(and the date submitted) first, or leave this empty."
                for name in ("allowed_amount", "paid_amount", "patient_share")
                if getattr(self, name) is not None
            }
            if from_the_plan:
                raise ValidationError(from_the_plan)

    @property
    def total_charge(self):
        return sum((line.charge or 0) * line.units for line in self.lines.all())


class ClaimLine(CaseRow):
    """Step 7: one billed service on a claim."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="lines")
    code = models.CharField(
        "CPT or HCPCS code",
        max_length=5,
        validators=[valid_service_code],
        help_text="Like 96365 for the first hour of an infusion.",
    )
    units = models.PositiveSmallIntegerField(
        default=1,
        validators=[
            MinValueValidator(1, "Enter at least 1 unit."),
            MaxValueValidator(999, "Enter 999 units or fewer."),
        ],
    )
    charge = models.DecimalField(
        "charge per unit ($)", max_digits=10, decimal_places=2, validators=money_validators
    )
    drug_dose = models.CharField(
        "drug and dose",
        max_length=60,
        blank=True,
        help_text="For a drug code (like J3490 or J0013): the drug and the dose given, like "
        "“ketamine 35 mg”.",
    )
    place_of_service = models.CharField(
        "place of service",
        max_length=2,
        choices=list(PLACE_OF_SERVICE_NAMES.items()),
        default="11",
    )

    class Meta:
        ordering = ["id"]
        constraints = [
            *non_negative("charge"),
            models.CheckConstraint(
                condition=Q(units__gte=1), name="patients_claimline_units_positive"
            ),
        ]

    def __str__(self):
        charge = f" at ${self.charge:,.2f}" if self.charge is not None else ""
        place = PLACE_OF_SERVICE_NAMES.get(self.place_of_service, self.place_of_service)
        return f"{self.code} × {self.units}{charge} ({place})"

    def clean(self):
        if self.code:
            self.code = self.code.strip().upper()
        if self.code and self.claim_id and self.claim.service_date:
            if problem := code_problem_on(self.code, self.claim.service_date):
                raise ValidationError({"code": problem})
