"""One appeal packet to send: the letter, a numbered list of exhibits, then each exhibit (the
patient's chosen documents, and summaries of the published sources the letter cites), every page
stamped with where it sits in the packet. Archived like a letter, with the list of what it held.

WeasyPrint renders only what we write (the letter, the list, the summaries, the stamps); pypdf
joins the pages. A document's pages come in as pages only: their links, scripts, form actions and
attachments stay behind, so nothing in a packet can act when it is opened."""

import io
from dataclasses import dataclass, field

from django.template.loader import render_to_string
from PIL import Image, ImageOps
from pypdf import PdfReader, PdfWriter, Transformation

from patients.knowledge.evidence import BY_KEY

from .kinds import LETTER_KINDS
from .limits import LetterNotMade, check_size
from .rendering import render_letter_pdf
from .services import archive, build_letter, letter_html

KIND = "appeal-packet"
# The letters that can lead a packet: those that ask a reviewer to decide on the record.
LEAD_KINDS = (
    "appeal",
    "medicare-redetermination",
    "medicare-reconsideration",
    "external-review",
    "fair-hearing",
)
MAX_PAGES = 400
# Page content we never carry over from a document: links and other annotations (a link can
# run a script or open a site), and actions run when a page opens or closes.
ACTIVE_PAGE_KEYS = ("/Annots", "/AA")
LETTER_PAGE = (612, 792)  # US Letter, in points


@dataclass
class Exhibit:
    number: int
    title: str
    detail: str
    pdf: bytes
    pages: int = field(default=0)


def lead_options(case):
    """(kind, target) for every letter that can lead a packet for this case."""
    return [
        (LETTER_KINDS[slug], target)
        for slug in LEAD_KINDS
        if slug in LETTER_KINDS
        for target in LETTER_KINDS[slug].options(case)
    ]


def document_pdf(document):
    """A kept document as PDF bytes: a PDF as it is, a photo turned upright and fitted to a page."""
    data = bytes(document.data)
    if document.file_type == "application/pdf":
        return data
    with Image.open(io.BytesIO(data)) as image:
        upright = ImageOps.exif_transpose(image).convert("RGB")
    # Printed 7.5 inches wide or 10 tall, whichever fits: a page a reader can read.
    dpi = max(upright.width / 7.5, upright.height / 10.0)
    out = io.BytesIO()
    upright.save(out, format="PDF", resolution=dpi)
    return out.getvalue()


def _reader(pdf):
    reader = PdfReader(io.BytesIO(pdf))
    if reader.is_encrypted:
        reader.decrypt("")  # only PDFs that open without a password are ever kept
    return reader


def sources_exhibit(references):
    """Summaries of the published sources the letter cites, as an exhibit's HTML."""
    listed = [
        {**r, "reviewed": BY_KEY[r["key"]].reviewed if r["key"] in BY_KEY else ""}
        for r in references
    ]
    return render_to_string("appeals/letters/_sources_exhibit.html", {"references": listed})


def make_packet(case, kind, target, documents, *, with_sources=True, user=None):
    """Render, assemble, stamp and archive a packet; its LetterVersion."""
    subject, context = build_letter(kind, case, target)
    html = letter_html(kind, context)
    check_size(html)
    letter = render_letter_pdf(html)
    exhibits = [
        Exhibit(n, d.title, _document_detail(d), document_pdf(d))
        for n, d in enumerate(documents, start=1)
    ]
    if with_sources and context.get("references"):
        exhibits.append(
            Exhibit(
                len(exhibits) + 1,
                "Summaries of the published sources cited in the letter",
                "Prepared for this appeal from each source's abstract or label",
                render_letter_pdf(sources_exhibit(context["references"])),
            )
        )
    readers = [_reader(e.pdf) for e in exhibits]
    for exhibit, reader in zip(exhibits, readers, strict=True):
        exhibit.pages = len(reader.pages)
    listing = render_letter_pdf(
        render_to_string(
            "appeals/letters/_exhibit_list.html",
            {"letter": context, "kind": kind, "exhibits": exhibits},
        )
    )
    pdf, labels = _assemble(_reader(letter), _reader(listing), exhibits, readers)
    return _archive(case, kind, target, subject, exhibits, pdf, len(labels), user)


def _document_detail(document):
    on = document.dated_on
    return document.get_kind_display() + (f", dated {on:%b} {on.day}, {on:%Y}" if on else "")


def _assemble(letter, listing, exhibits, readers):
    """The packet's pages in order, each stamped; (PDF bytes, the stamp of each page)."""
    writer = PdfWriter()
    labels = []
    for part, name in ((letter, "Letter"), (listing, "List of exhibits")):
        for i, page in enumerate(part.pages, start=1):
            writer.add_page(page)
            labels.append(f"{name}, page {i} of {len(part.pages)}")
    for exhibit, reader in zip(exhibits, readers, strict=True):
        for i, page in enumerate(reader.pages, start=1):
            # Taken off before the page is copied, so that what they point to isn't copied too.
            for key in ACTIVE_PAGE_KEYS:
                if key in page:
                    del page[key]
            writer.add_page(page)
            labels.append(f"Exhibit {exhibit.number}, page {i} of {exhibit.pages}")
    if len(labels) > MAX_PAGES:
        raise LetterNotMade(
            f"This packet would have {len(labels)} pages; packets of up to {MAX_PAGES} can be "
            "made. Choose fewer documents, or send the largest on its own."
        )
    stamps = _reader(render_letter_pdf(_stamps_html(labels)))
    for page, stamp in zip(writer.pages, stamps.pages, strict=True):
        _stamp(page, stamp)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), labels


def _stamps_html(labels):
    """One US Letter page per packet page, its mark at the top right (see _stamp)."""
    total = len(labels)
    marks = [{"n": n, "label": label, "total": total} for n, label in enumerate(labels, start=1)]
    return render_to_string("appeals/letters/_stamps.html", {"marks": marks})


def _stamp(page, stamp):
    """Lay a mark's page over a packet page, scaled down to a narrower page, its top right
    corner on the page's top right corner, whatever the page's size or origin."""
    box = page.mediabox
    width, height = float(box.width), float(box.height)
    scale = min(1.0, width / LETTER_PAGE[0])
    x = float(box.left) + width - LETTER_PAGE[0] * scale
    y = float(box.bottom) + height - LETTER_PAGE[1] * scale
    page.merge_transformed_page(stamp, Transformation().scale(scale).translate(x, y))


def _archive(case, kind, target, subject, exhibits, pdf, pages, user):
    context = {
        "letter": kind.slug,
        "pages": pages,
        "exhibits": [{"n": e.number, "title": e.title, "pages": e.pages} for e in exhibits],
    }
    return archive(KIND, case, target.key, f"Appeal packet: {subject}", context, pdf, user)
