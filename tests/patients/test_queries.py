"""Page query counts do not grow with the number of rows in a case."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from patients.steps import ROW_KINDS, STEPS
from tests.factories import CaseFactory, fill_case


def queries(client, url, **headers):
    client.get(url, **headers)  # the session's idle clock renewed (once a minute), not counted
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **headers)
    assert response.status_code == 200
    return len(captured)


@pytest.fixture
def small_and_large(client, patient):
    client.force_login(patient)
    return (
        client,
        fill_case(CaseFactory(owner=patient), rows=1),
        fill_case(CaseFactory(owner=patient), rows=20),
    )


@pytest.mark.parametrize("step", STEPS, ids=lambda s: s.slug)
@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_step_page_queries_are_the_same_for_1_and_20_rows_of_each_kind(small_and_large, step, htmx):
    client, small, large = small_and_large
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    assert queries(client, f"/cases/{small.pk}/steps/{step.slug}/", **headers) == queries(
        client, f"/cases/{large.pk}/steps/{step.slug}/", **headers
    )


def test_large_case_really_has_20_rows_of_each_kind(small_and_large):
    _, _, large = small_and_large
    for kind in ROW_KINDS.values():
        expected = 60 if kind.slug == "claim-lines" else 20
        assert kind.for_case(large).count() == expected


def test_dashboard_and_case_list_queries_do_not_grow(small_and_large):
    client, small, large = small_and_large
    assert queries(client, f"/cases/{small.pk}/") == queries(client, f"/cases/{large.pk}/")
    one_case = queries(client, "/cases/")
    fill_case(CaseFactory(owner=small.owner), rows=5)
    assert queries(client, "/cases/") == one_case
