"""Documents kept with a case. A file is checked before it is kept: its type read from its
content (never from its name or what the browser says), its size capped, and the file opened as
what it claims to be. A file that fails is refused with a message saying what to do; nothing is
kept. Also: the form, and the step where each kind of document belongs."""

import hashlib
import io
import warnings
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from PIL import Image
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from .form_base import StepForm
from .models import Document

MAX_BYTES = 15 * 1024 * 1024
MAX_PAGES = 300
MAX_PIXELS = 60_000_000  # a 60-megapixel photo; past that Pillow's bomb check is an error
DOCUMENTS_PER_CASE = 200

# The first bytes of each type we keep.
SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)


@dataclass(frozen=True)
class CheckedFile:
    data: bytes
    file_type: str
    pages: int
    sha256: str


def sniff(data):
    """The file's type from its first bytes, or None. A PDF may start after a few bytes of
    junk, as readers allow, within its first kilobyte."""
    for signature, file_type in SIGNATURES:
        if data.startswith(signature):
            return file_type
    if b"%PDF-" in data[:1024]:
        return "application/pdf"
    return None


def check_file(upload):
    """The upload read and checked, or ValidationError with the message for the person."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            f"This file is {upload.size / 1024 / 1024:.1f} MB; files of up to "
            f"{MAX_BYTES // 1024 // 1024} MB can be kept. Scan at a lower resolution, or split it."
        )
    data = upload.read()  # never empty: the form field refuses an empty file first
    file_type = sniff(data)
    if file_type is None:
        raise ValidationError(
            "This isn't a PDF, PNG or JPEG file. Save or scan it as a PDF (or take a photo), "
            "then add it."
        )
    pages = _pdf_pages(data) if file_type == "application/pdf" else _check_image(data)
    return CheckedFile(data, file_type, pages, hashlib.sha256(data).hexdigest())


def _pdf_pages(data):
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            # Only a password to open it stops us; a PDF merely restricted by its owner opens.
            raise ValidationError(
                "This PDF is protected by a password. Save a copy without the password (or "
                "print it to PDF), then add that."
            )
        pages = len(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as problem:
        raise ValidationError(
            "This PDF can't be read; it may be damaged. Open it and save it again, or scan the "
            "paper, then add it."
        ) from problem
    if not 1 <= pages <= MAX_PAGES:
        raise ValidationError(f"PDFs of 1 to {MAX_PAGES} pages can be kept; this has {pages}.")
    return pages


def _check_image(data):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise ValidationError("This image is too large. Save it smaller, then add it.")
                image.verify()
    except ValidationError:
        raise
    except Exception as problem:  # Pillow raises many kinds for a broken image
        raise ValidationError(
            "This image can't be read; it may be damaged. Take the photo again, then add it."
        ) from problem
    return 1


# The step where each kind of document is shown and added, and the kind a step's form suggests.
STEP_OF_KIND = {
    "plan_document": "plan",
    "medical_record": "diagnosis",
    "prescriber_letter": "prior-authorization",
    "eob": "claims",
    "denial_notice": "appeal",
    "support_letter": "appeal",
    "other": "appeal",
}
SUGGESTED_KIND = {
    "plan": "plan_document",
    "diagnosis": "medical_record",
    "prior-authorization": "prescriber_letter",
    "claims": "eob",
    "appeal": "denial_notice",
}


def documents_for_step(case, step_slug):
    return [d for d in case.documents.all() if STEP_OF_KIND.get(d.kind) == step_slug]


class DocumentForm(StepForm):
    """Keeping a file with the case: the file is checked (patients/documents.py) before anything
    is saved; a refused file is said beside the field, and the other answers are kept."""

    file = forms.FileField(
        label="The file",
        help_text="A PDF, or a photo of the paper (JPEG or PNG), up to 15 MB.",
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,image/png,image/jpeg"}),
    )

    class Meta:
        model = Document
        fields = ["file", "kind", "title", "dated_on"]
        labels = {"title": "A name for it"}
        help_texts = {
            "title": "Like “Denial letter from Aetna” or “Dr. Lee's notes, March”.",
            "dated_on": "The date printed on it, if it has one.",
        }

    def clean_file(self):
        upload = self.cleaned_data["file"]
        self.checked = check_file(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        if self.case is not None and self.case.documents.count() >= DOCUMENTS_PER_CASE:
            raise forms.ValidationError(
                f"This case already keeps {DOCUMENTS_PER_CASE} documents, the most it can. "
                "Delete ones you no longer need, then add this one."
            )
        return cleaned

    def save_for(self, case, user, name, staff=False):
        checked = self.checked
        document = self.save(commit=False)
        document.case = case
        document.data = checked.data
        document.file_type = checked.file_type
        document.pages = checked.pages
        document.sha256 = checked.sha256
        document.size = len(checked.data)
        document.file_name = (self.cleaned_data["file"].name or "")[:200]
        document.added_by = user
        document.added_by_name = name
        document.added_by_staff = staff
        document.save()
        return document
