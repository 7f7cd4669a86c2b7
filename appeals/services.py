"""Letters, part three: render a letter and keep it as a new, immutable version."""

import hashlib

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.template.loader import render_to_string

from .kinds import Voice
from .limits import cap_lists, check_size
from .models import LetterVersion
from .rendering import render_letter_pdf

# Explicit bidi embedding, override and isolate controls: in a letter they can only disguise
# what the text says, so typed text is printed without them.
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
ARCHIVE_ATTEMPTS = 5


def letter_html(kind, context):
    return render_to_string(kind.template, {"letter": context})


def cover_html(kind, context, signer=None):
    """The page printed before a letter the patient sends: how to send it, what to attach, by
    when, what to keep. Said to the patient here, so the letter speaks only to its reader."""
    if signer is not None or not kind.sent_by_patient:
        return ""
    return render_to_string("appeals/letters/_cover.html", {"letter": context, "kind": kind})


def without_bidi_controls(value):
    if isinstance(value, str):
        return value.translate(BIDI_CONTROLS)
    if isinstance(value, dict):
        return {key: without_bidi_controls(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [without_bidi_controls(item) for item in value]
    return value


def build_letter(kind, case, target, signer=None):
    """(subject, context) for a letter kind and its target. A letter in a prescriber's voice
    that no clinician signs (the patient made it) is marked as a draft for the prescriber."""
    context = without_bidi_controls(kind.gather(case, target, signer=signer))
    context["left_out"] = cap_lists(context)
    context["draft_for_prescriber"] = kind.voice == Voice.PRESCRIBER and signer is None
    return kind.subject(target), context


def make_letter(kind, case, target, *, user=None, signer=None):
    """Render a new version of a letter and archive it; earlier versions stay as they were."""
    subject, context = build_letter(kind, case, target, signer=signer)
    html, cover = letter_html(kind, context), cover_html(kind, context, signer)
    check_size(html + cover)
    # Rendered before any transaction opens: no database lock is held while the PDF is made.
    pdf = render_letter_pdf(html, cover)
    return archive(kind.slug, case, target.key, subject, context, pdf, user)


def archive(slug, case, target_key, subject, context, pdf, user):
    """Keep a rendered PDF as the next version of its kind for its target."""
    for attempt in range(ARCHIVE_ATTEMPTS):
        try:
            with transaction.atomic():
                return _archive(slug, case, target_key, subject, context, pdf, user)
        except IntegrityError:
            # Someone made the same letter at the same moment and took this number: count again.
            if attempt == ARCHIVE_ATTEMPTS - 1:
                raise


def _archive(slug, case, target_key, subject, context, pdf, user):
    earlier = LetterVersion.objects.filter(case=case, kind=slug, target_key=target_key)
    number = (earlier.aggregate(n=Max("number"))["n"] or 0) + 1
    return LetterVersion.objects.create(
        case=case,
        kind=slug,
        target_key=target_key,
        subject=subject[:200],
        number=number,
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        context=context,
        created_by=user,
    )
