"""Steps 2 and 3: diagnoses, symptom scores and the treatments tried before."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from ..knowledge.codes import normalize_icd10
from ..knowledge.scales import SCALES, SCALES_BY_KEY
from ..validators import not_in_future, valid_icd10
from .case import Case
from .dates import check_dates
from .fields import CaseRow, end_not_before_start, non_negative


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
            MinValueValidator(Decimal("0.01"), "Enter a dose above 0 mg, like 20."),
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
    improvement_percent = models.PositiveSmallIntegerField(
        "how much better (%)",
        null=True,
        blank=True,
        validators=[MaxValueValidator(100, "Enter a percent from 0 to 100.")],
        help_text="For a partial response, if your prescriber can say: how much your score "
        "improved, like 20. Some plans count a trial as failed only at 25% or less.",
    )
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
        check_dates(self)
