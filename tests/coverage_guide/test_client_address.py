"""The client's address behind the load balancer: read through the trusted proxies only, and used
alike by sign-in throttling and the audit log, so a stranger cannot lock someone else out."""

import pytest
from django.test import Client, RequestFactory

from coverage_guide.client import client_ip
from coverage_guide.models import AuditEvent

pytestmark = pytest.mark.django_db

BALANCER = "10.0.0.2"


def request_from(forwarded=None, remote=BALANCER):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


@pytest.mark.parametrize(
    "proxies, forwarded, expected",
    [
        (0, "203.0.113.9", BALANCER),  # no trusted proxy: the header is the client's own words
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "6.6.6.6, 203.0.113.9", "203.0.113.9"),  # what the client prepended is not read
        (1, "6.6.6.6, 7.7.7.7, 203.0.113.9", "203.0.113.9"),
        (2, "6.6.6.6, 203.0.113.9, 10.0.0.7", "203.0.113.9"),
        (1, None, BALANCER),  # no header at all: the socket's address
        (1, "not-an-address", BALANCER),
    ],
)
def test_the_client_is_read_through_trusted_proxies_only(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    assert client_ip(request_from(forwarded)) == expected


def through_balancer(address):
    return Client(REMOTE_ADDR=BALANCER, HTTP_X_FORWARDED_FOR=address)


def test_a_stranger_typing_an_email_locks_only_themselves_out(settings, patient, password):
    settings.TRUSTED_PROXY_COUNT = 1
    stranger = through_balancer("6.6.6.6, 203.0.113.9")
    for _ in range(5):
        stranger.post("/accounts/login/", {"username": patient.email, "password": "guess"})
    locked = stranger.post("/accounts/login/", {"username": patient.email, "password": password})
    assert locked.status_code == 429
    # Whatever the stranger wrote into the header, the lock is on their own address.
    other_spoof = through_balancer("198.51.100.7, 203.0.113.9")
    assert (
        other_spoof.post(
            "/accounts/login/", {"username": patient.email, "password": password}
        ).status_code
        == 429
    )
    # The patient, from home, through the same balancer, signs in.
    patient_browser = through_balancer("198.51.100.7")
    response = patient_browser.post(
        "/accounts/login/", {"username": patient.email, "password": password}
    )
    assert response.status_code == 302
    assert patient_browser.session["_auth_user_id"] == str(patient.pk)


def test_the_audit_log_records_the_client_not_the_balancer(settings, patient, full_case):
    settings.TRUSTED_PROXY_COUNT = 1
    from coverage_guide.audit import record

    request = request_from("203.0.113.9")
    request.user = patient
    event = record(request, "view_case_file", case_id=full_case.pk)
    assert AuditEvent.objects.get(pk=event.pk).ip == "203.0.113.9"
