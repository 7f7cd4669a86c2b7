"""With htmx on: where focus lands after each kind of swap, what the one status region says,
what a refused or failed request says (and that the typing survives it), the warning before
the idle sign-out, and the guard before leaving unsaved typing. At desktop width and at 375 px."""

import pytest
from playwright.sync_api import expect

from tests.factories import PASSWORD, CaseFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def signed_in(make_page, width=1100, javascript=True):
    user = UserFactory()
    case = CaseFactory(owner=user, treatment="esketamine")
    page = make_page(javascript=javascript, width=width)
    page.goto("/accounts/login/")
    page.fill("#id_username", user.email)
    page.fill("#id_password", PASSWORD)
    page.click("button:has-text('Sign in')")
    page.wait_for_load_state("networkidle")
    return page, case


def settle(page):
    page.wait_for_load_state("networkidle")
    page.wait_for_function(
        "() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')"
    )


def focused(page):
    """What has focus, as a short description: tag, id, class and text."""
    return page.evaluate(
        """() => { const e = document.activeElement;
        return [e.tagName, e.id, e.className, (e.textContent || '').trim().slice(0, 80),
                e.getAttribute('name') || ''].join(' | '); }"""
    )


def said(page, words):
    expect(page.locator("#status")).to_contain_text(words)


def open_add(page):
    box = page.locator("#add-treatments")
    if box.locator("details").get_attribute("open") is None:
        box.locator("summary").click()
    return box


def add_treatment(page, name, dose="150"):
    box = open_add(page)
    page.fill("[name='add-treatments-name']", name)
    page.fill("[name='add-treatments-dose_mg_per_day']", dose)
    page.fill("[name='add-treatments-started_on']", "2024-02-01")
    page.fill("[name='add-treatments-ended_on']", "2024-04-01")
    box.locator("button:has-text('Add')").click()
    settle(page)


@pytest.mark.parametrize("width", [1100, 375], ids=["desktop", "375px"])
def test_focus_and_the_status_region_after_every_kind_of_swap(make_page, width):
    page, case = signed_in(make_page, width)
    page.goto(f"/cases/{case.pk}/steps/history/")

    add_treatment(page, "Sertraline")  # a row added
    assert "saved" in focused(page) and "Added the treatment: Sertraline" in focused(page)
    said(page, "Added the treatment: Sertraline")

    add_treatment(page, "Fluoxetine", dose="0")  # refused: the summary, focused and said
    assert "error-summary" in focused(page)
    said(page, "Not saved.")
    said(page, "above 0 mg")
    assert page.input_value("[name='add-treatments-name']") == "Fluoxetine"

    card = page.locator(".row-card[id^=treatments-]").first
    card.locator("a:has-text('Edit')").click()  # a form opened: its first field
    settle(page)
    assert focused(page).startswith(("SELECT", "INPUT")), focused(page)
    said(page, "Editing")

    page.locator(".row-card--editing button:has-text('Save')").click()  # saved: the row
    settle(page)
    assert focused(page).startswith("ARTICLE") and "Sertraline" in focused(page)
    said(page, "Saved the treatment: Sertraline")

    page.locator(".row-card[id^=treatments-]").first.locator("a:has-text('Edit')").click()
    settle(page)
    page.locator(".row-card--editing a:has-text('Cancel')").click()  # cancelled: the row
    settle(page)
    assert focused(page).startswith("ARTICLE")
    said(page, "Not changed: Sertraline")

    page.on("dialog", lambda dialog: dialog.accept())
    page.locator(".row-card[id^=treatments-]").first.locator("a:has-text('Delete')").click()
    settle(page)  # deleted: the confirmation where the row was
    assert "Deleted the treatment: Sertraline" in focused(page)
    said(page, "Deleted the treatment: Sertraline")

    page.goto(f"/cases/{case.pk}/steps/plan/")  # a step of two sections saved as one
    page.fill("[name='policy-member_id']", "M-1")
    page.locator("#step-form .actions button:has-text('Save')").first.click()
    settle(page)
    assert focused(page).startswith("P | step-saved")
    said(page, "Saved 2 sections.")
    assert page.console_errors == []


