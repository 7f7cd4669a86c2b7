"""A new patient walks the whole wizard in a real browser, with JavaScript on and off:
signs up, fills all nine steps, trips and fixes validation errors, adds and removes rows,
downloads each letter, signs out and back in, and finds everything. With JavaScript on, axe-core
checks every page of the walk, including the ones showing errors."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EMAIL, PASSWORD = "walker@example.test", "a-long-walk-passphrase"


class Walk:
    def __init__(self, page, javascript):
        self.page, self.javascript = page, javascript
        self.checked = []
        page.on("dialog", lambda dialog: dialog.accept())

    def settle(self):
        """Wait until the page (or htmx's swap) has finished."""
        self.page.wait_for_load_state("load")
        self.page.wait_for_load_state("networkidle")
        if self.javascript:
            self.page.wait_for_function(
                "() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')"
            )

    def check_a11y(self, label):
        if self.javascript:
            violations = axe_violations(self.page)
            assert violations == [], (label, violations)
            self.checked.append(label)

    def go(self, path):
        self.page.goto(path)
        self.settle()
        self.check_a11y(path)

    def fill(self, prefix, data):
        for name, value in data.items():
            field = f"[name='{prefix}-{name}']"
            page = self.page
            if page.locator(f"select{field}").count():
                page.select_option(f"select{field}", value)
            elif page.locator(f"input[type=radio]{field}").count():
                page.check(f"input[type=radio]{field}[value='{value}']")
            elif page.locator(f"input[type=checkbox]{field}").count():
                page.set_checked(f"input[type=checkbox]{field}", bool(value))
            else:
                page.fill(field, value)

    def submit(self, container, button):
        self.page.locator(container).locator(f"button:has-text('{button}')").first.click()
        self.settle()

    def section_form(self, slug):
        """Where a section's Save is: the step's one form when the step has several sections."""
        inside = self.page.locator(f"#step-form #section-{slug}").count()
        return "#step-form" if inside else f"#section-{slug}"

    def save_section(self, slug, data):
        self.fill(slug, data)
        container = self.section_form(slug)
        self.submit(container, "Save")
        errors = self.page.locator(f"{container} .error-summary, .step-body > .error-summary")
        assert errors.count() == 0, errors.first.inner_text()

    def open_add(self, box):
        details = self.page.locator(f"{box} details")
        if details.get_attribute("open") is None:
            details.locator("summary").click()

    def add_row(self, kind, data, parent=None):
        box = f"#add-{kind}" + (f"-{parent}" if parent else "")
        self.open_add(box)
        prefix = f"add-{kind}" + (f"-{parent}" if parent else "")
        self.fill(prefix, data)
        self.submit(box, "Add")

    def expect_error(self, text):
        summary = self.page.locator(".error-summary").first
        summary.wait_for()
        assert text in summary.inner_text()
        self.check_a11y(f"error: {text}")

    def download_letter(self, button_container="#letters"):
        self.page.locator(button_container).locator("form button").first.click()
        self.settle()
        link = self.page.locator("#letters .versions a").first
        with self.page.expect_download() as download:
            link.click()
        path = download.value.path()
        with open(path, "rb") as pdf:
            assert pdf.read(5) == b"%PDF-"
        return download.value.suggested_filename


def walk_everything(walk):
    page = walk.page
    walk.go("/accounts/signup/")
    page.fill("#id_email", EMAIL)
    page.fill("#id_full_name", "Wanda Walker")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", "not the same")
    page.click("button:has-text('Create account')")
    walk.settle()
    walk.expect_error("password")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.click("button:has-text('Create account')")
    walk.settle()
    page.check("input[name=treatment][value=iv_ketamine]")
    page.click("button:has-text('Start')")
    walk.settle()
    case_url = page.url.split("steps/")[0]
    walk.check_a11y("step 1")

    walk.save_section(
        "patient",
        {"patient_name": "Wanda Walker", "date_of_birth": "1984-02-29", "is_veteran": "False"},
    )
    walk.fill(
        "policy",
        {
            "insurer": "Acme Health",
            "plan_type": "employer_self_funded",
            "network_type": "ppo",
            "member_id": "WALK123",
            "group_number": "G1",
            "state": "MA",
            "mental_health_coverage": "yes",
            "experimental_exclusion": "yes",
            "prior_auth_required": "yes",
            "out_of_network_benefits": "yes",
            "deductible": "-1",
        },
    )
    walk.submit(walk.section_form("policy"), "Save")
    walk.expect_error("Enter an amount of 0 or more")
    assert page.input_value("[name='policy-member_id']") == "WALK123"
    walk.save_section(
        "policy", {"deductible": "1,500", "deductible_met": "200", "coinsurance_percent": "20"}
    )

    walk.go(case_url + "steps/diagnosis/")
    walk.save_section("episode", {"episode_started_on": "2024-01-01"})
    walk.add_row(
        "diagnoses", {"code": "332", "diagnosed_by": "Dr. Lee", "diagnosed_on": "2024-02-01"}
    )
    walk.expect_error("ICD-10-CM")
    assert page.input_value("[name='add-diagnoses-diagnosed_by']") == "Dr. Lee"
    walk.add_row("diagnoses", {"code": "f332"})
    walk.add_row("scores", {"scale": "PHQ9", "score": "21", "taken_on": "2025-01-10"})
    assert "F33.2" in page.inner_text("#list-diagnoses")

    walk.go(case_url + "steps/history/")
    for name, cls, dose, start, end in (
        ("Sertraline", "ssri", "150", "2024-02-01", "2024-04-01"),
        ("Venlafaxine", "snri", "150", "2024-05-01", "2024-07-01"),
        ("Mistake", "ssri", "10", "2024-08-01", "2024-08-15"),
    ):
        walk.add_row(
            "treatments",
            {
                "kind": "medication",
                "name": name,
                "drug_class": cls,
                "dose_mg_per_day": dose,
                "started_on": start,
                "ended_on": end,
                "outcome": "no_response",
            },
        )
    mistake = page.locator(".row-card", has_text="Mistake").first
    mistake.locator("a:has-text('Delete')").click()
    walk.settle()
    if not walk.javascript:
        walk.check_a11y("delete confirmation")
        page.click("button:has-text('Delete treatment')")
        walk.settle()
    expect(page.locator(".row-card", has_text="Mistake")).to_have_count(0)
    expect(page.locator(".row-card", has_text="Venlafaxine")).to_have_count(1)
    assert "2 adequate failed trials" in page.inner_text("#criteria-title ~ .criteria")

    walk.go(case_url + "steps/insurer/")
    walk.add_row(
        "contacts",
        {
            "contacted_on": "2025-02-01",
            "channel": "phone",
            "representative": "Ana",
            "reference_number": "REF-1",
            "summary": "Asked about prior authorization.",
        },
    )
    walk.download_letter()

    walk.go(case_url + "steps/clinic/")
    walk.save_section(
        "provider",
        {
            "clinic_name": "Lakeside",
            "prescriber_name": "Dr. Chen",
            "credentials": "MD",
            "prescriber_is_psychiatrist": "yes",
            "npi": "1234567893",
            "in_network": "no",
            "billing": "superbill",
            "price_per_session": "600",
            "sessions_planned": "6",
        },
    )
    assert "What it might cost you" in page.content()

    walk.go(case_url + "steps/prior-authorization/")
    walk.add_row(
        "prior-authorizations",
        {
            "service": "iv_ketamine",
            "codes": "96365, 96366",
            "sessions_requested": "6",
            "urgency": "standard",
            "submitted_on": "2025-03-01",
            "decision": "denied",
            "decided_on": "2025-03-10",
        },
    )
    walk.download_letter()

    walk.go(case_url + "steps/claims/")
    walk.add_row(
        "claims",
        {
            "service_date": "2025-04-01",
            "submitted_by": "patient",
            "status": "submitted",
            "submitted_on": "2025-04-02",
        },
    )
    claim_id = page.locator(".row-card[id^=claims-]").first.get_attribute("id").split("-")[1]
    walk.add_row("claim-lines", {"code": "96365", "units": "1", "charge": "550"}, parent=claim_id)
    assert "96365" in page.inner_text(f"#claims-{claim_id}")
    walk.download_letter()

    walk.go(case_url + "steps/appeal/")
    denial_box = "#add-denials"
    walk.open_add(denial_box)
    page.select_option("[name='add-denials-prior_authorization']", index=1)
    walk.fill(
        "add-denials",
        {
            "notice_date": "2025-03-10",
            "received_on": "2025-03-12",
            "reason": "experimental",
            "insurer_wording": "Ketamine is experimental.",
        },
    )
    walk.submit(denial_box, "Add")
    denial_id = page.locator(".row-card[id^=denials-]").first.get_attribute("id").split("-")[1]
    walk.add_row(
        "appeals",
        {"level": "internal_1", "filed_on": "2025-03-20", "outcome": "pending"},
        parent=denial_id,
    )
    assert "How to answer the experimental" in page.content()
    walk.download_letter()

    walk.go(case_url + "steps/financial-aid/")
    walk.add_row("aid", {"kind": "hsa_fsa", "program": "My HSA", "status": "approved"})

    walk.go(case_url)
    assert page.locator(".task-list .badge--complete").count() >= 6
    walk.download_letter()
    return case_url


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_new_patient_walks_all_nine_steps_and_keeps_everything(make_page, javascript):
    page = make_page(javascript=javascript)
    walk = Walk(page, javascript)
    case_url = walk_everything(walk)
    page.click("button:has-text('Sign out')")
    walk.settle()
    page.goto("/accounts/login/")
    page.fill("#id_username", EMAIL)
    page.fill("#id_password", PASSWORD)
    page.click("button:has-text('Sign in')")
    walk.settle()
    page.goto(case_url + "steps/plan/")
    assert page.input_value("[name='policy-member_id']") == "WALK123"
    assert page.input_value("[name='policy-deductible']") == "1500.00"
    page.goto(case_url + "steps/history/")
    assert page.locator(".row-card[id^=treatments-]").count() == 2
    page.goto(case_url + "steps/claims/")
    assert "96365" in page.content()
    assert page.console_errors == []
    if javascript:
        assert len(walk.checked) >= 12


def test_pages_work_at_375_pixels_wide(make_page, django_user_model):
    django_user_model.objects.create_user(email=EMAIL, password=PASSWORD)
    page = make_page(width=375)
    page.goto("/accounts/login/")
    page.fill("#id_username", EMAIL)
    page.fill("#id_password", PASSWORD)
    page.click("button:has-text('Sign in')")
    page.wait_for_load_state("networkidle")
    page.check("input[name=treatment][value=esketamine]")
    page.click("button:has-text('Start')")
    page.wait_for_load_state("networkidle")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
    assert axe_violations(page) == []
    # The step indicator is reachable and usable with the keyboard alone.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('#step-nav ol')"):
            break
    else:
        pytest.fail("Tab never reached the step indicator")
    page.keyboard.press("Tab")
    target = page.evaluate("document.activeElement.getAttribute('href')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(target)
