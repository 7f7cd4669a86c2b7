"""A patient deletes a case, or their whole account, after typing their password again: nothing
of the case is left, its clinic loses it at once, and the audit log keeps every row it had."""

from html import unescape

import pytest
from django.apps import apps
from django.test import Client

from appeals.models import LetterVersion
from coverage_guide.clinics.models import CaseShare, StaffNote
from coverage_guide.clinics.summary import refresh
from coverage_guide.models import AuditEvent, Clinic, Membership, User
from tests.factories import CaseFactory, DocumentFactory, UserFactory, fill_case

pytestmark = pytest.mark.django_db
CASE_DATA_APPS = ("patients", "appeals")
CASE_DATA_MODELS = (
    "clinics.CaseShare",
    "clinics.StaffNote",
    "clinics.CaseSummary",
    "clinics.CaseSeen",
)


@pytest.fixture
def shared(patient):
    case = fill_case(CaseFactory(owner=patient))
    clinic = Clinic.objects.create(name="Harbor Clinic", code="HARBOR1")
    staff = UserFactory()
    Membership.objects.create(clinic=clinic, user=staff, role="staff", display_name="Sam")
    CaseShare.objects.create(case=case, clinic=clinic, consented_by=patient)
    StaffNote.objects.create(case=case, clinic=clinic, author_label="Sam", body="Called the plan")
    refresh(case.pk)
    DocumentFactory(case=case)
    staff_client = Client()
    staff_client.force_login(staff)
    staff_client.get(f"/clinic/HARBOR1/cases/{case.pk}/")  # audited
    made = staff_client.post(f"/clinic/HARBOR1/cases/{case.pk}/letters/medical-necessity/new/")
    assert made.status_code == 302
    version = LetterVersion.objects.get(case=case)
    staff_client.get(f"/clinic/HARBOR1/cases/{case.pk}/letters/{version.pk}/download/")
    return case, staff_client


def rows_of_case_data():
    models = [m for m in apps.get_models() if m._meta.app_label in CASE_DATA_APPS]
    models += [apps.get_model(label) for label in CASE_DATA_MODELS]
    return {m._meta.label: m.objects.count() for m in models if m.objects.exists()}


def audit_rows():
    return list(AuditEvent.objects.order_by("pk").values())


def test_the_page_says_what_goes_and_what_a_clinic_already_holds(patient_client, shared):
    case, _ = shared
    page = unescape(patient_client.get(f"/cases/{case.pk}/delete/").text)
    assert "1 letter version, 1 document" in page
    assert "It is shared with Harbor Clinic" in page
    assert "Harbor Clinic: 1 letter downloaded" in page
    assert f'href="/cases/{case.pk}/delete/"' in patient_client.get(f"/cases/{case.pk}/").text


def test_a_wrong_password_deletes_nothing(patient_client, shared):
    case, _ = shared
    response = patient_client.post(f"/cases/{case.pk}/delete/", {"password": "not-it"})
    assert response.status_code == 200
    assert "That isn't your password" in unescape(response.text)
    assert type(case).objects.filter(pk=case.pk).exists()


def test_a_deleted_case_leaves_no_row_its_staff_get_404_and_the_audit_log_is_unchanged(
    patient_client, password, shared
):
    case, staff_client = shared
    before = audit_rows()
    response = patient_client.post(f"/cases/{case.pk}/delete/", {"password": password})
    assert response["Location"] == "/cases/"
    assert rows_of_case_data() == {}
    after = audit_rows()
    assert after[: len(before)] == before  # every earlier row exactly as it was
    added = after[len(before) :]
    assert [(e["action"], e["case_id"]) for e in added] == [("delete_case", case.pk)]
    assert staff_client.get(f"/clinic/HARBOR1/cases/{case.pk}/").status_code == 404
    assert patient_client.get(f"/cases/{case.pk}/").status_code == 404


def test_another_persons_case_cannot_be_deleted(client, shared, other_patient):
    case, _ = shared
    client.force_login(other_patient)
    assert client.get(f"/cases/{case.pk}/delete/").status_code == 404
    assert client.post(f"/cases/{case.pk}/delete/", {"password": "x"}).status_code == 404
    assert type(case).objects.filter(pk=case.pk).exists()


def test_password_tries_are_limited(patient_client, password, shared):
    case, _ = shared
    for _ in range(5):
        patient_client.post(f"/cases/{case.pk}/delete/", {"password": "wrong"})
    response = patient_client.post(f"/cases/{case.pk}/delete/", {"password": password})
    assert "Too many tries" in response.text
    assert type(case).objects.filter(pk=case.pk).exists()


def test_deleting_the_account_deletes_every_case_and_signs_out(patient_client, password, shared):
    case, _ = shared
    second = fill_case(CaseFactory(owner=case.owner))
    other = fill_case(CaseFactory())  # someone else's, untouched
    owner = case.owner
    before = audit_rows()
    page = unescape(patient_client.get("/accounts/delete/").text)
    assert str(case) in page and "Harbor Clinic 1 letter" in page
    response = patient_client.post("/accounts/delete/", {"password": password})
    assert response["Location"] == "/"
    assert not User.objects.filter(pk=owner.pk).exists()
    assert not type(case).objects.filter(pk__in=[case.pk, second.pk]).exists()
    assert type(case).objects.filter(pk=other.pk).exists()
    after = audit_rows()
    assert after[: len(before)] == before
    assert {e["action"] for e in after[len(before) :]} == {"delete_case", "delete_account"}
    assert "_auth_user_id" not in patient_client.session


def test_a_clinics_only_admin_hands_it_on_before_deleting_their_account(client, password):
    admin = UserFactory()
    clinic = Clinic.objects.create(name="Solo Clinic", code="SOLO1")
    Membership.objects.create(clinic=clinic, user=admin, role="admin", display_name="Ada")
    client.force_login(admin)
    page = unescape(client.get("/accounts/delete/").text)
    assert "You are the only admin of Solo Clinic" in page
    client.post("/accounts/delete/", {"password": password})
    assert User.objects.filter(pk=admin.pk).exists()
