"""Sign-up, sign-in, sign-out, passwords, throttling and session lifetime."""

import re
import time

import pytest
from django.contrib.sessions.models import Session
from django.core import mail
from django.utils import timezone

from coverage_guide.middleware import SESSION_STARTED_KEY
from coverage_guide.models import User
from tests.factories import UserFactory
from tests.form_data import SECTIONS, prefixed

pytestmark = pytest.mark.django_db


def test_sign_up_signs_in_and_starts_a_case(client):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "new@example.test",
            "full_name": "New Person",
            "password1": "a-long-passphrase-9",
            "password2": "a-long-passphrase-9",
        },
    )
    assert response["Location"] == "/cases/new/"
    user = User.objects.get(email="new@example.test")
    assert user.password.startswith("argon2")
    assert client.get("/cases/new/").status_code == 200


def test_sign_up_refuses_bad_input_and_keeps_it(client, patient):
    response = client.post(
        "/accounts/signup/",
        {
            "email": patient.email,
            "full_name": "Typed Name",
            "password1": "short",
            "password2": "different",
        },
    )
    assert response.status_code == 200
    assert "already exists" in response.text
    assert 'value="Typed Name"' in response.text
    assert User.objects.count() == 1


def test_sign_in_and_out(client, patient, password):
    response = client.post(
        "/accounts/login/", {"username": patient.email, "password": password}, follow=True
    )
    assert ("/cases/", 302) in response.redirect_chain  # a patient lands on their cases
    response = client.post("/accounts/logout/")
    assert response["Location"] == "/"
    assert client.get("/cases/")["Location"].startswith("/accounts/login/")


def test_wrong_password_says_so(client, patient):
    response = client.post("/accounts/login/", {"username": patient.email, "password": "nope"})
    assert response.status_code == 200
    assert "correct email address and password" in response.text


def test_sign_in_is_throttled_after_five_failures(client, patient, password):
    for _ in range(5):
        client.post("/accounts/login/", {"username": patient.email, "password": "wrong"})
    response = client.post("/accounts/login/", {"username": patient.email, "password": password})
    assert response.status_code == 429
    assert "Too many sign-in attempts" in response.text
    assert "_auth_user_id" not in client.session


def test_password_change(client, patient, password):
    client.force_login(patient)
    response = client.post(
        "/accounts/password_change/",
        {
            "old_password": password,
            "new_password1": "another-long-pass-7",
            "new_password2": "another-long-pass-7",
        },
    )
    assert response["Location"] == "/accounts/password_change/done/"
    patient.refresh_from_db()
    assert patient.check_password("another-long-pass-7")


def test_password_reset_by_email(client, patient):
    client.post("/accounts/password_reset/", {"email": patient.email})
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+/)", mail.outbox[0].body).group(1)
    form_url = client.get(link)["Location"]
    response = client.post(
        form_url, {"new_password1": "brand-new-pass-42", "new_password2": "brand-new-pass-42"}
    )
    assert response["Location"] == "/accounts/reset/done/"
    response = client.post(
        "/accounts/login/", {"username": patient.email, "password": "brand-new-pass-42"}
    )
    assert response["Location"] == "/"  # on to the patient's cases
    assert client.get(form_url).status_code == 200
    assert "This link has expired" in client.get(link, follow=True).text


def test_idle_sessions_end_after_15_minutes(settings):
    # Renewed by use at most once a minute: tests/coverage_guide/test_sessions.py.
    assert settings.SESSION_COOKIE_AGE == 15 * 60


def expire_session(client):
    Session.objects.filter(session_key=client.session.session_key).update(
        expire_date=timezone.now() - timezone.timedelta(seconds=1)
    )


