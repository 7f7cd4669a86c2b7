"""Without JavaScript: an add, the browser's back button, then Add again makes no silent
duplicate: the browser brings the typing back under a fresh form, so the app asks first."""

import pytest

from patients.models import SymptomScore
from tests.browser.test_focus import signed_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_back_then_add_again_makes_no_duplicate(make_page):
    page, case = signed_in(make_page, javascript=False)
    page.goto(f"/cases/{case.pk}/steps/diagnosis/")
    page.select_option("[name='add-scores-scale']", "PHQ9")
    page.fill("[name='add-scores-score']", "19")
    page.fill("[name='add-scores-taken_on']", "2025-01-10")
    page.locator("#add-scores button:has-text('Add')").click()
    page.wait_for_load_state("load")
    assert SymptomScore.objects.filter(case=case).count() == 1
    page.go_back()
    page.wait_for_load_state("load")
    if page.locator("#add-scores details").get_attribute("open") is None:
        page.locator("#add-scores summary").click()
    if page.input_value("[name='add-scores-score']") == "":  # the browser kept nothing: retype
        page.select_option("[name='add-scores-scale']", "PHQ9")
        page.fill("[name='add-scores-score']", "19")
        page.fill("[name='add-scores-taken_on']", "2025-01-10")
        replay = False
    else:
        replay = True
    page.locator("#add-scores button:has-text('Add')").click()
    page.wait_for_load_state("load")
    print("replayed form" if replay else "retyped form")
    assert SymptomScore.objects.filter(case=case).count() == 1
    summary = page.locator(".error-summary").first
    assert "already on your list, exactly as typed" in summary.inner_text()
    assert page.title().startswith("Error: ")
    # Meant it: sending again adds the second one.
    page.locator("#add-scores button:has-text('Add')").click()
    page.wait_for_load_state("load")
    assert SymptomScore.objects.filter(case=case).count() == 2
