"""The case: one coverage journey, and the queries every view gets its cases through."""

from django.apps import apps
from django.conf import settings
from django.db import models

from ..choices import US_STATES, Treatment
from ..validators import not_in_future
from .fields import Versioned


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
        return self.select_related("owner", "policy", "provider").prefetch_related(
            "diagnoses",
            "scores",
            "treatments",
            "contacts",
            "claims__lines",
            "aid_applications",
            "prior_authorizations",
            models.Prefetch(
                "denials",
                queryset=apps.get_model("patients", "Denial").objects.select_related(
                    "prior_authorization", "claim"
                ),
            ),
            "denials__reasons",
            "denials__appeals",
            # The files themselves stay in the database until one is downloaded.
            models.Prefetch(
                "documents", queryset=apps.get_model("patients", "Document").objects.defer("data")
            ),
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
    street_address = models.CharField(
        "mailing address",
        max_length=200,
        blank=True,
        help_text="Where the insurer should write to you. Your letters print it.",
    )
    city = models.CharField(max_length=80, blank=True)
    state = models.CharField(max_length=2, choices=US_STATES, blank=True)
    zip_code = models.CharField("ZIP code", max_length=10, blank=True)
    phone = models.CharField(
        "phone", max_length=20, blank=True, help_text="For the insurer to reach you."
    )
    representative_name = models.CharField(
        "authorized representative's name",
        max_length=120,
        blank=True,
        help_text="Only if someone else (a family member, an advocate) signs appeals for the "
        "patient. Leave empty if the patient signs.",
    )
    representative_relationship = models.CharField(
        "their relationship to the patient",
        max_length=60,
        blank=True,
        help_text="Like “spouse”, “parent” or “patient advocate”.",
    )
    own_words = models.TextField(
        "in your own words: how this illness affects your life",
        max_length=3000,
        blank=True,
        help_text="Your work, family and daily life; what you can no longer do. Your appeal "
        "prints it as you write it.",
    )
    complaint = models.TextField(
        "what went wrong, for a complaint",
        max_length=3000,
        blank=True,
        help_text="What the plan did or failed to do, with dates: a decision that never came, "
        "a call not returned, papers you asked for and didn't get. The complaint letter adds "
        "the dates the app already knows.",
    )
    episode_started_on = models.DateField(
        "When did this episode of depression begin?",
        null=True,
        blank=True,
        validators=[not_in_future],
        help_text="An approximate date is fine. Insurers count only treatments tried in the "
        "current episode.",
    )
    reminders = models.BooleanField(
        "email me before my deadlines",
        default=True,
        help_text="At 14, 7 and 2 days before each deadline you own, and on the day. The email "
        "says only that a deadline is coming, with a link: no health details.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]

    def __str__(self):
        return self.nickname or self.get_treatment_display()
