"""Papers kept with a case: the denial notice, explanations of benefits, records, plan pages,
letters from the prescriber or from people who support the patient."""

from django.conf import settings
from django.db import models

from coverage_guide.crypto import EncryptedBinaryField

from .case import Case


class Document(models.Model):
    """One file, kept as it was sent after its type was read from its content and the file was
    checked (patients/documents.py). Never shown in a page: only downloaded."""

    class Kind(models.TextChoices):
        DENIAL_NOTICE = "denial_notice", "Denial notice"
        EOB = "eob", "Explanation of benefits"
        MEDICAL_RECORD = "medical_record", "Medical record"
        PLAN_DOCUMENT = "plan_document", "Plan document"
        PRESCRIBER_LETTER = "prescriber_letter", "Letter from the prescriber"
        SUPPORT_LETTER = "support_letter", "Letter of support"
        OTHER = "other", "Something else"

    class FileType(models.TextChoices):
        PDF = "application/pdf", "PDF"
        PNG = "image/png", "PNG image"
        JPEG = "image/jpeg", "JPEG image"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField("What it is", max_length=30, choices=Kind)
    title = models.CharField(max_length=200)
    dated_on = models.DateField("Date on it", null=True, blank=True)
    file_type = models.CharField(max_length=30, choices=FileType)
    file_name = models.CharField(max_length=200, blank=True)
    size = models.PositiveIntegerField()
    pages = models.PositiveIntegerField(default=1)
    sha256 = models.CharField(max_length=64)
    data = EncryptedBinaryField()  # encrypted at rest; the SHA-256 is of the file itself
    added_at = models.DateTimeField(auto_now_add=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # Who added it, as the patient and the clinic see it ("you", or a staff member's name).
    added_by_name = models.CharField(max_length=200, blank=True)
    added_by_staff = models.BooleanField(default=False)

    class Meta:
        ordering = ["-dated_on", "-added_at", "-pk"]
        indexes = [models.Index(fields=["case", "kind"])]

    def __str__(self):
        return self.title

    @property
    def extension(self):
        return {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg"}[self.file_type]
