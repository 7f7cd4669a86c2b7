"""The patient shares the case; a staff member finds it at the top of the queue, opens it, adds
a note, records a decision and downloads a letter; the patient sees those accesses. axe-core
checks the clinic pages too."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from coverage_guide.clinics.demo import DEMO_STAFF_EMAIL, DEMO_STAFF_PASSWORD
from coverage_guide.clinics.models import CaseShare
from patients.demo import DEMO_PATIENT_EMAIL, DEMO_PATIENT_PASSWORD
from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, email, password):
    page.goto("/accounts/login/")
    page.fill("#id_username", email)
    page.fill("#id_password", password)
    page.click("button:has-text('Sign in')")
    page.wait_for_load_state("networkidle")


def test_share_then_staff_work_the_case_and_the_patient_sees_who(make_page):
    call_command("seed_demo", stdout=io.StringIO())
    CaseShare.objects.all().delete()  # start unshared: the patient shares it here
    patient = make_page()
    sign_in(patient, DEMO_PATIENT_EMAIL, DEMO_PATIENT_PASSWORD)
    patient.click("a:has-text('IV ketamine (demo)')")
    patient.click("a:has-text('Share with your clinic')")
    patient.fill("#id_code", "harbor01")
    patient.click("button:has-text('Continue')")
    assert axe_violations(patient) == []
    patient.check("#id_consent")
    patient.click("button:has-text('Share my case')")
    assert "can now see your case" in patient.inner_text(".messages")

    staff = make_page()
    sign_in(staff, DEMO_STAFF_EMAIL, DEMO_STAFF_PASSWORD)
    assert "/clinic/" in staff.url  # staff land on their queue, not on "Start your case"
    assert axe_violations(staff) == []
    first_row = staff.locator("table.queue tbody tr").first
    assert "Jordan Rivera" in first_row.inner_text() and "New to you" in first_row.inner_text()
    first_row.locator("input[type=checkbox]").check()
    staff.click("#assign-form button:has-text('Assign')")
    staff.wait_for_load_state("networkidle")
    assert "Assigned 1 case to" in staff.inner_text(".messages")
    first_row = staff.locator("table.queue tbody tr").first
    assert "(me)" in first_row.inner_text()
    first_row.locator("a").first.click()
    staff.wait_for_load_state("networkidle")
    assert axe_violations(staff) == []
    jump = staff.locator("nav.jump-links")
    assert jump.is_visible() and "Internal notes" in jump.inner_text()
    staff.click("nav.jump-links a[href='#claims-title']")
    assert staff.url.endswith("#claims-title")
    staff.go_back()
    staff.goto(staff.url.split("#")[0])
    staff.fill("#id_body", "Called Acme: appeal received.")
    staff.click("button:has-text('Add note')")
    assert "Called Acme: appeal received." in staff.inner_text("#notes")
    appeal = staff.locator("div.row-card[id^=appeals-]").first
    appeal.locator("summary").click()
    appeal.locator("select[name$=-outcome]").select_option("upheld")
    # Decided today: the demo's appeal was filed a few days ago, whatever day the test runs.
    appeal.locator("input[name$=-decided_on]").fill(timezone.localdate().isoformat())
    appeal.locator("button:has-text('Save')").click()
    staff.wait_for_load_state("networkidle")
    assert "Saved." in staff.inner_text(".messages")
    assert "Lost: the denial was upheld" in staff.content()
    staff.click("button:has-text('Make: Letter of medical necessity')")
    with staff.expect_download() as download:
        staff.locator("#letters .versions a").first.click()
    assert download.value.suggested_filename.endswith(".pdf")
    assert "Rivera" not in download.value.suggested_filename

    patient.goto(patient.url.split("/sharing/")[0] + "/access-log/")
    log = patient.inner_text("main")
    for seen in (
        "opened the case file",
        "added an internal note",
        "recorded a decision or status",
        "made a letter",
        "downloaded a letter",
    ):
        assert seen in log, seen
    assert axe_violations(patient) == []
    assert patient.console_errors == [] and staff.console_errors == []
