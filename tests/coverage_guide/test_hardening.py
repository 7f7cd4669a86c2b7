"""Hardening: no password ever kept in a session; an expired session under htmx sends the whole
page to sign in; crafted input answers 400 or 404, never 500; production needs its own key."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.contrib.sessions.models import Session

from tests.factories import CaseFactory
from tests.form_data import ROWS, SECTIONS, prefixed

HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_CURRENT_URL": "http://testserver/"}
ROOT = Path(__file__).resolve().parents[2]


def test_no_session_row_ever_holds_a_submitted_password(client, db):
    case = CaseFactory()
    # A sign-in form posted to a step (as the old swapped-in sign-in page did), signed out.
    client.post(
        f"/cases/{case.pk}/steps/plan/",
        {"username": "pat@example.test", "password": "hunter2-very-secret", "section": "patient"},
    )
    client.post(
        f"/cases/{case.pk}/rows/scores/add/",
        {"add-scores-score": "19", "new_password1": "another-secret-9"},
    )
    for session in Session.objects.all():
        decoded = str(session.get_decoded())
        assert "hunter2-very-secret" not in decoded and "another-secret-9" not in decoded
        assert "pat@example.test" not in decoded


def test_an_expired_session_under_htmx_sends_the_page_to_sign_in_keeping_the_typing(client, db):
    case = CaseFactory()
    step = f"/cases/{case.pk}/steps/history/"
    response = client.post(
        f"/cases/{case.pk}/rows/treatments/add/",
        {"add-treatments-name": "Sertraline"},
        **{**HTMX, "HTTP_HX_CURRENT_URL": f"http://testserver{step}"},
    )
    assert response.status_code == 200
    assert response["HX-Redirect"] == f"/accounts/login/?next={step}"
    assert "Sign in" not in response.text  # nothing swapped into the page
    draft = next(iter(Session.objects.all())).get_decoded()["unsaved_draft"]
    assert "Sertraline" in draft["data"]
    partial = client.get(
        f"/cases/{case.pk}/rows/treatments/add/?parent=1",
        **{**HTMX, "HTTP_HX_CURRENT_URL": f"http://testserver{step}"},
    )
    assert partial["HX-Redirect"] == f"/accounts/login/?next={step}"


def test_the_sign_in_form_posts_to_sign_in(client, db):
    page = client.get("/accounts/login/?next=/cases/").text
    assert 'action="/accounts/login/"' in page


@pytest.mark.parametrize(
    "url",
    ["/cases/%00/", "/cases/{case}/rows/claim-lines/add/?parent=%C2%B2", "/cases/?q=%00"],
)
def test_crafted_input_is_refused_never_an_error_page(patient_client, case, url):
    response = patient_client.get(url.format(case=case.pk))
    assert response.status_code in (200, 302, 400, 404), (url, response.status_code)


def test_a_nul_byte_in_a_form_is_a_400(patient_client, case):
    response = patient_client.post(
        f"/cases/{case.pk}/rows/scores/add/", {"add-scores-score": "1\x009"}
    )
    assert response.status_code == 400


def test_production_refuses_to_start_without_its_own_secret_key_and_data_keys():
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in ("DJANGO_SECRET_KEY", "DJANGO_DATA_KEYS", "DJANGO_DEBUG", "DJANGO_SETTINGS_MODULE")
    }
    env["DJANGO_SETTINGS_MODULE"] = "coverage_guide.settings"
    refused = subprocess.run(
        [sys.executable, "-c", "import coverage_guide.wsgi"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert refused.returncode != 0 and "Set DJANGO_SECRET_KEY" in refused.stderr
    env["DJANGO_SECRET_KEY"] = "a-real-key-for-this-test-only-0123456789"
    no_data_keys = subprocess.run(
        [sys.executable, "-c", "import coverage_guide.wsgi"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert no_data_keys.returncode != 0 and "Set DJANGO_DATA_KEYS" in no_data_keys.stderr
    started = subprocess.run(
        [sys.executable, "-c", "import coverage_guide.wsgi"],
        cwd=ROOT,
        env={**env, "DJANGO_DATA_KEYS": Fernet.generate_key().decode()},
        capture_output=True,
        text=True,
    )
    assert started.returncode == 0, started.stderr


def test_admin_reads_of_patient_data_are_audited(client, db):
    from coverage_guide.models import AuditEvent
    from tests.factories import UserFactory

    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    case = CaseFactory()
    client.get("/admin/patients/case/")
    client.get(f"/admin/patients/case/{case.pk}/change/")
    targets = set(AuditEvent.objects.filter(action="admin_read").values_list("target", flat=True))
    assert targets == {"patients.Case list", f"patients.Case {case.pk}"}


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("12", True),
        ("0", True),
        ("9" * 18, True),
        ("9" * 19, False),
        ("²", False),
        ("١٢", False),
        ("", False),
        ("1a", False),
        (None, False),
    ],
)
def test_an_id_is_what_the_urls_take(value, ok):
    from coverage_guide.converters import is_id

    assert is_id(value) is ok


@pytest.mark.parametrize("where", ["row", "section"])
def test_a_save_of_a_saved_row_without_its_version_is_shown_as_a_clash_never_applied(
    patient_client, full_case, where
):
    if where == "row":
        row = full_case.treatments.get()
        url = f"/cases/{full_case.pk}/rows/treatments/{row.pk}/edit/"
        prefix, typed = f"treatments-{row.pk}", {**ROWS["treatments"], "name": "Typed Name"}
        data = prefixed(prefix, typed)
    else:
        row = full_case.policy
        url = f"/cases/{full_case.pk}/steps/plan/"
        prefix, typed = "policy", {**SECTIONS["policy"], "insurer": "Typed Insurer"}
        data = {"section": "policy", **prefixed(prefix, typed)}
    before = type(row).objects.get(pk=row.pk)
    response = patient_client.post(url, data)
    assert response.status_code == 200
    assert "This was changed while you were editing" in response.text
    assert "Typed" in response.text  # what was typed is still in the form
    after = type(row).objects.get(pk=row.pk)
    assert (after.version, str(after)) == (before.version, str(before))  # nothing applied
    # Sent again from the form that showed the clash (it now carries the version): saved.
    version = f'name="{prefix}-version" value="{after.version}"'
    assert version in response.text.replace(' type="hidden"', "")
    data[f"{prefix}-version"] = after.version
    assert patient_client.post(url, data).status_code == 302
    assert type(row).objects.get(pk=row.pk).version == before.version + 1