def test_a_post_after_idle_expiry_is_not_applied_and_sign_in_returns_to_the_step(
    client, patient, password, case
):
    client.force_login(patient)
    step_url = f"/cases/{case.pk}/steps/plan/"
    client.post(step_url, {"section": "policy", **prefixed("policy", SECTIONS["policy"])})
    expire_session(client)
    changed = {**SECTIONS["policy"], "insurer": "Changed After Expiry"}
    response = client.post(step_url, {"section": "policy", **prefixed("policy", changed)})
    assert response["Location"] == f"/accounts/login/?next={step_url}"
    case.policy.refresh_from_db()
    assert case.policy.insurer == "Acme Health"
    response = client.post(
        response["Location"], {"username": patient.email, "password": password, "next": step_url}
    )
    assert response["Location"] == step_url
    page = client.get(step_url).text
    assert 'value="Changed After Expiry"' in page  # what they typed, back in the form
    assert "We kept what you typed" in page
    case.policy.refresh_from_db()
    assert case.policy.insurer == "Acme Health"  # and nothing saved without them
    assert 'value="Acme Health"' in client.get(step_url).text  # the draft is used once


def test_a_row_typed_after_expiry_comes_back_on_its_step(client, patient, password, case):
    from tests.form_data import ROWS

    url = f"/cases/{case.pk}/rows/treatments/add/"
    response = client.post(
        url, prefixed("add-treatments", {**ROWS["treatments"], "name": "Typed Offline"})
    )
    step_url = f"/cases/{case.pk}/steps/history/"
    assert response["Location"] == f"/accounts/login/?next={step_url}"
    assert not case.treatments.exists()
    client.post(
        "/accounts/login/", {"username": patient.email, "password": password, "next": step_url}
    )
    page = client.get(step_url).text
    assert 'value="Typed Offline"' in page and "We kept what you typed" in page
    assert not case.treatments.exists()


def test_an_edit_typed_after_expiry_comes_back_on_its_form(client, patient, password, full_case):
    from tests.form_data import ROWS

    row = full_case.treatments.get()
    url = f"/cases/{full_case.pk}/rows/treatments/{row.pk}/edit/"
    client.post(
        url, prefixed(f"treatments-{row.pk}", {**ROWS["treatments"], "name": "Edited Offline"})
    )
    client.post("/accounts/login/", {"username": patient.email, "password": password, "next": url})
    assert 'value="Edited Offline"' in client.get(url).text
    row.refresh_from_db()
    assert row.name != "Edited Offline"


def test_sessions_end_12_hours_after_sign_in_however_active(client, patient, case):
    client.force_login(patient)
    assert client.get(f"/cases/{case.pk}/").status_code == 200
    session = client.session
    session[SESSION_STARTED_KEY] = int(time.time()) - 12 * 60 * 60 - 1
    session.save()
    response = client.get(f"/cases/{case.pk}/")
    assert response["Location"].startswith("/accounts/login/")


def test_login_page_tells_a_returning_user_their_work_is_safe(client):
    response = client.get("/accounts/login/?next=/cases/1/steps/plan/")
    assert "Everything you saved is still there" in response.text


def test_clinic_staff_land_on_their_queue_after_signing_in(client, password, db):
    from coverage_guide.models import Clinic, Membership
    from tests.factories import UserFactory

    clinic = Clinic.objects.create(name="Harbor Clinic", code="HARBOR1")
    staff = UserFactory()
    Membership.objects.create(clinic=clinic, user=staff, role="staff", display_name="Dr. S")
    response = client.post(
        "/accounts/login/", {"username": staff.email, "password": password}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/clinic/HARBOR1/"
    assert "Clinic queue" in response.text


def test_password_reset_mail_is_limited_per_address_and_per_client(client, patient, settings):
    for _ in range(3):
        client.post("/accounts/password_reset/", {"email": patient.email})
    assert len(mail.outbox) == 3
    response = client.post("/accounts/password_reset/", {"email": patient.email.upper()})
    assert response.status_code == 429
    assert "already sent several reset links in the last hour" in response.text
    assert f'value="{patient.email.upper()}"' in response.text  # what was typed is kept
    assert len(mail.outbox) == 3
    # One client asking for many addresses is limited too (the limit is per client address).
    others = UserFactory.create_batch(20)
    codes = [
        client.post("/accounts/password_reset/", {"email": o.email}).status_code for o in others
    ]
    assert codes[:17] == [302] * 17 and codes[17:] == [429] * 3
    assert len(mail.outbox) == 20  # at most 20 reset mails an hour from one client
