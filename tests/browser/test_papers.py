"""As a patient would, in Chromium: keep the denial notice and a photo with the case, make the
appeal packet from them and download it, then download everything and delete the case. No serious
accessibility problem on the pages used. (Without JavaScript the same forms are plain posts:
tests/patients/test_documents.py, tests/appeals/test_packet.py.)"""

import io
import zipfile

import pytest
from pypdf import PdfReader

from tests.browser.conftest import axe_violations
from tests.factories import PASSWORD, CaseFactory, UserFactory, fill_case
from tests.patients.test_documents import pdf_bytes, png_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def signed_in(make_page, javascript):
    user = UserFactory()
    case = fill_case(CaseFactory(owner=user))
    page = make_page(javascript=javascript)
    page.goto("/accounts/login/")
    page.fill("#id_username", user.email)
    page.fill("#id_password", PASSWORD)
    page.click("button:has-text('Sign in')")
    page.wait_for_load_state("networkidle")
    return page, case


def keep(page, case, name, data, mime, title, kind):
    page.goto(f"/cases/{case.pk}/steps/appeal/")
    summary = page.locator("summary:has-text('Keep a document')")
    if page.locator("details.add-document[open]").count() == 0:
        summary.click()
    page.set_input_files("#id_document-file", {"name": name, "mimeType": mime, "buffer": data})
    page.select_option("#id_document-kind", kind)
    page.fill("#id_document-title", title)
    page.click("button:has-text('Keep this document')")
    page.wait_for_load_state("networkidle")


def test_papers_into_a_packet_then_everything_out_and_the_case_deleted(make_page):
    page, case = signed_in(make_page, javascript=True)
    keep(
        page, case, "denial.pdf", pdf_bytes(2), "application/pdf", "Denial letter", "denial_notice"
    )
    assert page.get_by_role("link", name="Denial letter", exact=True).is_visible()
    keep(page, case, "note.png", png_bytes(), "image/png", "Sister's letter", "support_letter")
    # A file that isn't one of ours is said beside the field; the title typed is kept.
    keep(page, case, "x.txt", b"hello", "text/plain", "Not a letter", "other")
    field = page.locator("#documents .field--error", has=page.locator("#id_document-file"))
    assert "isn't a PDF, PNG or JPEG" in field.inner_text()
    assert page.input_value("#id_document-title") == "Not a letter"
    assert page.title().startswith("Error:")
    assert axe_violations(page) == []
    page.goto(f"/cases/{case.pk}/steps/appeal/")
    packet = page.locator("#packet")
    assert packet.get_by_label("Denial letter").is_checked()
    with page.expect_navigation():
        packet.get_by_role("button", name="Make the packet").click()
    link = page.locator("#packet a[download]").first
    with page.expect_download() as downloaded:
        link.click()
    reader = PdfReader(downloaded.value.path())
    pages = [p.extract_text() for p in reader.pages]
    # The notice first, then the support letter.
    assert any("Exhibit 1, page 2 of 2" in t for t in pages)
    assert any("Exhibit 2, page 1 of 1" in t for t in pages)
    assert axe_violations(page) == []
    # Everything out, then the case deleted.
    page.goto(f"/cases/{case.pk}/export/")
    page.fill("#id_password", PASSWORD)
    with page.expect_download() as archive:
        page.click("button:has-text('Download the zip')")
    names = zipfile.ZipFile(io.BytesIO(open(archive.value.path(), "rb").read())).namelist()
    assert "case.json" in names and any(n.startswith("documents/") for n in names)
    page.goto(f"/cases/{case.pk}/delete/")
    assert axe_violations(page) == []
    page.fill("#id_password", PASSWORD)
    page.click("button:has-text('Delete the case for good')")
    page.wait_for_load_state("networkidle")
    assert "and everything in it" in page.content()
    assert type(case).objects.filter(pk=case.pk).count() == 0
