"""Staff of a sharing clinic see the case's documents, add their own, download (audited) and
delete only what they added; anyone else gets 404."""

from html import unescape

from django.test import Client

from coverage_guide.models import AuditEvent
from patients.models import Document
from tests.factories import UserFactory
from tests.patients.test_documents import add, pdf_bytes, upload


def staff_add(client, case, **fields):
    form = {"document-kind": "prescriber_letter", "document-title": "Dr. Staff's letter", **fields}
    form["document-file"] = upload("letter.pdf", pdf_bytes(1))
    return client.post(f"/clinic/HARBOR1/cases/{case.pk}/documents/add/", form)


def test_staff_add_download_and_delete_their_own_documents_audited(staff_client, shared_case):
    response = staff_add(staff_client, shared_case)
    assert response["Location"] == f"/clinic/HARBOR1/cases/{shared_case.pk}/#documents"
    document = Document.objects.get(case=shared_case)
    assert document.added_by_staff and document.added_by_name == "Dr. Sam Staff"
    page = unescape(staff_client.get(f"/clinic/HARBOR1/cases/{shared_case.pk}/").text)
    assert "Dr. Staff's letter" in page and "Documents (1)" in page
    download = staff_client.get(f"/clinic/HARBOR1/cases/{shared_case.pk}/documents/{document.pk}/")
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment;")
    actions = list(AuditEvent.objects.values_list("action", flat=True))
    assert "add_document" in actions and "download_document" in actions
    # The patient sees it on its step, with the member's name.
    patient = Client()
    patient.force_login(shared_case.owner)
    step = unescape(patient.get(f"/cases/{shared_case.pk}/steps/prior-authorization/").text)
    assert "Dr. Staff's letter" in step and "by Dr. Sam Staff" in step
    staff_client.post(f"/clinic/HARBOR1/cases/{shared_case.pk}/documents/{document.pk}/delete/")
    assert not Document.objects.exists()
    assert AuditEvent.objects.filter(action="delete_document").exists()


def test_staff_cannot_delete_the_patients_documents(staff_client, shared_case):
    patient = Client()
    patient.force_login(shared_case.owner)
    add(patient, shared_case)
    document = Document.objects.get()
    url = f"/clinic/HARBOR1/cases/{shared_case.pk}/documents/{document.pk}/delete/"
    assert staff_client.post(url).status_code == 404
    assert Document.objects.filter(pk=document.pk).exists()


def test_a_refused_file_is_said_in_the_case_file_with_the_answers_kept(staff_client, shared_case):
    form = {"document-kind": "support_letter", "document-title": "Kept title"}
    form["document-file"] = upload("x.pdf", b"not a pdf at all")
    response = staff_client.post(f"/clinic/HARBOR1/cases/{shared_case.pk}/documents/add/", form)
    assert response.status_code == 200
    assert "isn't a PDF, PNG or JPEG" in unescape(response.text)
    assert 'value="Kept title"' in response.text
    assert not Document.objects.exists()


def test_no_one_else_reaches_a_cases_documents(shared_case, staff_client):
    staff_add(staff_client, shared_case)
    document = Document.objects.get()
    client = Client()
    client.force_login(UserFactory())  # signed in, not of the clinic, not the owner
    base = f"/clinic/HARBOR1/cases/{shared_case.pk}/documents"
    for url in (f"{base}/add/", f"{base}/{document.pk}/", f"{base}/{document.pk}/delete/"):
        assert client.get(url).status_code == 404, url
        assert client.post(url).status_code == 404, url
    for url in (
        f"/cases/{shared_case.pk}/documents/{document.pk}/",
        f"/cases/{shared_case.pk}/documents/{document.pk}/delete/",
    ):
        assert client.get(url).status_code == 404, url
    assert Document.objects.filter(pk=document.pk).exists()
