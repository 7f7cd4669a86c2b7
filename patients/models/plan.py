"""Steps 1 and 5: the insurance plan, and the clinic and prescriber."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q

from ..choices import US_STATES, Answer, EmployerSize, NetworkType, PlanType, SpendingAccount
from ..knowledge.criteria_sets import criteria_choices
from ..validators import valid_npi
from .case import Case
from .fields import Versioned, money, non_negative


class InsurancePolicy(Versioned):
    """Step 1: the plan, and what it says about this treatment."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="policy")
    insurer = models.CharField(
        "insurance company",
        max_length=120,
        blank=True,
        help_text="The name on your card, like “Aetna” or “Blue Cross”.",
    )
    plan_name = models.CharField("plan name", max_length=120, blank=True)
    plan_type = models.CharField(
        "type of plan",
        max_length=30,
        choices=PlanType,
        blank=True,
        help_text="Employer plans: ask HR whether the plan is "
        "self-funded. It decides which appeal rules apply.",
    )
    network_type = models.CharField("network type", max_length=10, choices=NetworkType, blank=True)
    employer_size = models.CharField(
        "How many employees does the employer have?",
        max_length=10,
        choices=EmployerSize,
        blank=True,
        help_text="For an employer plan. Parity law exempts self-funded plans of employers with "
        "50 or fewer employees; HR can tell you.",
    )
    criteria_set = models.CharField(
        "the coverage policy your plan uses",
        max_length=40,
        blank=True,
        choices=criteria_choices,
        help_text="If your plan's denial or policy names one of these, choose it: your history "
        "is checked against that policy only.",
    )
    member_id = models.CharField("member ID", max_length=40, blank=True)
    group_number = models.CharField("group number", max_length=40, blank=True)
    state = models.CharField("state where you live", max_length=2, choices=US_STATES, blank=True)
    mental_health_coverage = models.CharField(
        "Does the plan cover mental health care?", max_length=10, choices=Answer, blank=True
    )
    experimental_exclusion = models.CharField(
        "Does the plan exclude “experimental or investigational” treatment?",
        max_length=10,
        choices=Answer,
        blank=True,
        help_text="Look in the plan document's list of exclusions.",
    )
    prior_auth_required = models.CharField(
        "Does this treatment need prior authorization?", max_length=10, choices=Answer, blank=True
    )
    out_of_network_benefits = models.CharField(
        "Does the plan pay for out-of-network care?", max_length=10, choices=Answer, blank=True
    )
    deductible = money("yearly deductible ($)")
    deductible_met = money("deductible met so far this year ($)")
    coinsurance_percent = models.PositiveSmallIntegerField(
        "your coinsurance (%)",
        null=True,
        blank=True,
        validators=[MaxValueValidator(100, "Coinsurance is a percentage from 0 to 100.")],
        help_text="The share you pay after the deductible, like 20.",
    )
    out_of_pocket_max = money("out-of-pocket maximum ($)")
    spending_account = models.CharField(
        "Do you have an HSA or FSA?", max_length=10, choices=SpendingAccount, blank=True
    )
    timely_filing_days = models.PositiveSmallIntegerField(
        "days allowed to submit a claim",
        null=True,
        blank=True,
        validators=[
            MinValueValidator(1, "Enter at least 1 day."),
            MaxValueValidator(730, "Enter 730 days or fewer."),
        ],
        help_text="Ask your insurer (the call script has the question). Often 60 to 180.",
    )
    oon_allowed_per_session = money(
        "out-of-network allowed amount per session ($)",
        help_text="What the plan allows for one session out of network, if they told you.",
    )

    class Meta:
        verbose_name_plural = "insurance policies"
        constraints = [
            *non_negative("deductible", "deductible_met", "out_of_pocket_max"),
            models.CheckConstraint(
                condition=Q(coinsurance_percent__isnull=True) | Q(coinsurance_percent__lte=100),
                name="patients_policy_coinsurance_at_most_100",
            ),
            models.CheckConstraint(
                condition=Q(deductible__isnull=True)
                | Q(deductible_met__isnull=True)
                | Q(deductible_met__lte=F("deductible")),
                name="patients_policy_deductible_met_within_deductible",
            ),
        ]

    def __str__(self):
        return self.insurer or "Insurance policy"

    def clean(self):
        if None not in (self.deductible, self.deductible_met) and (
            self.deductible_met > self.deductible
        ):
            raise ValidationError(
                {"deductible_met": "The amount met cannot be more than the deductible."}
            )


class TreatingProvider(Versioned):
    """Step 5: the clinic and prescriber who will give the treatment."""

    class Billing(models.TextChoices):
        BILLS_INSURANCE = "bills_insurance", "Bills my insurance"
        SUPERBILL = "superbill", "I pay; they give me a superbill to claim"
        CASH_ONLY = "cash_only", "Cash only, no paperwork"

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="provider")
    clinic_name = models.CharField("clinic name", max_length=120, blank=True)
    prescriber_name = models.CharField("prescriber's name", max_length=120, blank=True)
    credentials = models.CharField(max_length=40, blank=True, help_text="Like MD, DO or PMHNP.")
    npi = models.CharField(
        "prescriber's NPI",
        max_length=10,
        blank=True,
        validators=[valid_npi],
        help_text="10 digits. Search the NPI registry if you don't have it.",
    )
    tax_id = models.CharField(
        "clinic tax ID (EIN)",
        max_length=10,
        blank=True,
        help_text="Like 12-3456789. Needed on a superbill.",
    )
    address = models.CharField("street address", max_length=200, blank=True)
    city = models.CharField(max_length=80, blank=True)
    state = models.CharField(max_length=2, choices=US_STATES, blank=True)
    zip_code = models.CharField("ZIP code", max_length=10, blank=True)
    phone = models.CharField(max_length=20, blank=True)
    fax = models.CharField(max_length=20, blank=True)
    prescriber_is_psychiatrist = models.CharField(
        "Is the prescriber a psychiatrist?", max_length=10, choices=Answer, blank=True
    )
    in_network = models.CharField(
        "Is the clinic in your plan's network?", max_length=10, choices=Answer, blank=True
    )
    billing = models.CharField(
        "How does the clinic bill?", max_length=20, choices=Billing, blank=True
    )
    price_per_session = money("price per session ($)")
    sessions_planned = models.PositiveSmallIntegerField(
        "sessions planned",
        null=True,
        blank=True,
        validators=[MaxValueValidator(200, "Enter 200 sessions or fewer.")],
        help_text="An induction series is often 6 infusions.",
    )

    class Meta:
        constraints = non_negative("price_per_session")

    def __str__(self):
        return self.clinic_name or "Treating provider"
