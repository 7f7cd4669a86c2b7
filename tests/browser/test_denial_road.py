"""From the home page, signed out, with a denial letter in hand, to a downloaded appeal letter:
paste the letter, check what was read, sign up on the same page, make the appeal. Counts the
person's actions; axe-core checks each page. Then the same road with JavaScript off."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LETTER = (
    Path(__file__).resolve().parent.parent
    / "denial_corpus"
    / "tuning"
    / "11-carelon-pa-frequency.pdf"
)
SAMPLE = (
    Path(__file__).resolve().parent.parent
    / "denial_corpus"
    / "tuning"
    / "01-aetna-pa-selffunded.txt"
).read_text()


class Actions:
    """Counts what the person does: each click, each field typed or file chosen."""

    def __init__(self, page):
        self.page, self.count = page, 0

    def click(self, selector):
        self.count += 1
        self.page.click(selector)

    def fill(self, selector, value):
        self.count += 1
        self.page.fill(selector, value)


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_from_the_home_page_to_a_downloaded_appeal_letter(make_page, tmp_path, javascript):
    page = make_page(javascript=javascript)
    act = Actions(page)
    page.goto("/")
    act.click("a:has-text('I got a denial')")
    assert axe_violations(page) == [] if javascript else True
    act.fill("#id_text", SAMPLE)
    act.click("button:has-text('Read my letter')")
    page.wait_for_load_state("networkidle")

    # What was read, each with its sentence: the person checks it and signs up here.
    assert page.input_value("#id_member_id") == "W239447102"
    assert page.input_value("#id_notice_date") == "2026-03-04"
    assert page.is_checked("input[name=reasons][value=criteria_not_met]")
    assert "Clinical Policy Bulletin (CPB) 0660" in page.input_value("#id_wording_criteria_not_met")
    if javascript:
        assert axe_violations(page) == []
    email = f"road-{'js' if javascript else 'nojs'}@example.test"
    act.fill("#id_patient_name", "Daniela R. Okafor")
    act.fill("#id_signup-email", email)
    act.fill("#id_signup-password1", "a-long-pass-phrase-7")
    act.fill("#id_signup-password2", "a-long-pass-phrase-7")
    act.click("button:has-text('Create my account and save')")
    page.wait_for_load_state("networkidle")
    assert "Your appeal, next" in page.content()
    assert "What your appeal still needs" in page.content()
    if javascript:
        assert axe_violations(page) == []

    offer = page.locator(".letter-offer", has_text="Appeal letter")
    act.click(".letter-offer:has-text('Appeal letter') button:has-text('Make the PDF')")
    page.wait_for_load_state("networkidle")
    link = page.locator(".letter-offer:has-text('Appeal letter') .versions a").first
    with page.expect_download() as download:
        act.count += 1
        link.click()
    path = tmp_path / "appeal.pdf"
    download.value.save_as(path)
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    text = " ".join(text.split())
    assert "A26-0304-77812" in text  # the reference number read from the letter
    assert "Clinical Policy Bulletin (CPB) 0660" in text  # the insurer's words, quoted
    assert "Patient: Daniela R. Okafor" in text
    assert offer.count() == 1
    # Home → paste → read → name → sign up (3 fields) → save → make → download.
    assert act.count <= 10, act.count
    print(f"\nDenial road ({'JS' if javascript else 'no JS'}): {act.count} actions")


def test_a_pdf_upload_shows_what_it_read(make_page):
    page = make_page()
    page.goto("/denial/")
    page.set_input_files("#id_files", str(LETTER))
    page.click("button:has-text('Read my letter')")
    page.wait_for_load_state("networkidle")
    assert page.is_checked("input[name=reasons][value=dose_frequency]")
    assert "From the letter:" in page.content()
