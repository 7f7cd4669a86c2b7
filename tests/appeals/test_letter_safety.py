"""Hostile text in every field of a case: escaped as plain text in every letter, nothing fetched
outside static, no attachments, and rendering still succeeds."""

import io
import re
from pathlib import Path

import pytest
from django.db import models
from pypdf import PdfReader

from appeals.kinds import LETTER_KINDS
from appeals.pdf import STATIC_DIR, StaticOnlyFetcher, render_pdf
from appeals.services import build_letter, letter_html
from patients.models import Case
from tests.factories import AppealFactory, CaseFactory, fill_case

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "file:///etc/passwd",
    "red;background:url(file:///etc/passwd)",
    "<link rel=attachment href=file:///etc/passwd>",
    "http://127.0.0.1:5432/",
    "<style>@import url(http://169.254.169.254/)</style>",
    "W" * 5000,
    "\u202eevil\u202c right-to-left \u202doverride",
]
BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


class RecordingFetcher(StaticOnlyFetcher):
    def __init__(self):
        super().__init__()
        self.urls = []

    def fetch(self, url, headers=None):
        self.urls.append(url)
        return super().fetch(url, headers)


def poison(case, payload):
    """Put the payload in every free-text field of every row of the case."""
    rows = [
        case,
        case.policy,
        case.provider,
        *case.diagnoses.all(),
        *case.scores.all(),
        *case.treatments.all(),
        *case.contacts.all(),
        *case.claims.all(),
        *[line for claim in case.claims.all() for line in claim.lines.all()],
        *case.prior_authorizations.all(),
        *case.denials.all(),
        *case.aid_applications.all(),
    ]
    for row in rows:
        changes = {}
        for field in row._meta.get_fields():
            if isinstance(field, (models.CharField, models.TextField)) and not field.choices:
                limit = field.max_length if isinstance(field, models.CharField) else None
                changes[field.name] = payload[:limit] if limit else payload
        type(row).objects.filter(pk=row.pk).update(**changes)


def visible(text):
    """Text without white space, bidi controls, or the page footers a long word runs across."""
    return re.sub(r"Page\d+of\d+", "", "".join(text.translate(BIDI).split()))


@pytest.mark.parametrize("payload", PAYLOADS, ids=range(len(PAYLOADS)))
def test_hostile_text_is_printed_not_obeyed_in_every_letter(db, payload):
    case = fill_case(CaseFactory())
    AppealFactory(denial=case.denials.first(), outcome="upheld")
    poison(case, payload)
    case = Case.objects.with_step_data().get(pk=case.pk)
    for kind in LETTER_KINDS.values():
        fetcher = RecordingFetcher()
        if not kind.options(case):
            continue  # a kind for another plan type
        html = letter_html(kind, build_letter(kind, case, kind.options(case)[0])[1])
        assert "<script>" not in html and "<img" not in html and "<style>@import" not in html
        pdf = render_pdf(html, fetcher=fetcher)
        outside = [
            u
            for u in fetcher.urls
            if not Path(u.removeprefix("file://")).resolve().is_relative_to(STATIC_DIR)
        ]
        assert outside == [], (kind.slug, outside)
        reader = PdfReader(io.BytesIO(pdf))
        assert not reader.attachments, kind.slug
        text = visible(" ".join(p.extract_text() for p in reader.pages))
        assert visible(payload[:5])[:5] in text, kind.slug
        if kind.slug == "appeal":
            assert visible(payload) in text


def test_the_fetcher_refuses_everything_outside_static():
    fetcher = StaticOnlyFetcher()
    for url in (
        "http://example.org/x.css",
        "https://169.254.169.254/",
        "file:///etc/passwd",
        (STATIC_DIR / ".." / "manage.py").as_uri(),
        "data:text/css,body{}",
        "ftp://example.org/x",
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    response = fetcher.fetch((STATIC_DIR / "css" / "letter.css").as_uri())
    assert b"@page" in response.read()
