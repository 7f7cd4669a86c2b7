"""The letter archive: every letter exactly as it was made."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from coverage_guide.crypto import EncryptedBinaryField, EncryptedJSONField
from patients.models import Case


class LetterVersion(models.Model):
    """One generated letter, kept exactly as rendered: never changed, only superseded."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="letters")
    kind = models.CharField(max_length=30)
    target_key = models.CharField(
        max_length=60,
        blank=True,
        default="",
        help_text="What it was made for, e.g. “denial:12”, “range:2026-01-01/2026-03-31”; "
        "empty for the case as a whole.",
    )
    subject = models.CharField(max_length=200, help_text="What the letter is about.")
    number = models.PositiveIntegerField("version")
    # Encrypted at rest (coverage_guide/crypto.py); the SHA-256 is of the PDF itself.
    pdf = EncryptedBinaryField(editable=False)
    sha256 = models.CharField("SHA-256", max_length=64, editable=False)
    context = EncryptedJSONField(editable=False, help_text="The data the letter was built from.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(number__gte=1), name="appeals_letterversion_number_positive"
            ),
            models.UniqueConstraint(
                fields=["case", "kind", "target_key", "number"],
                name="appeals_one_number_per_letter_version",
            ),
        ]

    def __str__(self):
        return f"{self.subject}, version {self.number}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("A letter version is never changed; make a new version instead.")
        super().save(*args, **kwargs)


class DenialDraft(models.Model):
    """What the denial reader found in a letter, kept until the person confirms it and builds
    the appeal from it, or until it expires. The letter's file is kept only if they ask."""

    LIFETIME_HOURS = 72

    token = models.CharField(max_length=43, unique=True, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="denial_drafts",
        help_text="Empty while the person who uploaded it has not signed in.",
    )
    findings = EncryptedJSONField(help_text="The reader's findings, each with its sentence.")
    files = EncryptedJSONField(default=list, help_text="Kept files' names and types, if asked.")
    data = EncryptedBinaryField(
        null=True, blank=True, help_text="The kept files, one after another."
    )
    keep_file = models.BooleanField(default=False)
    source = models.CharField(max_length=20, help_text="pasted text, PDF, photos")
    pages = models.PositiveSmallIntegerField(default=0)
    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, null=True, blank=True, related_name="denial_drafts"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Denial read {self.created_at:%Y-%m-%d %H:%M}"
