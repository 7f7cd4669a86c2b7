"""Security headers on every URL in the URL conf; no caching of any page that shows a case."""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from coverage_guide.clinics.models import CaseShare
from coverage_guide.models import Clinic, Membership
from tests.factories import CaseFactory, UserFactory, fill_case
from tests.test_access_matrix import expand


def all_routes(resolver=None, prefix=""):
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            if not route.startswith("admin/"):
                yield from all_routes(entry, route)
        elif isinstance(entry, URLPattern):
            yield route


def check_headers(response, url):
    csp = response["Content-Security-Policy"]
    scripts = csp.split("script-src")[1].split(";")[0]
    assert "'self'" in scripts and "unsafe-inline" not in scripts, url
    if response.get("Content-Type", "").startswith("text/html") and response.status_code == 200:
        nonce = scripts.split("'nonce-")[1].split("'")[0]  # pages with scripts carry a nonce
        assert f'nonce="{nonce}"' in response.text, url
    assert "frame-ancestors 'none'" in csp, url
    assert response["X-Content-Type-Options"] == "nosniff", url
    assert response["Referrer-Policy"] == "same-origin", url
    assert response["X-Frame-Options"] == "DENY", url


@pytest.mark.django_db
def test_every_url_sends_the_security_headers_and_case_pages_are_not_cached(client):
    case = fill_case(CaseFactory())
    clinic = Clinic.objects.create(name="Clinic", code="CODE1")
    CaseShare.objects.create(case=case, clinic=clinic)
    staff = UserFactory()
    Membership.objects.create(clinic=clinic, user=staff, role="admin")
    checked = 0
    for route in all_routes():
        if "<id:case_id>" in route:
            user = staff if "<slug:clinic_code>" in route else case.owner
            urls = expand(route, case, "CODE1")
        else:
            user = staff
            urls = ["/" + re.sub(r"<slug:clinic_code>", "CODE1", route)]
            if "<" in urls[0]:
                urls = ["/" + re.sub(r"<[^>]+>", "x", route)]
        client.force_login(user)
        for url in urls:
            response = client.get(url)
            check_headers(response, url)
            if ("<id:case_id>" in route or "clinic_code" in route) and (
                response.status_code != 404
            ):
                assert "no-store" in response.get("Cache-Control", ""), url
            checked += 1
    assert checked > 50
