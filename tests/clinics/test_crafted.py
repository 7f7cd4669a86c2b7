"""The queue's parameters, crafted: 400 or 404 or a plain page, never an error page."""

import pytest


@pytest.mark.parametrize(
    "query",
    [
        "appeal_within=999999999",  # once a date overflow
        "appeal_within=%C2%B2",  # a superscript two passes str.isdigit()
        "q=a%00b",  # a NUL byte PostgreSQL refuses
        "page=%C2%B2&sort=%00",
    ],
)
def test_crafted_queue_queries_are_refused_never_an_error_page(staff_client, shared_case, query):
    response = staff_client.get(f"/clinic/HARBOR1/?{query}")
    assert response.status_code in (200, 400), (query, response.status_code)


def test_crafted_ids_in_a_bulk_assign_are_404(staff_client, shared_case, staff_member):
    for ids in (["\u00b2"], ["99999999999999999999999"], [str(shared_case.pk), "x"]):
        response = staff_client.post(
            "/clinic/HARBOR1/assign/", {"case": ids, "assignee": staff_member.pk}
        )
        assert response.status_code == 404


def test_queue_views_are_audited_with_filter_names_never_search_words(staff_client, shared_case):
    from coverage_guide.models import AuditEvent

    staff_client.get("/clinic/HARBOR1/?q=Rivera&attention=1&page=2")
    event = AuditEvent.objects.get(action="view_queue")
    assert event.target == "attention, q" and "Rivera" not in str(event.__dict__)
    assert event.clinic_code == "HARBOR1"


def test_a_deleted_clinic_still_shows_in_the_patients_access_log(client, staff_client, shared_case):
    from html import unescape

    from coverage_guide.models import Clinic

    staff_client.get(f"/clinic/HARBOR1/cases/{shared_case.pk}/")
    Clinic.objects.filter(code="HARBOR1").delete()
    client.force_login(shared_case.owner)
    page = unescape(client.get(f"/cases/{shared_case.pk}/access-log/").text)
    assert "at Harbor Clinic: opened the case file" in page
