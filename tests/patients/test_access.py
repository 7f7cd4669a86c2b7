"""Owner, another patient, anonymous: over every case URL in the URL conf and every method."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from appeals.letters import LETTER_KINDS
from appeals.models import LetterVersion
from patients.steps import ROW_KINDS, STEPS
from tests.factories import CaseFactory, UserFactory, fill_case
from tests.form_data import ROWS, prefixed

METHODS = ["get", "post", "put", "patch", "delete"]
HTMX = {"HTTP_HX_REQUEST": "true"}


def case_patterns(resolver=None, prefix=""):
    """Every URL pattern that takes a case id, walked from the root URL conf."""
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from case_patterns(entry, route)
        elif isinstance(entry, URLPattern) and "<int:case_id>" in route:
            yield entry.name, route


CASE_PATTERNS = sorted(set(case_patterns()))


def fill(route, case, kind=None, row=None, step=None, letter_kind="", version=None):
    return "/" + (
        route.replace("<int:case_id>", str(case.pk))
        .replace("<slug:step_slug>", step.slug if step else "")
        .replace("<slug:kind_slug>", kind.slug if kind else "")
        .replace("<int:row_id>", str(row.pk) if row else "")
        .replace("<slug:letter_kind>", letter_kind)
        .replace("<int:version_id>", str(version.pk) if version else "")
    )


def urls_for(case):
    """Every concrete case URL: each step, each list, each row, each letter of the case."""
    urls = []
    for _name, route in CASE_PATTERNS:
        if "<slug:step_slug>" in route:
            urls += [fill(route, case, step=step) for step in STEPS]
        elif "<int:row_id>" in route:
            urls += [
                fill(route, case, kind, kind.for_case(case).first()) for kind in ROW_KINDS.values()
            ]
        elif "<slug:kind_slug>" in route:
            urls += [fill(route, case, kind) for kind in ROW_KINDS.values()]
        elif "<slug:letter_kind>" in route:
            urls += [fill(route, case, letter_kind=slug) for slug in LETTER_KINDS]
        elif "<int:version_id>" in route:
            urls += [fill(route, case, version=v) for v in case.letters.all()]
        else:
            urls.append(fill(route, case))
    assert "<" not in "".join(urls), "a URL argument this test does not know how to fill"
    return urls


def test_the_url_conf_has_the_case_urls_we_expect():
    names = {name for name, _ in CASE_PATTERNS}
    assert {
        "case_dashboard",
        "case_step",
        "row_add",
        "row_detail",
        "row_edit",
        "row_delete",
    } <= names


def with_letter(case):
    LetterVersion.objects.create(
        case=case,
        kind="appeal",
        denial=case.denials.first(),
        subject="Appeal letter",
        number=1,
        pdf=b"%PDF-1.7 test",
        sha256="0" * 64,
        context={},
    )
    return case


@pytest.fixture
def owned_case(db):
    return with_letter(fill_case(CaseFactory()))


@pytest.fixture
def counts(owned_case):
    def snapshot():
        rows = {slug: kind.for_case(owned_case).count() for slug, kind in ROW_KINDS.items()}
        return {**rows, "letters": owned_case.letters.count()}

    return snapshot


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_another_patient_gets_404_on_every_case_url_and_method(client, owned_case, counts, htmx):
    before = counts()
    client.force_login(UserFactory())
    for url in urls_for(owned_case):
        for method in METHODS:
            response = getattr(client, method)(url, **(HTMX if htmx else {}))
            assert response.status_code == 404, (method, url, response.status_code)
    assert counts() == before


def test_anonymous_is_sent_to_sign_in_on_every_case_url_and_method(client, owned_case, counts):
    before = counts()
    for url in urls_for(owned_case):
        for method in METHODS:
            response = getattr(client, method)(url)
            assert response.status_code == 302, (method, url)
            assert response["Location"].startswith("/accounts/login/?next=")
    assert counts() == before


def test_owner_gets_every_case_url(client, owned_case):
    client.force_login(owned_case.owner)
    for url in urls_for(owned_case):
        if url.endswith(("/delete/", "/add/", "/new/")):
            continue
        response = client.get(url)
        assert response.status_code in (200, 302), url
        if response.status_code == 302:
            assert response["Location"].startswith(f"/cases/{owned_case.pk}/"), url


def test_owner_gets_404_for_rows_of_another_case_in_their_own_case_url(client, owned_case):
    foreign = with_letter(fill_case(CaseFactory()))
    client.force_login(owned_case.owner)
    version = foreign.letters.get()
    for method in ("get", "post"):
        url = f"/cases/{owned_case.pk}/letters/{version.pk}/download/"
        assert getattr(client, method)(url).status_code == 404
    for kind, field in (("appeal", "denial"), ("superbill", "claim")):
        target = getattr(foreign, f"{field}s").first()
        url = f"/cases/{owned_case.pk}/letters/{kind}/new/"
        assert client.post(url, {field: target.pk}).status_code == 404
    assert foreign.letters.count() == 1
    client.force_login(owned_case.owner)
    for kind in ROW_KINDS.values():
        row = kind.for_case(foreign).first()
        for action in ("", "edit/", "delete/"):
            url = f"/cases/{owned_case.pk}/rows/{kind.slug}/{row.pk}/{action}"
            for method in ("get", "post"):
                assert getattr(client, method)(url).status_code == 404, (method, url)
        assert kind.for_case(foreign).filter(pk=row.pk).exists()


@pytest.mark.parametrize(
    "kind", [k for k in ROW_KINDS.values() if k.is_nested], ids=lambda k: k.slug
)
def test_a_parent_id_from_another_case_swapped_into_the_hidden_field_is_404(
    client, owned_case, kind
):
    foreign = fill_case(CaseFactory())
    foreign_parent = getattr(
        foreign, {"claim": "claims", "denial": "denials"}[kind.parent_field]
    ).first()
    client.force_login(owned_case.owner)
    data = prefixed(f"add-{kind.slug}-{foreign_parent.pk}", ROWS[kind.slug])
    data["parent"] = foreign_parent.pk
    before = kind.for_case(foreign).count()
    for headers in ({}, HTMX):
        response = client.post(f"/cases/{owned_case.pk}/rows/{kind.slug}/add/", data, **headers)
        assert response.status_code == 404
    assert kind.for_case(foreign).count() == before
    data["parent"] = "not-a-number"
    response = client.post(f"/cases/{owned_case.pk}/rows/{kind.slug}/add/", data)
    assert response.status_code == 404


def test_a_denial_cannot_point_at_another_cases_claim(client, owned_case):
    foreign = fill_case(CaseFactory())
    client.force_login(owned_case.owner)
    data = prefixed("add-denials", {**ROWS["denials"], "claim": foreign.claims.first().pk})
    response = client.post(f"/cases/{owned_case.pk}/rows/denials/add/", data)
    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert owned_case.denials.count() == 1


def test_case_list_shows_only_your_own_cases(client, owned_case):
    other = fill_case(CaseFactory(nickname="Someone else's case"))
    client.force_login(owned_case.owner)
    page = client.get("/cases/")
    assert other.nickname not in page.text
    assert f"/cases/{other.pk}/" not in page.text
