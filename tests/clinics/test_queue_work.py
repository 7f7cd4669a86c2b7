"""The queue for fifty cases a day: an assignee per case, set for many at once; what is new or
changed since this staff member last looked; sorting; the case file in staff's words, notes
first, with jump links; the patient's own tasks kept out of the clinic's deadlines."""

import re
from datetime import timedelta

from django.utils import timezone

from coverage_guide.clinics.models import CaseSeen, CaseShare, CaseSummary
from coverage_guide.clinics.summary import refresh
from coverage_guide.models import AuditEvent, Clinic, Membership
from tests.factories import CaseFactory, ClaimFactory, UserFactory, fill_case


def share(clinic, name):
    case = CaseFactory(patient_name=name)
    CaseShare.objects.create(case=case, clinic=clinic, consented_by=case.owner)
    refresh(case.pk)
    return case


def names(html):
    return re.findall(r'/cases/\d+/">([^<]+)</a>', html)


def test_assign_many_cases_at_once_and_filter_mine_and_unassigned(
    staff_client, staff_member, admin_member, clinic
):
    a, b, c = (share(clinic, n) for n in ("Ann", "Ben", "Cal"))
    response = staff_client.post(
        "/clinic/HARBOR1/assign/",
        {"case": [a.pk, b.pk], "assignee": staff_member.pk, "back": "sort=name"},
    )
    assert response["Location"] == "/clinic/HARBOR1/?sort=name"
    assert set(
        CaseShare.objects.filter(assignee=staff_member).values_list("case_id", flat=True)
    ) == {a.pk, b.pk}
    assert AuditEvent.objects.filter(action="assign_case").count() == 2
    mine = staff_client.get("/clinic/HARBOR1/", {"mine": "1", "sort": "name"}).text
    assert names(mine) == ["Ann", "Ben"]
    assert "Dr. Sam Staff (me)" in mine
    unassigned = staff_client.get("/clinic/HARBOR1/", {"unassigned": "1"}).text
    assert names(unassigned) == ["Cal"]
    staff_client.post("/clinic/HARBOR1/assign/", {"case": [a.pk], "assignee": ""})
    assert CaseShare.objects.get(case=a).assignee is None


def test_assigning_a_case_or_a_person_not_of_this_clinic_is_404_and_changes_nothing(
    staff_client, staff_member, clinic
):
    ours = share(clinic, "Ours")
    elsewhere = Clinic.objects.create(name="Elsewhere", code="ELSE1")
    theirs = share(elsewhere, "Theirs")
    outsider = Membership.objects.create(clinic=elsewhere, user=UserFactory(), role="staff")
    for data in (
        {"case": [ours.pk, theirs.pk], "assignee": staff_member.pk},
        {"case": [ours.pk], "assignee": outsider.pk},
        {"case": [], "assignee": staff_member.pk},
    ):
        assert staff_client.post("/clinic/HARBOR1/assign/", data).status_code == 404
    assert not CaseShare.objects.filter(assignee__isnull=False).exists()


def test_new_and_changed_since_i_last_looked(staff_client, staff_member, clinic):
    seen, changed, never = (share(clinic, n) for n in ("Seen", "Changed", "Never"))
    for case in (seen, changed):
        staff_client.get(f"/clinic/HARBOR1/cases/{case.pk}/")
    assert CaseSeen.objects.filter(membership=staff_member).count() == 2
    CaseSummary.objects.filter(case=changed).update(
        refreshed_at=timezone.now() + timedelta(minutes=5)
    )
    page = staff_client.get("/clinic/HARBOR1/", {"new": "1", "sort": "name"}).text
    assert names(page) == ["Changed", "Never"]
    assert "Changed since you looked" in page and "New to you" in page


def test_sort_by_name_and_by_latest_change(staff_client, clinic):
    for name in ("Zoe", "Amy", "Kim"):
        share(clinic, name)
    assert names(staff_client.get("/clinic/HARBOR1/", {"sort": "name"}).text) == [
        "Amy",
        "Kim",
        "Zoe",
    ]
    latest = staff_client.get("/clinic/HARBOR1/", {"sort": "changed"}).text
    assert names(latest)[0] == "Kim"  # refreshed last


def test_the_case_file_speaks_of_the_patient_with_notes_first_and_jump_links(
    staff_client, shared_case
):
    denial = shared_case.denials.first()
    denial.appeals.all().delete()  # an appeal still to file: a deadline in the patient's words
    denial.notice_date = timezone.localdate() - timedelta(days=10)
    denial.received_on = None
    denial.save()
    html = staff_client.get(f"/clinic/HARBOR1/cases/{shared_case.pk}/").text
    assert html.index('id="notes"') < html.index('id="progress-title"')
    for anchor in ("#notes", "#deadlines-title", "#claims-title", "#appeals-title", "#letters"):
        assert f'href="{anchor}"' in html
    assert "Does the case meet the plan's criteria?" in html
    deadlines = html[html.index('id="deadlines-title"') : html.index('id="criteria-title"')]
    assert "the patient" in deadlines
    assert not re.search(r"\b[Yy]our?\b", deadlines), re.findall(
        r".{40}\b[Yy]our?\b.{20}", deadlines
    )


def test_the_patients_own_tasks_are_not_the_clinics_deadlines(clinic):
    case = fill_case(CaseFactory())
    for claim in case.claims.all():
        claim.delete()
    ClaimFactory(
        case=case,
        service_date=timezone.localdate() - timedelta(days=20),
        status="not_submitted",
        submitted_on=None,
        paid_amount=None,
        submitted_by="patient",
    )
    CaseShare.objects.create(case=case, clinic=clinic, consented_by=case.owner)
    refresh(case.pk)
    assert "Claim for" not in CaseSummary.objects.get(case=case).next_deadline_title


def test_an_empty_staff_note_is_refused_near_the_top_with_error_in_the_title(
    staff_client, shared_case
):
    html = staff_client.post(f"/clinic/HARBOR1/cases/{shared_case.pk}/notes/", {"body": ""}).text
    assert "<title>Error: " in html
    assert html.index("There is a problem") < html.index('id="progress-title"')
