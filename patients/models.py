"""The patient's case and what the patient records about it."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q

from .choices import US_STATES, Answer, NetworkType, PlanType, SpendingAccount, Treatment
from .knowledge.codes import PLACES_OF_SERVICE, code_problem_on, normalize_icd10
from .knowledge.scales import SCALES, SCALES_BY_KEY
from .validators import (
    money_validators,
    not_in_future,
    valid_icd10,
    valid_npi,
    valid_service_code,
)

# "11 · Office": the choices of a claim line's place of service, and how a line is summed up.
PLACE_OF_SERVICE_NAMES = {code: f"{code} · {label}" for code, label in PLACES_OF_SERVICE}


def money(verbose_name, **kwargs):
    return models.DecimalField(
        verbose_name,
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=money_validators,
        **kwargs,
    )


def non_negative(*fields):
    return [
        models.CheckConstraint(
            condition=Q(**{f"{f}__gte": 0}) | Q(**{f"{f}__isnull": True}),
            name=f"%(app_label)s_%(class)s_{f}_not_negative",
        )
        for f in fields
    ]


def end_not_before_start(start, end):
    return models.CheckConstraint(
        condition=Q(**{f"{start}__isnull": True})
        | Q(**{f"{end}__isnull": True})
        | Q(**{f"{end}__gte": F(start)}),
        name=f"%(app_label)s_%(class)s_{end}_not_before_{start}",
    )


def check_order(instance, start, end, message):
    """Raise a field error on `end` when it falls before `start`."""
    first, last = getattr(instance, start), getattr(instance, end)
    if first and last and last < first:
        raise ValidationError({end: message})


class Versioned(models.Model):
    """Saved with a conditional update on `version`, so that two people saving the same thing
    from the same starting point can't silently overwrite each other (patients/versions.py)."""

    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        abstract = True


class CaseRow(Versioned):
    """A row a patient adds to a case. `submission_id` makes adding idempotent: the same form
    posted twice (a double click, a replayed request) makes one row."""

    submission_id = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        abstract = True


class CaseQuerySet(models.QuerySet):
    def for_user(self, user):
        """The cases this user may see: their own. Anything else answers 404."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(owner=user)

    def shared_with(self, clinic):
        """The cases whose patients currently consent to this clinic seeing them."""
        return self.filter(shares__clinic=clinic, shares__revoked_at__isnull=True)

    def with_step_data(self):
        """Everything the wizard's steps read, in a fixed number of queries."""
        from appeals.models import Denial, LetterVersion  # appeals imports this module

        letters = LetterVersion.objects.defer("pdf", "context").select_related("created_by")
        denials = Denial.objects.select_related("prior_authorization", "claim")
        return self.select_related("owner", "policy", "provider").prefetch_related(
            models.Prefetch("letters", queryset=letters),
            "diagnoses",
            "scores",
            "treatments",
            "contacts",
            "claims__lines",
            "aid_applications",
            "prior_authorizations",
            models.Prefetch("denials", queryset=denials),
            "denials__appeals",
        )


