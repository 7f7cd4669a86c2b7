"""Rendering letters to PDF: the only module that imports WeasyPrint.

Every HTML() and CSS() gets a deny-by-default URL fetcher that serves only the app's own static
files: no http(s), no data: or file:// outside static, no redirects."""

import functools
import mimetypes
import ssl
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from coverage_guide.stack import run_on_reserved_stack

STATIC_DIR = Path(settings.BASE_DIR, "static").resolve()
LETTER_CSS = STATIC_DIR / "css" / "letter.css"

# URLFetcher's base class builds an HTTPS handler; left to itself it loads the system's CA
# certificates for every document (~17 ms). This fetcher never speaks HTTPS, so it gets a bare
# context with no certificates, made once.
_NO_TLS = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class StaticOnlyFetcher(URLFetcher):
    """Serves files under the static folder and refuses everything else."""

    def __init__(self):
        super().__init__(ssl_context=_NO_TLS, allowed_protocols=("file",), allow_redirects=False)

    def fetch(self, url, headers=None):
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            raise ValueError(f"Blocked: {url[:80]}")
        path = Path(unquote(parts.path)).resolve()
        if not path.is_relative_to(STATIC_DIR) or not path.is_file():
            raise ValueError(f"Blocked: {url[:80]}")
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": content_type})


@functools.cache
def _stylesheet(modified):
    return CSS(filename=str(LETTER_CSS), url_fetcher=StaticOnlyFetcher())


def letter_stylesheet():
    """The letter stylesheet, parsed once per version of the file (parsing costs ~25 ms)."""
    return _stylesheet(LETTER_CSS.stat().st_mtime_ns)


_local = threading.local()


def font_config():
    """This thread's font configuration: Pango's font map and its caches outlive one letter, so
    fonts are looked up once per thread instead of once per document."""
    if not hasattr(_local, "fonts"):
        _local.fonts = FontConfiguration()
    return _local.fonts


def render_document(html, fetcher=None):
    """The laid-out letter, fetching only static files."""
    document = HTML(
        string=html, base_url=STATIC_DIR.as_uri() + "/", url_fetcher=fetcher or StaticOnlyFetcher()
    )
    return document.render(
        stylesheets=[letter_stylesheet()], presentational_hints=False, font_config=font_config()
    )


def render_pdf(html, fetcher=None, cover=""):
    """The PDF bytes for a letter's HTML, styled by the letter stylesheet, after its cover
    sheet when it has one (each numbers its own pages)."""
    # Layout recurses deeply: on a stack chunk of its own it never thrashes CPython's frame
    # allocator, whatever the caller's depth (coverage_guide/stack.py).
    return run_on_reserved_stack(_write_pdf, html, fetcher, cover)


def _write_pdf(html, fetcher, cover):
    letter = render_document(html, fetcher)
    if cover:
        letter = letter.copy([*render_document(cover, fetcher).pages, *letter.pages])
    # Tagged for screen readers (PDF/UA-1): a structure tree with table headers marked, the
    # document's title shown and its language stated, from the letter's <title> and lang.
    return letter.write_pdf(pdf_variant="pdf/ua-1")
