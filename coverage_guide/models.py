"""Accounts: a person who signs in with an email address."""

from zoneinfo import available_timezones

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


def valid_time_zone(value):
    if value not in available_timezones():
        raise ValidationError("Choose a time zone from the list.", code="time_zone")


class User(AbstractUser):
    """Someone who signs in: a patient, a caregiver, or (later) clinic staff."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField("email address", unique=True)
    full_name = models.CharField("full name", max_length=150, blank=True)
    time_zone = models.CharField(
        "time zone",
        max_length=64,
        default="America/New_York",
        validators=[valid_time_zone],
        help_text="Dates, times and “on the day” reminders follow it.",
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        ordering = ["email"]

    def __str__(self):
        return self.email

    def get_full_name(self):
        return self.full_name or self.email

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email


class Clinic(models.Model):
    """A treating clinic whose staff help the patients who share their case with it."""

    name = models.CharField(max_length=120)
    code = models.CharField(
        "clinic code",
        max_length=12,
        unique=True,
        help_text="Patients type this to share their case with the clinic.",
    )
    require_two_factor = models.BooleanField(
        "require two-factor sign-in",
        default=False,
        help_text="Everyone on the staff types a code from an authenticator app (or a recovery "
        "code) after their password before opening the clinic's pages.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(removed_at__isnull=True, user__is_active=True)


class Membership(models.Model):
    """A person on a clinic's staff, with the details their letters are signed with."""

    class Role(models.TextChoices):
        ADMIN = "admin", "Clinic admin"
        STAFF = "staff", "Staff"

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=10, choices=Role, default=Role.STAFF)
    display_name = models.CharField("name on letters", max_length=120, blank=True)
    credentials = models.CharField(max_length=40, blank=True, help_text="Like MD or PMHNP.")
    npi = models.CharField("NPI", max_length=10, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    removed_at = models.DateTimeField(null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["clinic", "display_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["clinic", "user"], name="coverage_guide_one_membership_per_clinic"
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.get_role_display()}, {self.clinic})"

    @property
    def name(self):
        return self.display_name or self.user.get_full_name()

    @property
    def is_admin(self):
        return self.role == self.Role.ADMIN

    def signer(self):
        """The signature block for letters this person makes."""
        return {
            "clinic": self.clinic.name,
            "prescriber": self.name,
            "credentials": self.credentials,
            "npi": self.npi,
        }


class Invite(models.Model):
    """A single-use, expiring link that makes its holder a member of a clinic."""

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="invites")
    token = models.CharField(max_length=64, unique=True)
    role = models.CharField(max_length=10, choices=Membership.Role, default=Membership.Role.STAFF)
    email = models.EmailField("for", blank=True, help_text="Optional: whom it is meant for.")
    created_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    used_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Invite to {self.clinic} ({self.get_role_display()})"


class AuditEvent(models.Model):
    """Who did what to which case, when, from where, and whether it was allowed.

    Never the values themselves: only what was touched. Append-only from the app."""

    class Outcome(models.TextChoices):
        ALLOWED = "allowed", "Allowed"
        DENIED = "denied", "Denied"

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    # The rows are sealed against change in the database (coverage_guide/audit_seal.py), so the
    # person and the clinic are kept as plain ids that deleting them leaves as they were (no
    # constraint, nothing set to NULL); who they were is kept as words beside them.
    actor = models.ForeignKey(
        User,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
    )
    actor_label = models.CharField(max_length=200, blank=True)
    clinic = models.ForeignKey(
        Clinic,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="audit_events",
    )
    # Kept as written when the event happened, so the patient still sees who it was.
    clinic_code = models.CharField(max_length=20, blank=True, db_index=True)
    clinic_name = models.CharField(max_length=120, blank=True)
    case_id = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)
    action = models.CharField(max_length=40)
    target = models.CharField(
        max_length=120, blank=True, help_text="What was touched, e.g. “claim 12 status”."
    )
    method = models.CharField(max_length=10, blank=True)
    path = models.CharField(max_length=300, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    outcome = models.CharField(max_length=10, choices=Outcome, default=Outcome.ALLOWED)

    ACTIONS = {
        "view_case_file": "opened the case file",
        "generate_letter": "made a letter",
        "download_letter": "downloaded a letter",
        "add_document": "added a document",
        "download_document": "downloaded a document",
        "delete_document": "deleted a document",
        "delete_case": "deleted the case",
        "export_case": "downloaded the case's archive",
        "delete_account": "deleted their account",
        "update_status": "recorded a decision or status",
        "add_note": "added an internal note",
        "assign_case": "assigned the case",
        "open_case": "tried to open the case",
        "share_case": "shared the case",
        "revoke_share": "stopped sharing the case",
        "invite_staff": "invited staff",
        "revoke_invite": "revoked an invite",
        "view_queue": "viewed the work queue",
        "admin_read": "read patient data in the admin",
        "remove_staff": "removed staff",
        "join_clinic": "joined the clinic",
        "open_clinic": "tried to open a clinic page",
        "admin_page": "tried to open an admin page",
    }

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} ({self.outcome})"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Audit events are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Audit events are append-only.")

    @property
    def description(self):
        return self.ACTIONS.get(self.action, self.action.replace("_", " "))
