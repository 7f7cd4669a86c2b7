"""A time zone per person: chosen at sign-up (preset from the browser), changed in settings, and
every date and time a signed-in person sees is in it."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from django.utils import dateformat, timezone

from coverage_guide.models import User


def test_sign_up_keeps_the_time_zone_and_refuses_an_unknown_one(client, db):
    data = {
        "email": "tz@example.test",
        "full_name": "Tess Zone",
        "password1": "a-long-passphrase-9",
        "password2": "a-long-passphrase-9",
    }
    page = client.post("/accounts/signup/", {**data, "time_zone": "Mars/Olympus"}).text
    assert "Select a valid choice" in page
    assert "data-browser-time-zone" not in page  # a choice made is not overridden
    client.post("/accounts/signup/", {**data, "time_zone": "America/Denver"})
    assert User.objects.get(email="tz@example.test").time_zone == "America/Denver"


def test_the_sign_up_form_offers_the_browsers_zone_to_preset(client, db):
    page = client.get("/accounts/signup/").text
    assert "data-browser-time-zone" in page and 'value="Pacific/Honolulu"' in page


def test_settings_change_the_time_zone_and_pages_follow_it(patient_client, patient, case):
    response = patient_client.post(
        "/accounts/settings/", {"full_name": "Pat", "time_zone": "Asia/Tokyo"}
    )
    assert response["Location"] == "/accounts/settings/"
    patient.refresh_from_db()
    assert patient.time_zone == "Asia/Tokyo"
    page = patient_client.get(f"/cases/{case.pk}/").text
    assert "Asia/Tokyo" in page  # the reminders note names the zone reminders follow
    assert timezone.get_current_timezone_name() != "Asia/Tokyo"  # the zone ends with the request


def test_a_time_shown_is_in_the_persons_zone(patient_client, patient, case):
    from appeals.models import LetterVersion

    patient.time_zone = "Asia/Tokyo"
    patient.save()
    version = LetterVersion.objects.create(
        case=case,
        kind="call-script",
        subject="Call script",
        number=1,
        pdf=b"%PDF",
        sha256="0" * 64,
        context={},
    )
    # 20:00 UTC on Nov 30 is already Dec 1 in Tokyo (and still Nov 30 in New York).
    made = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)
    LetterVersion.objects.filter(pk=version.pk).update(created_at=made)
    page = patient_client.get(f"/cases/{case.pk}/steps/insurer/").text
    tokyo = dateformat.format(made.astimezone(ZoneInfo("Asia/Tokyo")), "M j, Y, g:i a")
    assert f"made {tokyo}" in page and tokyo.startswith("Dec 1, 2026")
