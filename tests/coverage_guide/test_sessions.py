"""Sessions are written only when they change (or once a minute of use, to renew the idle
clock), so reading pages writes nothing; a database that can't take a write is said calmly."""

import time
from unittest import mock

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext

from coverage_guide.middleware import SESSION_RENEW_SECONDS, SESSION_SEEN_KEY

pytestmark = pytest.mark.django_db
WRITES = ("INSERT", "UPDATE", "DELETE")
SCORE = {"add-scores-scale": "PHQ9", "add-scores-score": "19", "add-scores-taken_on": "2026-01-05"}


def writes(queries):
    return [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)]


def age_the_renewal(client, seconds):
    session = client.session
    session[SESSION_SEEN_KEY] = int(time.time()) - seconds
    session.save()


def expiry(client):
    return Session.objects.get(session_key=client.session.session_key).expire_date


def test_reading_pages_writes_nothing(patient_client, full_case):
    patient_client.get(f"/cases/{full_case.pk}/")  # the first use renews the idle clock
    for page in ("", "steps/plan/", "steps/history/", "steps/claims/"):
        with CaptureQueriesContext(connection) as queries:
            response = patient_client.get(f"/cases/{full_case.pk}/{page}")
        assert response.status_code == 200
        assert writes(queries) == [], page


def test_use_renews_the_idle_clock_once_a_minute(patient_client, full_case):
    patient_client.get(f"/cases/{full_case.pk}/")
    age_the_renewal(patient_client, SESSION_RENEW_SECONDS + 1)
    before = expiry(patient_client)
    time.sleep(1.1)
    with CaptureQueriesContext(connection) as queries:
        patient_client.get(f"/cases/{full_case.pk}/")
    assert len(writes(queries)) == 1
    assert expiry(patient_client) > before
    # Within the minute, the next read does not write again.
    with CaptureQueriesContext(connection) as queries:
        patient_client.get(f"/cases/{full_case.pk}/")
    assert writes(queries) == []


def test_stay_signed_in_renews_the_clock_at_once(patient_client, full_case):
    patient_client.get(f"/cases/{full_case.pk}/")
    before = expiry(patient_client)
    time.sleep(1.1)
    assert patient_client.post("/accounts/still-here/").status_code == 204
    assert expiry(patient_client) > before


def test_a_page_is_served_when_only_the_renewal_cant_be_written(patient_client, full_case):
    age_the_renewal(patient_client, SESSION_RENEW_SECONDS + 1)
    locked = OperationalError("database is locked")
    with mock.patch.object(SessionStore, "save", side_effect=locked):
        response = patient_client.get(f"/cases/{full_case.pk}/steps/plan/")
    assert response.status_code == 200
    assert full_case.patient_name in response.text


def test_a_save_that_meets_a_locked_database_is_said_calmly(patient_client, full_case):
    locked = OperationalError("database is locked")
    with mock.patch("django.db.models.Model.save", side_effect=locked):
        response = patient_client.post(
            f"/cases/{full_case.pk}/rows/scores/add/",
            SCORE,
        )
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert "Busy for a moment" in response.text
    assert "Nothing you saved before is affected" in response.text


def test_a_real_mistake_is_not_passed_off_as_busy(patient_client, full_case):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite reports a missing table with the same class as a lock")
    broken = OperationalError("no such table: nowhere")
    with (
        mock.patch("django.db.models.Model.save", side_effect=broken),
        pytest.raises(OperationalError),
    ):
        patient_client.post(
            f"/cases/{full_case.pk}/rows/scores/add/",
            SCORE,
        )
