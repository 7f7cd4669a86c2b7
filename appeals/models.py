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