class Case(Versioned):
    """One coverage journey: a person seeking one kind of ketamine treatment."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cases"
    )
    nickname = models.CharField(
        "name for this case",
        max_length=80,
        blank=True,
        help_text="Optional, for you only, like “Spravato 2026”.",
    )
    treatment = models.CharField(
        "treatment you are seeking", max_length=20, choices=Treatment, default=Treatment.IV_KETAMINE
    )
    patient_name = models.CharField(
        "patient's full name",
        max_length=120,
        blank=True,
        help_text="As it appears on the insurance card.",
    )
    date_of_birth = models.DateField(
        "patient's date of birth", null=True, blank=True, validators=[not_in_future]
    )
    is_veteran = models.BooleanField("Is the patient a veteran?", null=True, blank=True)
    episode_started_on = models.DateField(
        "When did this episode of depression begin?",
        null=True,
        blank=True,
        validators=[not_in_future],
        help_text="An approximate date is fine. Insurers count only treatments tried in the "
        "current episode.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]

    def __str__(self):
        return self.nickname or self.get_treatment_display()


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


class Diagnosis(CaseRow):
    """Step 2: one diagnosis, by ICD-10-CM code."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="diagnoses")
    code = models.CharField(
        "ICD-10-CM code",
        max_length=10,
        validators=[valid_icd10],
        help_text="Like F33.2. Your clinician's notes or a claim show it.",
    )
    description = models.CharField(max_length=200, blank=True)
    diagnosed_by = models.CharField(
        "diagnosed by",
        max_length=120,
        blank=True,
        help_text="The clinician's name and credentials.",
    )
    diagnosed_on = models.DateField(
        "date diagnosed", null=True, blank=True, validators=[not_in_future]
    )

    class Meta:
        ordering = ["diagnosed_on", "id"]
        verbose_name_plural = "diagnoses"

    def __str__(self):
        return f"{self.code} {self.description}".strip()

    def clean(self):
        if self.code:
            self.code = normalize_icd10(self.code)


