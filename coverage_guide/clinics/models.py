"""What a clinic holds on a case: the patient's consent to share it, staff notes, and the
summary its work queue sorts on. Their tables keep the names they had in the patients app."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from coverage_guide.models import Clinic, Membership
from patients.models import Case


class CaseShareQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class CaseShare(models.Model):
    """The patient's consent for one clinic to see and work on the case, until revoked."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="shares")
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="shares")
    consented_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    consented_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    # Who at the clinic works this case: set from the queue, one case or many at once.
    assignee = models.ForeignKey(
        Membership,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_shares",
    )

    objects = CaseShareQuerySet.as_manager()

    class Meta:
        ordering = ["-consented_at"]
        db_table = "patients_caseshare"
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
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    author_label = models.CharField(max_length=200)
    body = models.TextField("note", max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        db_table = "patients_staffnote"

    def __str__(self):
        return f"Note by {self.author_label} on {self.created_at:%Y-%m-%d}"


class CaseSummary(models.Model):
    """What a clinic's work queue sorts and filters on, recomputed from the case on every
    change (summary.py). Derived data kept for querying, never entered by anyone."""

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
        db_table = "patients_casesummary"

    def __str__(self):
        return f"Summary of {self.case}"


class CaseSeen(models.Model):
    """When a staff member last opened a case's file: the queue marks what changed since."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="+")
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="+")
    seen_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["membership", "case"], name="clinics_one_seen_per_case")
        ]

    def __str__(self):
        return f"{self.membership} saw {self.case} at {self.seen_at:%Y-%m-%d %H:%M}"
