"""Production settings, security headers, and caching of case pages."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def production_env(**changes):
    """The environment a production server would have: real settings, no test switches."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return {**env, "DJANGO_SETTINGS_MODULE": "coverage_guide.settings", **changes}


def test_deploy_check_passes_with_debug_off():
    env = production_env(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="coverage.example.org",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_deploy_check_fails_without_a_real_secret_key():
    env = production_env(DJANGO_DEBUG="0", DJANGO_ALLOWED_HOSTS="coverage.example.org")
    env.pop("DJANGO_SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stdout + result.stderr


@pytest.mark.django_db
def test_plain_http_is_redirected_to_https_in_production(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/accounts/login/")
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/accounts/login/", "/accounts/signup/"])
def test_public_pages_send_security_headers(client, url):
    response = client.get(url)
    csp = response["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    nonce = csp.split("'nonce-")[1].split("'")[0]
    assert f'nonce="{nonce}"' in response.text


def test_case_pages_are_never_cached(patient_client, full_case):
    for url in (f"/cases/{full_case.pk}/", f"/cases/{full_case.pk}/steps/plan/", "/cases/"):
        assert "no-store" in patient_client.get(url)["Cache-Control"], url


def test_htmx_history_cache_is_off(patient_client, full_case):
    page = patient_client.get(f"/cases/{full_case.pk}/")
    assert '"historyCacheSize": 0' in page.text
