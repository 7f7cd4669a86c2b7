"""Times each letter kind for the demo case against a bare WeasyPrint document of the same page
count, rendered in the same run: a benchmark that prints figures, never a test."""

import io
import statistics
import time
from datetime import timedelta
from html import escape

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.utils.html import strip_tags
from weasyprint import HTML

from appeals import packet
from appeals.kinds import LETTER_KINDS
from appeals.pdf import render_document, render_pdf
from appeals.services import build_letter, cover_html, letter_html
from patients.demo import DEMO_PATIENT_EMAIL
from patients.models import Appeal, Case, Document, PriorAuthorization

from . import record

BUDGET_MS = 400
BUDGET_RATIO = 1.5


def blank_pdf(pages):
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def photo():
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (2400, 3200), "#f2f2f2").save(out, format="JPEG", quality=85)
    return out.getvalue()


def keep(case, title, data, file_type="application/pdf"):
    return Document.objects.create(
        case=case,
        kind="medical_record",
        title=title,
        file_type=file_type,
        size=len(data),
        sha256="0" * 64,
        data=data,
    )


WARM_UP = '<html lang="en"><head><title>Ready</title></head><body><p>Ready.</p></body></html>'


def bare_html(pages, text=""):
    """A bare document to compare with: the letter's own words as plain paragraphs, split over
    the same number of pages (or one word a page without `text`)."""
    words = text.split() or ["Page"]
    size = -(-len(words) // pages)
    chunks = [" ".join(words[i * size : (i + 1) * size]) for i in range(pages)]
    return (
        "".join(f'<p style="break-after: page">{escape(c)}</p>' for c in chunks[:-1])
        + f"<p>{escape(chunks[-1])}</p>"
    )


def median_ms(work, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _as_plan(plan_type, level):
    """The demo case under another plan type, its first appeal lost at that plan's level."""

    def change(case):
        case.policy.plan_type = plan_type
        case.policy.save()
        Appeal.objects.filter(denial__case=case).update(level=level, outcome="upheld")
        return plan_type

    return change


def _approved(case):
    """The demo case's request approved for four weeks (for the renewal request)."""
    request = case.prior_authorizations.first()
    start = request.decided_on or request.submitted_on
    PriorAuthorization.objects.filter(pk=request.pk).update(
        decision="approved", approved_from=start, approved_until=start + timedelta(days=28)
    )
    return "approved"


# Changes to the throwaway demo case that let it make the kinds it can't as seeded.
VARIANTS = (_as_plan("medicaid", "internal_1"), _as_plan("medicare", "redetermination"), _approved)


class Command(BaseCommand):
    help = "Benchmark letter rendering (median ms) against a bare document of the same length."
    stealth_options = ("budgets",)

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=15)

    def handle(self, *args, runs, **options):
        call_command("seed_demo", stdout=open("/dev/null", "w"))
        case = Case.objects.with_step_data().get(
            owner__email=DEMO_PATIENT_EMAIL, nickname__contains="demo"
        )
        if not LETTER_KINDS["external-review"].options(case):
            # This runs on a throwaway database: lose an internal appeal so that an external
            # review request can be measured too.
            denial = case.denials.first()
            Appeal.objects.create(
                denial=denial,
                level="internal_2",
                outcome="upheld",
                filed_on=denial.notice_date,
                decided_on=denial.notice_date,
            )
            case = Case.objects.with_step_data().get(pk=case.pk)
        render_pdf(WARM_UP)  # load fonts once, outside the timings
        self.stdout.write(
            f"Letters for the demo case, median of {runs} runs (database: {connection.vendor})"
        )
        header = (
            f"{'letter':<36}{'pages':>6}{'letter ms':>11}{'words ms':>10}{'ratio':>7}"
            f"{'markup ms':>11}{'ratio':>7}{'empty ms':>10}  budget (<= {BUDGET_MS} ms, "
            f"<= {BUDGET_RATIO}x markup)"
        )
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        later = []
        for kind in LETTER_KINDS.values():
            found = kind.options(case)
            if not found:
                later.append(kind)
                continue
            self.measure(options, kind.slug, kind, case, found[0], runs)
        # The same appeal for a patient whose name is written in Han characters: the fonts
        # for other scripts must not make a letter slow (this database is a throwaway).
        Case.objects.filter(pk=case.pk).update(patient_name="王小明")
        case = Case.objects.with_step_data().get(pk=case.pk)
        kind = LETTER_KINDS["appeal"]
        self.measure(options, "appeal, CJK name", kind, case, kind.options(case)[0], runs)
        # Kinds the demo case can't make as seeded (the fair hearing, Medicare's requests, the
        # renewal): the same case changed so that it can.
        for variant in VARIANTS:
            name = variant(case)
            case = Case.objects.with_step_data().get(pk=case.pk)
            for kind in [k for k in later if k.options(case)]:
                later.remove(kind)
                label = f"{kind.slug} ({name})"
                self.measure(options, label, kind, case, kind.options(case)[0], runs)
        for kind in later:
            self.stdout.write(f"{kind.slug:<36} (nothing to make it for in the demo case)")
        self.time_packet(case, runs)
        self.stdout.write(
            "letter: built from the case and rendered as the app does (its stylesheet, fetcher "
            "and fonts). Bare WeasyPrint documents, each with WeasyPrint's defaults and no "
            "stylesheet, the same page count: words = the letter's words as plain paragraphs; "
            "markup = the letter's own HTML, tables included; empty = one word a page."
        )

    def time_packet(self, case, runs):
        """A 20-page appeal packet: the letter, the list, documents as exhibits (a 6-page PDF
        of records, a photo, and the rest a scanned-size PDF), all stamped."""
        kind, target = packet.lead_options(case)[0]
        letter_pages = len(
            render_document(letter_html(kind, build_letter(kind, case, target)[1])).pages
        )
        documents = [
            keep(case, "Records", blank_pdf(6)),
            keep(case, "Photo of the notice", photo(), "image/jpeg"),
        ]
        rest = 20 - letter_pages - 1 - 6 - 1
        if rest > 0:
            documents.append(keep(case, "Plan pages", blank_pdf(rest)))
        made = packet.make_packet(case, kind, target, documents, with_sources=False)
        ms = median_ms(
            lambda: packet.make_packet(case, kind, target, documents, with_sources=False), runs
        )
        self.stdout.write(
            f"{'appeal packet':<36}{made.context['pages']:>6}{ms:>11.1f}  (letter, list of "
            f"exhibits and {len(documents)} documents, every page stamped; no budget set)"
        )

    def measure(self, options, label, kind, case, target, runs):
        """One row: the letter as the app renders it, against bare WeasyPrint documents."""

        def letter():
            context = build_letter(kind, case, target)[1]
            return render_pdf(letter_html(kind, context), cover=cover_html(kind, context))

        html = letter_html(kind, build_letter(kind, case, target)[1])
        pages = len(render_document(html).pages)
        letter_ms = median_ms(letter, runs)
        words = bare_html(pages, strip_tags(html))
        words_ms = median_ms(lambda: HTML(string=words).write_pdf(), runs)
        markup_ms = median_ms(lambda: HTML(string=html).write_pdf(), runs)
        empty_ms = median_ms(lambda: HTML(string=bare_html(pages)).write_pdf(), runs)
        ratio = letter_ms / markup_ms
        met = letter_ms <= BUDGET_MS and ratio <= BUDGET_RATIO
        self.stdout.write(
            f"{label:<36}{pages:>6}{letter_ms:>11.1f}{words_ms:>10.1f}{letter_ms / words_ms:>7.2f}"
            f"{markup_ms:>11.1f}{ratio:>7.2f}{empty_ms:>10.1f}  {'met' if met else 'MISSED'}"
        )
        record(
            options,
            f"letter {label} ({pages} p.)",
            f"{letter_ms:.0f} ms, {ratio:.2f}x markup",
            f"<= {BUDGET_MS} ms, <= {BUDGET_RATIO}x",
            met,
        )