def test_a_refused_or_failed_request_is_said_and_the_typing_kept(make_page):
    page, case = signed_in(make_page)
    page.goto(f"/cases/{case.pk}/steps/history/")
    open_add(page)
    page.fill("[name='add-treatments-name']", "Bupropion XL")
    page.fill("[name='add-treatments-notes']", "Made me anxious")

    page.route("**/rows/treatments/add/", lambda route: route.fulfill(status=500, body="boom"))
    page.locator("#add-treatments button:has-text('Add')").click()
    settle(page)
    problem = page.locator("#request-problem")
    expect(problem).to_be_visible()
    expect(problem).to_contain_text("something went wrong on our side")
    said(page, "something went wrong on our side")
    assert focused(page).startswith("DIV | request-problem")
    assert page.input_value("[name='add-treatments-name']") == "Bupropion XL"
    page.unroute("**/rows/treatments/add/")

    # A stale sign-in token (signed in again in another tab): refused with 403.
    page.evaluate(
        """() => {
        document.body.setAttribute('hx-headers', '{"X-CSRFToken": "stale"}');
        document.querySelectorAll('[name=csrfmiddlewaretoken]').forEach(e => e.value = 'stale');
        }"""
    )
    page.locator("#add-treatments button:has-text('Add')").click()
    settle(page)
    expect(problem).to_contain_text("Reload the page; your typing is kept.")
    said(page, "Reload the page; your typing is kept.")
    page.on("dialog", lambda dialog: dialog.accept())  # leaving with unsaved typing: agreed
    page.reload()
    page.wait_for_load_state("networkidle")
    assert page.input_value("[name='add-treatments-name']") == "Bupropion XL"
    assert page.input_value("[name='add-treatments-notes']") == "Made me anxious"
    said(page, "We put back what you typed")
    page.locator("#add-treatments button:has-text('Add')").click()
    settle(page)
    said(page, "Added the treatment: Bupropion XL")


def test_a_warning_two_minutes_before_the_idle_sign_out_and_stay_signed_in(make_page):
    page, case = signed_in(make_page)
    page.clock.install()
    page.goto(f"/cases/{case.pk}/steps/plan/")
    warning = page.locator("#idle-warning")
    expect(warning).to_be_hidden()
    page.clock.fast_forward("12:50")
    expect(warning).to_be_hidden()
    page.clock.fast_forward("00:20")  # 13 minutes idle: 2 minutes before the 15
    expect(warning).to_be_visible()
    assert focused(page).startswith("BUTTON") and "Stay signed in" in focused(page)
    said(page, "signed out in 2 minutes")
    page.click("button:has-text('Stay signed in')")
    expect(warning).to_be_hidden()
    said(page, "You're still signed in.")


def test_leaving_with_unsaved_typing_asks_first(make_page):
    page, case = signed_in(make_page)
    page.goto(f"/cases/{case.pk}/steps/plan/")
    page.fill("[name='policy-member_id']", "typed, not saved")
    asked = []

    def dismiss(dialog):
        asked.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", dismiss)
    page.click(".pager a.button")  # "Continue to 2." without saving
    page.wait_for_timeout(300)
    assert asked == ["beforeunload"]
    assert page.url.endswith("/steps/plan/")
    assert page.input_value("[name='policy-member_id']") == "typed, not saved"


def test_without_javascript_at_375_px_an_error_opens_the_page(make_page):
    page, case = signed_in(make_page, width=375, javascript=False)
    page.goto(f"/cases/{case.pk}/steps/plan/")
    page.fill("[name='policy-deductible']", "-3")
    page.fill("[name='patient-patient_name']", "Kept Name")
    page.locator("#step-form .actions button:has-text('Save')").first.click()
    page.wait_for_load_state("load")
    assert page.title().startswith("Error: ")
    summary = page.locator(".error-summary").first
    assert summary.bounding_box()["y"] < 900  # in the first screen, not 2,300 px down
    assert page.input_value("[name='patient-patient_name']") == "Kept Name"
    no_step_scroll = page.evaluate("() => document.documentElement.scrollWidth <= 375")
    assert no_step_scroll
