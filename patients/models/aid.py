"""Step 9: the ways the patient is paying, and help applied for."""

from django.db import models

from ..validators import not_in_future
from .case import Case
from .fields import CaseRow, money, non_negative


class AidApplication(CaseRow):
    """Step 9: a way of paying the patient is using or has asked for."""

    class Kind(models.TextChoices):
        HSA_FSA = "hsa_fsa", "HSA or FSA"
        PAYMENT_PLAN = "payment_plan", "Clinic payment plan"
        SLIDING_SCALE = "sliding_scale", "Sliding-scale price"
        GRANT = "grant", "Grant or charity fund"
        MANUFACTURER = "manufacturer", "Manufacturer savings program"
        VA = "va", "VA care or community care"
        CREDIT = "credit", "Medical credit or loan"
        OTHER = "other", "Other"

    class Status(models.TextChoices):
        CONSIDERING = "considering", "Considering"
        APPLIED = "applied", "Applied, waiting"
        APPROVED = "approved", "Approved or in use"
        DECLINED = "declined", "Declined"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="aid_applications")
    kind = models.CharField("type of help", max_length=20, choices=Kind)
    program = models.CharField("program or provider", max_length=120, blank=True)
    status = models.CharField(max_length=20, choices=Status, default=Status.CONSIDERING)
    applied_on = models.DateField("date applied", null=True, blank=True, validators=[not_in_future])
    amount = money("amount ($)", help_text="Approved amount, or the monthly payment for a plan.")
    notes = models.TextField(max_length=1000, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = non_negative("amount")

    def __str__(self):
        return self.program or self.get_kind_display()
