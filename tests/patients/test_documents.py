"""Documents kept with a case: added on their step after the file is checked, listed, downloaded
(never shown), deleted after a confirmation; another person's documents are 404 everywhere."""

import io
from html import unescape

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pypdf import PdfWriter

from patients import documents
from patients.models import Document

pytestmark = pytest.mark.django_db


def pdf_bytes(pages=2, password=None):
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)
    if password is not None:
        writer.encrypt(user_password=password, owner_password="owner-secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def png_bytes():
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(out, format="PNG")
    return out.getvalue()


def upload(name, data, content_type="application/pdf"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def add(client, case, step="appeal", data=None, **fields):
    form = {
        "document-kind": "denial_notice",
        "document-title": "Denial letter from Acme",
        "document-dated_on": "2026-10-01",
        **fields,
    }
    form["document-file"] = upload("denial.pdf", data if data is not None else pdf_bytes())
    return client.post(f"/cases/{case.pk}/steps/{step}/documents/add/", form)


def test_a_document_is_kept_listed_on_its_step_downloaded_and_deleted(patient_client, case):
    response = add(patient_client, case)
    assert response.status_code == 302
    assert response["Location"] == f"/cases/{case.pk}/steps/appeal/#documents"
    document = Document.objects.get(case=case)
    assert (document.file_type, document.pages) == ("application/pdf", 2)
    assert document.kind == "denial_notice"
    page = unescape(patient_client.get(response["Location"]).text)
    assert "Kept “Denial letter from Acme” with your case." in page
    assert f'href="/cases/{case.pk}/documents/{document.pk}/"' in page
    assert "Denial notice, dated Oct 1, 2026 · PDF, 2 pages" in page
    download = patient_client.get(f"/cases/{case.pk}/documents/{document.pk}/")
    assert download["Content-Type"] == "application/pdf"
    name = f"denial_notice-{document.pk}.pdf"
    assert download["Content-Disposition"] == f'attachment; filename="{name}"'
    assert "no-store" in download["Cache-Control"]
    assert download.content == bytes(document.data)
    delete_url = f"/cases/{case.pk}/documents/{document.pk}/delete/"
    assert "Delete “Denial letter from Acme”?" in unescape(patient_client.get(delete_url).text)
    assert Document.objects.filter(pk=document.pk).exists()  # asking is not deleting
    response = patient_client.post(delete_url)
    assert response["Location"] == f"/cases/{case.pk}/steps/appeal/#documents"
    assert not Document.objects.filter(pk=document.pk).exists()


def test_each_kind_is_shown_on_its_own_step(patient_client, case):
    add(patient_client, case, step="claims", **{"document-kind": "eob", "document-title": "EOB"})
    assert ">EOB</a>" in patient_client.get(f"/cases/{case.pk}/steps/claims/").text
    assert ">EOB</a>" not in patient_client.get(f"/cases/{case.pk}/steps/appeal/").text
    form = patient_client.get(f"/cases/{case.pk}/steps/plan/").text
    assert '<option value="plan_document" selected>' in form


def test_an_image_is_kept(patient_client, case):
    add(patient_client, case, data=png_bytes(), **{"document-title": "Photo of page 1"})
    assert Document.objects.get(case=case).file_type == "image/png"


@pytest.mark.parametrize(
    "data, said",
    [
        (b"", "The submitted file is empty"),
        (b"<html><script>alert(1)</script></html>", "isn't a PDF, PNG or JPEG"),
        (b"%PDF-1.7\nthis is not really a pdf", "This PDF can't be read"),
        (b"\x89PNG\r\n\x1a\nbroken", "This image can't be read"),
    ],
    ids=["empty", "html", "broken-pdf", "broken-png"],
)
def test_a_file_that_is_not_what_it_claims_is_refused_beside_the_field(
    patient_client, case, data, said
):
    response = add(patient_client, case, data=data, **{"document-title": "Kept title"})
    assert response.status_code == 200
    assert said in unescape(response.text)
    assert 'value="Kept title"' in response.text  # the other answers are kept
    assert "Error: " in response.text.split("<title>")[1]
    assert not Document.objects.exists()


def test_a_pdf_locked_to_open_is_refused_but_one_only_restricted_is_kept(patient_client, case):
    response = add(patient_client, case, data=pdf_bytes(password="open-sesame"))
    assert "This PDF is protected by a password" in unescape(response.text)
    assert add(patient_client, case, data=pdf_bytes(password="")).status_code == 302
    assert Document.objects.count() == 1


def test_size_and_count_are_capped(patient_client, case, monkeypatch):
    monkeypatch.setattr(documents, "MAX_BYTES", 100)
    response = add(patient_client, case)
    assert "This file is 0.0 MB; files of up to 0 MB can be kept" in unescape(response.text)
    monkeypatch.setattr(documents, "MAX_BYTES", 15 * 1024 * 1024)
    monkeypatch.setattr(documents, "DOCUMENTS_PER_CASE", 1)
    assert add(patient_client, case).status_code == 302
    assert "already keeps 1 documents" in unescape(add(patient_client, case).text)
    assert Document.objects.count() == 1


def test_documents_are_not_kept_on_steps_without_them(patient_client, case):
    assert add(patient_client, case, step="insurer").status_code == 404


def test_another_persons_documents_are_404_on_every_url_and_method(
    patient_client, case, other_patient, client
):
    add(patient_client, case)
    document = Document.objects.get()
    client.force_login(other_patient)
    for url in (
        f"/cases/{case.pk}/documents/{document.pk}/",
        f"/cases/{case.pk}/documents/{document.pk}/delete/",
        f"/cases/{case.pk}/steps/appeal/documents/add/",
    ):
        assert client.get(url).status_code == 404, url
        assert client.post(url).status_code == 404, url
    assert Document.objects.filter(pk=document.pk).exists()
