"""Letters, part three: render a letter and keep it as a new, immutable version."""

import hashlib
from datetime import date

from django.db import transaction
from django.db.models import Max
from django.template.loader import render_to_string

from .letters import fmt_date
from .models import LetterVersion
from .rendering import render_letter_pdf


def letter_html(kind, context):
    return render_to_string(kind.template, {"letter": context})


def claims_between(case, start, end):
    return [c for c in case.claims.all() if start <= c.service_date <= end and c.lines.all()]


# Explicit bidi embedding, override and isolate controls: in a letter they can only disguise
# what the text says, so typed text is printed without them.
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def without_bidi_controls(value):
    if isinstance(value, str):
        return value.translate(BIDI_CONTROLS)
    if isinstance(value, dict):
        return {key: without_bidi_controls(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [without_bidi_controls(item) for item in value]
    return value


def build_letter(kind, case, *, denial=None, claim=None, period=None, signer=None):
    """(subject, context) for a letter kind and its target."""
    claims = [claim] if claim else (claims_between(case, *period) if period else [])
    context = without_bidi_controls(kind.build(case, denial=denial, claims=claims, signer=signer))
    subject = kind.title
    if denial is not None:
        subject += (
            f" for the {denial.get_reason_display().lower()} denial of "
            f"{fmt_date(denial.notice_date)}"
        )
    elif claim is not None:
        subject += f" for the claim of {fmt_date(claim.service_date)}"
    elif period:
        subject += f" for {fmt_date(period[0])} to {fmt_date(period[1])}"
    return subject, context


def make_letter(kind, case, *, user=None, denial=None, claim=None, period=None, signer=None):
    """Render a new version of a letter and archive it; earlier versions stay as they were."""
    subject, context = build_letter(
        kind, case, denial=denial, claim=claim, period=period, signer=signer
    )
    # Rendered before the transaction opens: no database lock is held while the PDF is made.
    pdf = render_letter_pdf(letter_html(kind, context))
    with transaction.atomic():
        return _archive(kind, case, subject, context, pdf, user, denial, claim)


def _archive(kind, case, subject, context, pdf, user, denial, claim):
    earlier = LetterVersion.objects.filter(
        case=case, kind=kind.slug, denial=denial, claim=claim, subject=subject
    )
    number = (earlier.aggregate(n=Max("number"))["n"] or 0) + 1
    return LetterVersion.objects.create(
        case=case,
        kind=kind.slug,
        denial=denial,
        claim=claim,
        subject=subject,
        number=number,
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        context=context,
        created_by=user,
    )


def parse_period(start, end):
    """A (start, end) date range from ISO strings, or None if either is missing or invalid."""
    try:
        first, last = date.fromisoformat(start), date.fromisoformat(end)
    except (TypeError, ValueError):
        return None
    return (first, last) if first <= last else None
