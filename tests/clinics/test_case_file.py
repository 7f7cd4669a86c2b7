"""The case file: every section, notes, status updates and signed letters, all audited."""

from html import unescape

from appeals.models import LetterVersion
from coverage_guide.models import AuditEvent
from tests.form_data import prefixed


def test_case_file_shows_every_section_and_is_audited(staff_client, shared_case):
    page = unescape(staff_client.get(f"/clinic/HARBOR1/cases/{shared_case.pk}/").text)
    for section in (
        "Progress and what's missing",
        "Open deadlines",
        "Diagnosis, scores and treatment history",
        "Contacts with the insurer",
        "Prior authorization",
        "Claims",
        "Denials and appeals",
        "Letters",
        "Internal notes",
        "Pat Shared",
        "AH123456",
        "F33.2",
    ):
        assert section in page, section
    event = AuditEvent.objects.get(action="view_case_file")
    assert event.case_id == shared_case.pk and event.outcome == "allowed"
    assert event.actor_label == "Sam Staff" and event.ip == "127.0.0.1"
    assert "F33.2" not in event.target and "Pat" not in event.target


def test_notes_are_added_with_author_and_time_and_stay_in_the_clinic(staff_client, shared_case):
    url = f"/clinic/HARBOR1/cases/{shared_case.pk}/notes/"
    response = staff_client.post(url, {"body": "Called the plan; PA in review."})
    assert response.status_code == 302
    page = unescape(staff_client.get(f"/clinic/HARBOR1/cases/{shared_case.pk}/").text)
    assert "Called the plan; PA in review." in page and "Dr. Sam Staff" in page
    assert AuditEvent.objects.filter(action="add_note").exists()
    bad = staff_client.post(url, {"body": ""})
    assert "This field is required" in bad.text
    from django.test import Client

    owner = Client()
    owner.force_login(shared_case.owner)
    for path in (f"/cases/{shared_case.pk}/", f"/cases/{shared_case.pk}/steps/plan/"):
        assert "Called the plan" not in owner.get(path).text


def test_staff_record_a_decision(staff_client, shared_case):
    request = shared_case.prior_authorizations.get()
    prefix = f"prior-authorizations-{request.pk}"
    data = prefixed(
        prefix,
        {
            "decision": "denied",
            "decided_on": "2025-06-10",
            "sessions_approved": "",
            "reference_number": "PA-77",
            "version": str(request.version),
        },
    )
    url = f"/clinic/HARBOR1/cases/{shared_case.pk}/status/prior-authorizations/{request.pk}/"
    unversioned = {k: v for k, v in data.items() if not k.endswith("-version")}
    refused = staff_client.post(url, unversioned)
    assert refused.status_code == 200 and "This form is out of date" in refused.text
    assert staff_client.post(url, data).status_code == 302
    request.refresh_from_db()
    assert (request.decision, request.reference_number) == ("denied", "PA-77")
    event = AuditEvent.objects.get(action="update_status")
    assert "decision" in event.target and "PA-77" not in event.target


def test_a_bad_status_update_keeps_what_was_typed(staff_client, shared_case):
    claim = shared_case.claims.get()
    prefix = f"claims-{claim.pk}"
    data = prefixed(
        prefix,
        {
            "status": "paid",
            "claim_number": "C-9",
            "submitted_on": "",
            "allowed_amount": "-5",
            "paid_amount": "",
            "patient_share": "",
            "denial_code": "",
            "denial_reason": "",
        },
    )
    response = staff_client.post(
        f"/clinic/HARBOR1/cases/{shared_case.pk}/status/claims/{claim.pk}/", data
    )
    assert response.status_code == 200
    assert "Enter an amount of 0 or more" in response.text
    assert 'value="C-9"' in response.text
    claim.refresh_from_db()
    assert claim.claim_number != "C-9"


def test_staff_letters_carry_their_own_signature_and_are_audited(staff_client, shared_case):
    import io

    from pypdf import PdfReader

    response = staff_client.post(
        f"/clinic/HARBOR1/cases/{shared_case.pk}/letters/medical-necessity/new/"
    )
    assert response.status_code == 302
    version = LetterVersion.objects.get(case=shared_case)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(bytes(version.pdf))).pages)
    assert "Dr. Sam Staff, MD" in text and "NPI 1234567893" in text
    download = staff_client.get(
        f"/clinic/HARBOR1/cases/{shared_case.pk}/letters/{version.pk}/download/"
    )
    assert download["Content-Type"] == "application/pdf"
    assert "Pat" not in download["Content-Disposition"]
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"generate_letter", "download_letter"} <= actions


def test_staff_letter_making_is_limited_per_person(staff_client, shared_case, monkeypatch):
    from appeals import limits

    monkeypatch.setattr(limits, "LETTER_RATE", "1/m")
    url = f"/clinic/HARBOR1/cases/{shared_case.pk}/letters/medical-necessity/new/"
    staff_client.post(url)
    page = unescape(staff_client.post(url, follow=True).text)
    assert "made a lot of letters in the last few minutes" in page
    assert LetterVersion.objects.filter(case=shared_case).count() == 1


def test_audit_events_are_append_only(shared_case):
    import pytest

    event = AuditEvent.objects.create(action="view_case_file", case_id=shared_case.pk)
    event.action = "changed"
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()


def test_a_staff_status_saved_from_a_stale_form_is_refused(staff_client, shared_case):
    claim = shared_case.claims.get()
    prefix = f"claims-{claim.pk}"
    url = f"/clinic/HARBOR1/cases/{shared_case.pk}/status/claims/{claim.pk}/"
    base = {
        "status": "paid",
        "claim_number": "C-1",
        "submitted_on": "",
        "allowed_amount": "",
        "paid_amount": "",
        "patient_share": "",
        "denial_code": "",
        "denial_reason": "",
        "version": str(claim.version),
    }
    assert staff_client.post(url, prefixed(prefix, base)).status_code == 302
    stale = staff_client.post(url, prefixed(prefix, {**base, "claim_number": "C-2"}))
    assert stale.status_code == 200
    assert "Someone saved this while you were editing" in unescape(stale.text)
    claim.refresh_from_db()
    assert claim.claim_number == "C-1"
