"""Six infusions of two services each (same codes and charges, different dates): entered once
and copied five times, in well under half the ~69 actions it took before copying existed.
Every click, every field typed and every choice made counts as one action."""

import pytest

from patients.models import Claim
from tests.browser.test_focus import settle, signed_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BEFORE = 69  # counted on the first round's build, for the same six claims


class Counted:
    def __init__(self, page):
        self.page, self.actions = page, 0

    def click(self, locator):
        locator.click()
        self.actions += 1
        settle(self.page)

    def fill(self, selector, value):
        self.page.fill(selector, value)
        self.actions += 1

    def choose(self, selector, value):
        self.page.select_option(selector, value)
        self.actions += 1


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_six_claims_of_two_services_take_under_half_the_actions(make_page, javascript):
    page, case = signed_in(make_page, javascript=javascript)
    page.goto(f"/cases/{case.pk}/steps/claims/")
    you = Counted(page)

    # The first claim, in full (the add form is open while there are no claims).
    you.fill("[name='add-claims-service_date']", "2025-03-03")
    you.choose("[name='add-claims-submitted_by']", "patient")
    you.fill("[name='add-claims-paid_to_provider']", "650")
    you.click(page.locator("#add-claims button:has-text('Add')"))
    claim = Claim.objects.get(case=case)
    for code, charge in (("96365", "450"), ("96366", "200")):
        box = f"#add-claim-lines-{claim.pk}"
        while not page.locator(f"{box} details").count():
            # The services in brief, or a link to the add form: one click each to open.
            opener = page.locator(f"{box} a").or_(
                page.locator(f"#claims-{claim.pk} a:has-text('Change or add services')")
            )
            you.click(opener.first)
        if page.locator(f"{box} details").get_attribute("open") is None:
            you.click(page.locator(f"{box} summary"))
        you.fill(f"[name='add-claim-lines-{claim.pk}-code']", code)
        you.fill(f"[name='add-claim-lines-{claim.pk}-charge']", charge)
        you.click(page.locator(f"{box} button:has-text('Add')"))

    # Five more sessions: copied.
    for day in ("2025-03-05", "2025-03-07", "2025-03-10", "2025-03-12", "2025-03-14"):
        if not page.locator(f"#claims-{claim.pk}").count():  # on the claim's own page
            you.click(page.locator(".step-body a:has-text('Back to')"))
        card = page.locator(f"#claims-{claim.pk}")
        you.click(card.locator(".copy-claim-box summary"))
        you.fill(f"[name='copy-{claim.pk}-service_date']", day)
        you.click(card.locator("button:has-text('Copy this claim')"))

    claims = Claim.objects.filter(case=case).prefetch_related("lines")
    assert claims.count() == 6
    assert {tuple(sorted(line.code for line in c.lines.all())) for c in claims} == {
        ("96365", "96366")
    }
    print(f"\nsix claims of two services: {you.actions} actions (before: {BEFORE})")
    assert you.actions < BEFORE / 2