class SymptomScore(CaseRow):
    """Step 2: a symptom score on a rating scale, with its date."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="scores")
    scale = models.CharField(max_length=10, choices=[(s.key, s.name) for s in SCALES])
    score = models.PositiveSmallIntegerField()
    taken_on = models.DateField("date taken", validators=[not_in_future])

    class Meta:
        ordering = ["taken_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(score__lte=80), name="patients_score_within_largest_scale"
            )
        ]

    def __str__(self):
        return f"{self.get_scale_display()}: {self.score}"

    def clean(self):
        scale = SCALES_BY_KEY.get(self.scale)
        if scale and self.score is not None and self.score > scale.max_score:
            raise ValidationError(
                {"score": f"{scale.name} scores run from 0 to {scale.max_score}."}
            )


class PriorTreatment(CaseRow):
    """Step 3: a medication, therapy or procedure tried before."""

    class Kind(models.TextChoices):
        MEDICATION = "medication", "Medication"
        PSYCHOTHERAPY = "psychotherapy", "Psychotherapy"
        TMS = "tms", "TMS"
        ECT = "ect", "ECT"
        OTHER = "other", "Other"

    class DrugClass(models.TextChoices):
        SSRI = "ssri", "SSRI"
        SNRI = "snri", "SNRI"
        TCA = "tca", "Tricyclic (TCA)"
        MAOI = "maoi", "MAOI"
        ATYPICAL = "atypical", "Atypical antidepressant (bupropion, mirtazapine, …)"
        SEROTONIN_MODULATOR = "modulator", "Serotonin modulator (trazodone, vortioxetine, …)"
        ANTIPSYCHOTIC = "antipsychotic", "Antipsychotic augmentation"
        LITHIUM = "lithium", "Lithium augmentation"
        OTHER = "other", "Other"

    class Outcome(models.TextChoices):
        NO_RESPONSE = "no_response", "No response"
        PARTIAL = "partial", "Partial response"
        INTOLERABLE = "intolerable", "Stopped: side effects I couldn't tolerate"
        RELAPSE = "relapse", "Worked, then stopped working"
        ONGOING = "ongoing", "Still on it"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="treatments")
    kind = models.CharField(max_length=20, choices=Kind, default=Kind.MEDICATION)
    name = models.CharField(
        "medication or therapy", max_length=120, help_text="Like “sertraline” or “CBT”."
    )
    drug_class = models.CharField("medication class", max_length=20, choices=DrugClass, blank=True)
    dose_mg_per_day = models.DecimalField(
        "highest daily dose (mg)",
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(0, "Enter a dose of 0 or more."),
            MaxValueValidator(10000, "That dose is over 10,000 mg a day. Check it."),
        ],
    )
    sessions = models.PositiveSmallIntegerField(
        "number of sessions",
        null=True,
        blank=True,
        validators=[MaxValueValidator(1000, "Enter 1,000 sessions or fewer.")],
    )
    started_on = models.DateField("started", null=True, blank=True, validators=[not_in_future])
    ended_on = models.DateField(
        "ended",
        null=True,
        blank=True,
        validators=[not_in_future],
        help_text="Leave empty if you are still on it.",
    )
    outcome = models.CharField(max_length=20, choices=Outcome, blank=True)
    notes = models.TextField(
        max_length=1000, blank=True, help_text="Why it ended, side effects, who prescribed it."
    )

    class Meta:
        ordering = ["started_on", "id"]
        constraints = [
            end_not_before_start("started_on", "ended_on"),
            *non_negative("dose_mg_per_day"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        check_order(self, "started_on", "ended_on", "The end date is before the start date.")


class InsurerContact(CaseRow):
    """Step 4: one call, chat, letter or portal message with the insurer."""

    class Channel(models.TextChoices):
        PHONE = "phone", "Phone"
        PORTAL = "portal", "Online portal or chat"
        EMAIL = "email", "Email"
        MAIL = "mail", "Letter"
        FAX = "fax", "Fax"
        IN_PERSON = "in_person", "In person"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="contacts")
    contacted_on = models.DateField("date", validators=[not_in_future])
    channel = models.CharField(max_length=20, choices=Channel, default=Channel.PHONE)
    representative = models.CharField("who you spoke with", max_length=120, blank=True)
    reference_number = models.CharField(
        "reference number",
        max_length=60,
        blank=True,
        help_text="Always ask for one at the end of a call.",
    )
    summary = models.TextField("what was said", max_length=2000, blank=True)
    follow_up_on = models.DateField("follow up by", null=True, blank=True)
    follow_up_done = models.BooleanField("follow-up done", default=False)

    class Meta:
        ordering = ["contacted_on", "id"]

    def __str__(self):
        return f"{self.get_channel_display()} on {self.contacted_on}"


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
        check_order(
            self,
            "service_date",
            "submitted_on",
            "A claim is submitted on or after the date of service.",
        )

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


class CaseShareQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class CaseShare(models.Model):
    """The patient's consent for one clinic to see and work on the case, until revoked."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="shares")
    clinic = models.ForeignKey(
        "coverage_guide.Clinic", on_delete=models.CASCADE, related_name="shares"
    )
    consented_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    consented_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = CaseShareQuerySet.as_manager()

    class Meta:
        ordering = ["-consented_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "clinic"],
                condition=Q(revoked_at__isnull=True),
                name="patients_one_active_share_per_clinic",
            )
        ]

    def __str__(self):
        return f"{self.case} shared with {self.clinic}"


class StaffNote(models.Model):
    """A clinic's internal note on a case: seen by that clinic's staff only."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="staff_notes")
    clinic = models.ForeignKey(
        "coverage_guide.Clinic", on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    author_label = models.CharField(max_length=200)
    body = models.TextField("note", max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Note by {self.author_label} on {self.created_at:%Y-%m-%d}"


class CaseSummary(models.Model):
    """What a clinic's work queue sorts and filters on, recomputed from the case on every
    change (patients/summary.py). Derived data kept for querying, never entered by anyone."""

    case = models.OneToOneField(
        Case, on_delete=models.CASCADE, primary_key=True, related_name="summary"
    )
    current_step = models.CharField(max_length=30, blank=True)
    attention = models.BooleanField(default=False)
    next_deadline = models.DateField(null=True, blank=True, db_index=True)
    next_deadline_title = models.CharField(max_length=200, blank=True)
    pa_pending = models.BooleanField(default=False)
    denied_claims = models.PositiveIntegerField(default=0)
    appeal_due = models.DateField(null=True, blank=True)
    refreshed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "case summaries"

    def __str__(self):
        return f"Summary of {self.case}"
