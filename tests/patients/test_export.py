"""A patient downloads one archive of a case (or of all their cases) after typing their password
again: every record as documented JSON, every letter's PDF, every kept document, the access log."""

import io
import json
import zipfile
from datetime import timedelta
from html import unescape

import pytest
from django.apps import apps
from django.utils import timezone

from appeals.models import DenialDraft
from coverage_guide.models import AuditEvent
from patients.models import Document, ReminderMail
from tests.factories import CaseFactory, DocumentFactory, fill_case

pytestmark = pytest.mark.django_db

# Where each model's rows are in case.json: a list key, or a path through nested lists.
WHERE = {
    "patients.Case": "case",
    "patients.InsurancePolicy": "policy",
    "patients.TreatingProvider": "provider",
    "patients.Diagnosis": "diagnoses",
    "patients.SymptomScore": "scores",
    "patients.PriorTreatment": "treatments",
    "patients.InsurerContact": "contacts",
    "patients.PriorAuthorization": "prior_authorizations",
    "patients.Claim": "claims",
    "patients.ClaimLine": "claims.lines",
    "patients.Denial": "denials",
    "patients.DenialReason": "denials.reasons",
    "patients.Appeal": "denials.appeals",
    "patients.AidApplication": "aid_applications",
    "patients.ReminderMail": "reminders_sent",
    "patients.Document": "documents",
    "appeals.LetterVersion": "letters",
    "appeals.DenialDraft": "denial_readings",
}


def count(data, path):
    head, _, rest = path.partition(".")
    value = data[head]
    if not rest:
        return len(value) if isinstance(value, list) else int(value is not None)
    return sum(len(item[rest]) for item in value)


@pytest.fixture
def seeded(patient_client, patient):
    case = fill_case(CaseFactory(owner=patient), rows=2)
    DocumentFactory(case=case, title="Denial notice")
    ReminderMail.objects.create(
        key=f"{case.pk}:x", case=case, due="2026-12-01", threshold="7", claimed_at=timezone.now()
    )
    AuditEvent.objects.create(
        action="view_case_file",
        case_id=case.pk,
        actor_label="Sam Staff",
        clinic_code="HARBOR1",
        clinic_name="Harbor Clinic",
    )
    DenialDraft.objects.create(
        token="d" * 43,
        owner=patient,
        case=case,
        findings={"insurer": {"value": "Aetna", "sentence": "Aetna", "sureness": "sure"}},
        source="pasted text",
        expires_at=timezone.now() + timedelta(days=3),
    )
    made = patient_client.post(f"/cases/{case.pk}/letters/call-script/new/")
    assert made.status_code == 302
    return case


def open_zip(response):
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment;")
    return zipfile.ZipFile(io.BytesIO(response.content))


def test_the_archive_holds_every_record_as_documented(patient_client, password, seeded):
    page = unescape(patient_client.get(f"/cases/{seeded.pk}/export/").text)
    assert "internal notes about your case belong to the clinic" in page
    response = patient_client.post(f"/cases/{seeded.pk}/export/", {"password": password})
    archive = open_zip(response)
    data = json.loads(archive.read("case.json"))
    assert data["schema"] == "coverage-guide-case/1"
    ours = {
        m._meta.label for m in apps.get_models() if m._meta.app_label in ("patients", "appeals")
    }
    assert ours == set(WHERE)  # a new model must say where it goes in the archive
    for label, path in WHERE.items():
        assert count(data, path) == apps.get_model(label).objects.count(), label
    assert data["case"]["patient_name"] == seeded.patient_name
    # Files are where the JSON says, byte for byte.
    for letter in data["letters"]:
        assert archive.read(letter["file"]) == bytes(seeded.letters.get(pk=letter["id"]).pdf)
    for document in data["documents"]:
        kept = Document.objects.get(pk=document["id"])
        assert archive.read(document["file"]) == bytes(kept.data)
    # Newest first, this export included.
    assert [(line["who"], line["clinic"], line["what"]) for line in data["access_log"]] == [
        (seeded.owner.get_full_name(), "", "downloaded the case's archive"),
        ("Sam Staff", "Harbor Clinic", "opened the case file"),
    ]
    assert AuditEvent.objects.filter(action="export_case", case_id=seeded.pk).exists()


def test_a_wrong_password_downloads_nothing(patient_client, seeded):
    response = patient_client.post(f"/cases/{seeded.pk}/export/", {"password": "nope"})
    assert response.status_code == 200 and "That isn't your password" in unescape(response.text)


def test_all_cases_in_one_archive(patient_client, password, seeded, patient):
    second = fill_case(CaseFactory(owner=patient))
    response = patient_client.post("/accounts/export/", {"password": password})
    names = open_zip(response).namelist()
    assert f"case-{seeded.pk}/case.json" in names and f"case-{second.pk}/case.json" in names


def test_another_persons_case_is_404(client, seeded, other_patient):
    client.force_login(other_patient)
    assert client.get(f"/cases/{seeded.pk}/export/").status_code == 404
    assert client.post(f"/cases/{seeded.pk}/export/", {"password": "x"}).status_code == 404
