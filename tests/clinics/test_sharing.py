"""A patient shares a case by clinic code, with consent recorded; revoking ends access at once."""

from html import unescape
from zoneinfo import ZoneInfo

from django.utils import dateformat

from coverage_guide.clinics.models import CaseShare
from coverage_guide.models import AuditEvent
from tests.factories import CaseFactory


def test_sharing_shows_what_will_be_shared_then_records_consent(client, clinic, staff_member):
    case = CaseFactory()
    client.force_login(case.owner)
    page = unescape(client.get(f"/cases/{case.pk}/sharing/", {"code": "harbor1"}).text)
    assert "Share with Harbor Clinic?" in page
    assert "They can't change your answers" in page
    assert not CaseShare.objects.exists()
    response = client.post(f"/cases/{case.pk}/sharing/", {"code": "HARBOR1"})
    assert "Tick the box to agree" in unescape(response.text)
    assert not CaseShare.objects.exists()
    client.post(f"/cases/{case.pk}/sharing/", {"code": "HARBOR1", "consent": "on"})
    share = CaseShare.objects.get()
    assert share.consented_by == case.owner and share.consented_at and share.revoked_at is None
    assert AuditEvent.objects.filter(action="share_case", case_id=case.pk).exists()


def test_an_unknown_code_is_refused_next_to_the_field(client, db):
    case = CaseFactory()
    client.force_login(case.owner)
    page = unescape(client.get(f"/cases/{case.pk}/sharing/", {"code": "NOPE"}).text)
    assert "No clinic has that code" in page
    assert 'value="NOPE"' in page


def test_revoking_ends_staff_access_at_once(client, staff_client, shared_case):
    url = f"/clinic/HARBOR1/cases/{shared_case.pk}/"
    assert staff_client.get(url).status_code == 200
    share = shared_case.shares.get()
    owner_client = type(client)()
    owner_client.force_login(shared_case.owner)
    owner_client.post(f"/cases/{shared_case.pk}/sharing/{share.pk}/revoke/")
    share.refresh_from_db()
    assert share.revoked_at is not None
    assert staff_client.get(url).status_code == 404
    assert staff_client.get("/clinic/HARBOR1/").text.count(f"/cases/{shared_case.pk}/") == 0


def test_the_patient_sees_who_accessed_the_case(client, staff_client, shared_case):
    staff_client.get(f"/clinic/HARBOR1/cases/{shared_case.pk}/")
    client.force_login(shared_case.owner)
    page = unescape(client.get(f"/cases/{shared_case.pk}/access-log/").text)
    assert "Sam Staff" in page and "opened the case file" in page and "Harbor Clinic" in page
    event = AuditEvent.objects.get(action="view_case_file")
    # In the patient's own time zone, not UTC.
    local = event.at.astimezone(ZoneInfo(shared_case.owner.time_zone))
    assert dateformat.format(local, "M j, Y, g:i a") in page
    assert "UTC" not in page
