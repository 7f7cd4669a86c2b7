"""The work queue: shared cases only, filtered, searched, sorted by nearest deadline, paginated,
in a number of queries that does not grow with the number of cases."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from coverage_guide.clinics.models import CaseShare, CaseSummary
from patients.models import Case, InsurancePolicy
from tests.factories import CaseFactory, UserFactory

TODAY = timezone.localdate()


def bulk_cases(clinic, count, **summary):
    """`count` shared cases with a policy and a summary, made in a handful of queries."""
    owner = UserFactory()
    cases = Case.objects.bulk_create(
        [Case(owner=owner, patient_name=f"Patient {n:04d}") for n in range(count)]
    )
    InsurancePolicy.objects.bulk_create(
        [InsurancePolicy(case=c, member_id=f"M{c.pk:06d}") for c in cases]
    )
    CaseShare.objects.bulk_create([CaseShare(case=c, clinic=clinic) for c in cases])
    CaseSummary.objects.bulk_create(
        [CaseSummary(case=c, current_step="plan", **summary) for c in cases]
    )
    return cases


def queue_names(client, **params):
    response = client.get("/clinic/HARBOR1/", params)
    assert response.status_code == 200
    return response


def test_queue_lists_only_cases_shared_with_this_clinic(staff_client, shared_case):
    other = CaseFactory(patient_name="Not Shared")
    page = queue_names(staff_client).text
    assert "Pat Shared" in page and "Not Shared" not in page
    assert f"/cases/{other.pk}/" not in page


def test_nearest_deadline_first_with_no_deadline_last(staff_client, clinic):
    late, soon, none = bulk_cases(clinic, 3)
    CaseSummary.objects.filter(case=late).update(next_deadline=TODAY + timedelta(days=40))
    CaseSummary.objects.filter(case=soon).update(next_deadline=TODAY + timedelta(days=2))
    page = queue_names(staff_client).text
    order = [page.index(c.patient_name) for c in (soon, late, none)]
    assert order == sorted(order)


@pytest.mark.parametrize(
    ("params", "matching"),
    [
        ({"attention": "1"}, {"flagged", "due soon"}),
        ({"pa_pending": "1"}, {"pa pending"}),
        ({"denied_claims": "1"}, {"denied"}),
        ({"appeal_within": "10"}, {"appeal soon"}),
        ({"step": "claims"}, {"at claims"}),
        ({"q": "due so"}, {"due soon"}),
        ({"q": "M9"}, {"member M9"}),
    ],
)
def test_filters_and_search(staff_client, clinic, params, matching):
    named = {}
    for name, summary in {
        "flagged": {"attention": True},
        "due soon": {"next_deadline": TODAY + timedelta(days=3)},
        "pa pending": {"pa_pending": True},
        "denied": {"denied_claims": 2},
        "appeal soon": {"appeal_due": TODAY + timedelta(days=9)},
        "at claims": {"current_step": "claims"},
        "member M9": {},
        "plain": {
            "next_deadline": TODAY + timedelta(days=60),
            "appeal_due": TODAY + timedelta(days=60),
        },
    }.items():
        case = CaseFactory(patient_name=name)
        InsurancePolicy.objects.create(case=case, member_id="M9" if name == "member M9" else "X")
        CaseShare.objects.create(case=case, clinic=clinic)
        CaseSummary.objects.create(case=case, **{"current_step": "plan", **summary})
        named[name] = case
    page = queue_names(staff_client, **params).text
    shown = {name for name in named if f">{name}<" in page}
    assert shown == matching


def test_queue_is_paginated(staff_client, clinic):
    bulk_cases(clinic, 30)
    first = queue_names(staff_client).text
    assert "30 cases" in first and "Page 1 of 2" in first
    assert first.count("/clinic/HARBOR1/cases/") == 25
    second = queue_names(staff_client, page=2).text
    assert second.count("/clinic/HARBOR1/cases/") == 5


def count_queries(client):
    queue_names(client)  # the session's idle clock renewed (once a minute), not counted
    with CaptureQueriesContext(connection) as captured:
        queue_names(client)
    return len(captured)


def test_query_count_is_the_same_for_10_and_1000_shared_cases(staff_client, clinic, capsys):
    bulk_cases(clinic, 10, next_deadline=date(2027, 1, 1))
    ten = count_queries(staff_client)
    bulk_cases(clinic, 990, next_deadline=date(2027, 2, 1))
    thousand = count_queries(staff_client)
    assert ten == thousand
    with capsys.disabled():
        print(f"\nwork queue queries: {ten} with 10 shared cases, {thousand} with 1,000")


def test_the_summary_follows_the_case_data(django_capture_on_commit_callbacks, db):
    from tests.factories import DenialFactory, PolicyFactory

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        case = CaseFactory()
        PolicyFactory(case=case)
        DenialFactory(case=case, notice_date=TODAY, received_on=TODAY)
    assert len(callbacks) == 1  # one refresh per case per transaction, however many saves
    summary = CaseSummary.objects.get(case=case)
    assert summary.attention is True
    assert summary.current_step == "diagnosis"  # the plan step is complete
    assert summary.appeal_due == TODAY + timedelta(days=180)


def test_a_shared_case_without_a_summary_gets_one_when_listed(staff_client, clinic):
    case = CaseFactory(patient_name="No Summary Yet")
    CaseShare.objects.create(case=case, clinic=clinic)
    assert not CaseSummary.objects.filter(case=case).exists()
    assert "No Summary Yet" in queue_names(staff_client).text
    assert CaseSummary.objects.filter(case=case).exists()
