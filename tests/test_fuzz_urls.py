"""Every URL in the URL conf, with crafted values in its path and query, by the case's owner, by
clinic staff and by a visitor, GET and POST: a 400 or 404 or a plain page, never a 500."""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from coverage_guide.clinics.models import CaseShare
from coverage_guide.models import Clinic, Membership
from tests.factories import CaseFactory, UserFactory, fill_case

CRAFTED = {
    "id": ["99999999999999999999", "0"],
    "int": ["99999999999999999999"],
    "slug": ["%C2%B2", "a" * 300],
    "str": ["%00", "%C2%B2", "x" * 300],
    "path": ["..%2F..%2Fetc%2Fpasswd"],
}
QUERY = (
    "?page=%C2%B2&q=%00&parent=99999999999999999999&sort=%27&appeal_within=999999999999"
    "&target=range%3A9999-99-99%2Fx&start=9999-99-99&end=%00&expand&saved=%3Cb%3E&copied=%C2%B2"
)
PARAM = re.compile(r"<(?:(\w+):)?(\w+)>")


def all_routes(resolver=None, prefix=""):
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from all_routes(entry, route)
        elif isinstance(entry, URLPattern):
            yield route


ROUTES = sorted({r for r in all_routes() if not r.startswith(("admin/", "^"))})


def crafted_urls(route, case, clinic_code):
    """The route with real ids where the case and clinic are named (to reach the view) and
    crafted values elsewhere; then once more with every value crafted."""
    real = {"case_id": str(case.pk), "clinic_code": clinic_code}
    urls = set()
    for variant in range(2):
        for pick in range(2):

            def value(match, variant=variant, pick=pick):
                converter, name = match.group(1) or "str", match.group(2)
                if variant == 0 and name in real:
                    return real[name]
                choices = CRAFTED.get(converter, CRAFTED["str"])
                return choices[pick % len(choices)]

            urls.add("/" + PARAM.sub(value, route))
    return sorted(urls)


@pytest.fixture
def world(db):
    case = fill_case(CaseFactory())
    clinic = Clinic.objects.create(name="Fuzz Clinic", code="FUZZ1")
    CaseShare.objects.create(case=case, clinic=clinic, consented_by=case.owner)
    staff = UserFactory()
    Membership.objects.create(clinic=clinic, user=staff, role="admin", display_name="S")
    return case, staff


@pytest.mark.parametrize("route", ROUTES)
def test_crafted_values_never_make_an_error_page(client, world, route):
    case, staff = world
    client.raise_request_exception = False
    for user in (case.owner, staff, None):
        if user:
            client.force_login(user)
        else:
            client.logout()
        for url in crafted_urls(route, case, "FUZZ1"):
            for method in ("get", "post"):
                response = getattr(client, method)(url + QUERY)
                assert response.status_code < 500, (method, url, response.status_code)
