"""The fast road from a denial letter: read (text, PDF, photos), check and correct, sign up on
the same page, build the case and offer the appeal. Bad input says why, beside the field, and
saves nothing; a draft is its maker's alone."""

import io
import re
import shutil
from datetime import date, timedelta
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from appeals.models import DenialDraft
from coverage_guide.models import AuditEvent, User
from patients.models import Denial, Document
from tests.factories import PASSWORD, CaseFactory, UserFactory

CORPUS = Path(__file__).resolve().parent.parent / "denial_corpus" / "tuning"
LETTER = (CORPUS / "01-aetna-pa-selffunded.txt").read_text()
HAS_OCR = shutil.which("tesseract") is not None


def read_letter(client, **data):
    data.setdefault("text", LETTER)
    return client.post("/denial/", data)


class _Fields(HTMLParser):
    """Every field of the page's forms as a browser would send it (ticked boxes as lists)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.data, self._select, self._textarea = {}, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name")
        if tag == "input" and name and a.get("type") not in ("submit", "file"):
            if a.get("type") in ("checkbox", "radio"):
                if "checked" in a:
                    self.data.setdefault(name, []).append(a.get("value", "on"))
            else:
                self.data[name] = a.get("value", "")
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in a:
            self.data[self._select] = a.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = ""

    def handle_endtag(self, tag):
        self._select = None if tag == "select" else self._select
        self._textarea = None if tag == "textarea" else self._textarea

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data


def review_data(response, **changes):
    """The review form as the page fills it in, with the person's changes."""
    parser = _Fields()
    parser.feed(response.text)
    data = {k: v for k, v in parser.data.items() if k != "csrfmiddlewaretoken"}
    data.update(changes)
    return data


def test_a_visitor_reads_a_letter_and_sees_each_finding_with_its_sentence(client, db):
    response = read_letter(client)
    assert response.status_code == 302
    draft = DenialDraft.objects.get()
    assert draft.owner is None and draft.case is None
    page = unescape(client.get(response["Location"]).text)
    assert "Check what we read" in page
    assert 'value="W239447102"' in page
    assert "From the letter: “Member ID: W239447102”" in page
    assert "does not meet the criteria in our Clinical Policy Bulletin (CPB) 0660" in page
    assert "Create your account to save this" in page


def test_the_draft_is_its_makers_alone(client, db):
    url = read_letter(client)["Location"]
    assert Client().get(url).status_code == 404
    stranger = Client()
    stranger.force_login(UserFactory())
    assert stranger.get(url).status_code == 404
    assert stranger.post(url, {}).status_code == 404
    assert stranger.get(url + "next/").status_code == 404
    assert client.get("/denial/not-a-token/").status_code == 404


def test_sign_up_on_the_page_keeps_the_corrections_and_builds_the_case(client, db):
    url = read_letter(client)["Location"]
    page = client.get(url)
    data = review_data(page, insurer="Aetna Life Insurance", received_on="", patient_name="")
    data.update(
        {
            "signup-email": "dana@example.test",
            "signup-password1": "a-long-pass-phrase-1",
            "signup-password2": "not the same",
            "signup-time_zone": "America/Chicago",
        }
    )
    refused = client.post(url, data)
    assert refused.status_code == 200
    assert 'value="Aetna Life Insurance"' in refused.text  # the correction is kept
    assert not User.objects.filter(email="dana@example.test").exists()

    assert "This field is required" in refused.text  # the name, beside its field
    data["signup-password2"] = "a-long-pass-phrase-1"
    data["patient_name"] = "Dana Okafor"
    done = client.post(url, data)
    assert done["Location"] == url + "next/"
    user = User.objects.get(email="dana@example.test")
    denial = Denial.objects.get(case__owner=user)
    assert denial.notice_date == date(2026, 3, 4)
    assert denial.reason_keys == ["criteria_not_met"]
    assert "Clinical Policy Bulletin (CPB) 0660" in denial.reasons.get().insurer_wording
    assert denial.prior_authorization.decision == "denied"
    assert denial.prior_authorization.codes == "G2083, S0013"
    assert denial.case.treatment == "esketamine"
    assert denial.case.policy.insurer == "Aetna Life Insurance"
    assert denial.case.policy.member_id == "W239447102"
    assert denial.case.patient_name == user.full_name == "Dana Okafor"
    assert AuditEvent.objects.filter(action="build_from_denial", case_id=denial.case.pk).exists()

    next_page = unescape(client.get(done["Location"]).text)
    assert "What your appeal still needs" in next_page
    assert "Mon, Aug 31, 2026" in next_page and "File an internal appeal" in next_page
    assert "Appeal letter for" in next_page and "Request for the claim file" in next_page
    assert client.get(url)["Location"] == url + "next/"  # built once


def test_a_signed_in_person_adds_it_to_an_existing_case(client, db):
    user = UserFactory()
    case = CaseFactory(owner=user)
    client.force_login(user)
    url = read_letter(client)["Location"]
    page = client.get(url)
    assert "A new case" in page.text
    client.post(url, review_data(page, case=str(case.pk)))
    assert Denial.objects.get().case == case


def test_a_claim_needs_its_date_of_service(client, db):
    client.force_login(UserFactory())
    url = read_letter(client)["Location"]
    response = client.post(url, review_data(client.get(url), denied="claim", service_date=""))
    assert "For a claim, enter the date of the treatment" in unescape(response.text)
    assert not Denial.objects.exists()


def test_bad_input_is_said_beside_the_field_and_nothing_is_saved(client, db):
    empty = client.post("/denial/", {"text": "   "})
    assert "Paste the letter's text, or choose its file" in unescape(empty.text)
    shopping = client.post("/denial/", {"text": "Eggs, milk, bread and two lemons for Sunday."})
    assert "couldn't find a denial" in unescape(shopping.text)
    assert "Eggs, milk, bread" in shopping.text  # what was pasted stays

    broken = SimpleUploadedFile(
        "letter.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", "application/pdf"
    )
    response = client.post("/denial/", {"files": [broken]})
    assert "can't be opened" in unescape(response.text)

    locked = SimpleUploadedFile("locked.pdf", locked_pdf(user_password="secret"))
    response = client.post("/denial/", {"files": [locked]})
    assert "locked with a password" in unescape(response.text)

    big = SimpleUploadedFile("huge.pdf", b"%PDF-" + b"0" * (21 * 1024 * 1024))
    response = client.post("/denial/", {"files": [big]})
    assert "more than 20 MB" in unescape(response.text)
    assert not DenialDraft.objects.exists()


def locked_pdf(user_password="", owner_password="owner"):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(CORPUS / "09-medicare-msn-partb.pdf"))
    writer.encrypt(user_password=user_password, owner_password=owner_password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_locked_only_by_its_owner_password_is_read_and_kept_if_asked(client, db):
    client.force_login(UserFactory())
    pdf = locked_pdf()
    url = client.post(
        "/denial/", {"files": [SimpleUploadedFile("msn.pdf", pdf)], "keep_file": "on"}
    )["Location"]
    page = client.get(url)
    assert "Medicare" in page.text
    client.post(url, review_data(page, service_date="2025-09-10"))
    document = Document.objects.get()
    assert document.kind == "denial_notice" and document.data == pdf


@pytest.mark.skipif(not HAS_OCR, reason="Tesseract is not installed")
def test_photos_of_the_pages_are_read_in_order(client, db):
    files = [
        SimpleUploadedFile(name, (CORPUS / name).read_bytes())
        for name in ("22-uhc-ma-payment-denial.p1.png", "22-uhc-ma-payment-denial.p2.png")
    ]
    url = client.post("/denial/", {"files": files})["Location"]
    page = unescape(client.get(url).text)
    assert "UnitedHealthcare" in page
    assert re.search(r'value="no_prior_auth" id="[^"]+" checked', page)


@pytest.mark.skipif(not HAS_OCR, reason="Tesseract is not installed")
def test_a_picture_that_is_not_a_letter_is_refused(client, db):
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (800, 600), "white").save(out, "PNG")
    response = client.post("/denial/", {"files": [SimpleUploadedFile("cat.png", out.getvalue())]})
    assert "couldn't find a denial" in unescape(response.text)
    assert not DenialDraft.objects.exists()


def test_an_expired_draft_is_gone(client, db):
    url = read_letter(client)["Location"]
    DenialDraft.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    assert client.get(url).status_code == 404


def test_read_denial_prints_what_it_finds(tmp_path):
    out = io.StringIO()
    call_command("read_denial", str(CORPUS / "01-aetna-pa-selffunded.txt"), "--json", stdout=out)
    import json

    found = json.loads(out.getvalue())
    assert found["member_id"]["value"] == "W239447102"
    assert found["reasons"][0]["value"] == "criteria_not_met"
    text = io.StringIO()
    call_command("read_denial", str(CORPUS / "01-aetna-pa-selffunded.txt"), stdout=text)
    assert "criteria_not_met" in text.getvalue()


def test_the_home_page_and_the_dashboard_offer_the_fast_road(client, db):
    assert 'href="/denial/"' in client.get("/").text
    user = UserFactory()
    case = CaseFactory(owner=user)
    client.force_login(user)
    assert 'href="/denial/"' in client.get(f"/cases/{case.pk}/").text


def test_signing_in_from_the_review_keeps_the_draft(client, db):
    user = UserFactory()
    url = read_letter(client)["Location"]
    client.post(f"/accounts/login/?next={url}", {"username": user.email, "password": PASSWORD})
    assert client.get(url).status_code == 200
    assert DenialDraft.objects.get().owner == user


def test_a_final_decision_points_to_the_review_outside_the_plan(client, db):
    client.force_login(UserFactory())
    url = read_letter(client)["Location"]
    client.post(url, review_data(client.get(url), final_internal="on"))
    denial = Denial.objects.get()
    assert denial.appeals.get().outcome == "upheld"
    page = unescape(client.get(url + "next/").text)
    assert "the next step is outside the plan" in page
    assert "External review request" in page


THREE_REASONS = """Acme Health Plan
P.O. Box 5501, Dayton, OH 45401
Member ID: ZX1234567
Date: March 4, 2026

Dear Jordan Lee,

We denied the claim for esketamine treatment (G2083) given on February 2, 2026. Lakeside
Mind Clinic is not in the Acme Health Plan network, and your plan does not pay for care
outside it. No prior authorization was obtained for this treatment before it was given. This
claim is also a duplicate of a claim we already processed.

You may appeal within 180 days of the date of this letter.
"""


def test_a_third_reason_is_offered_unticked_with_its_words_and_kept_if_ticked(client, db):
    client.force_login(UserFactory())
    url = read_letter(client, text=THREE_REASONS)["Location"]
    page = client.get(url)
    data = review_data(page, denied="claim", service_date="2026-02-02")
    assert data["reasons"] == ["no_prior_auth", "out_of_network"]
    assert (
        "The letter also names “Other”, in the words “This claim is also a duplicate of a claim "
        "we already processed.” We left it unticked"
    ) in unescape(page.text)
    assert data["wording_other"].strip() == (
        "This claim is also a duplicate of a claim we already processed."
    )
    data["reasons"].append("other")
    client.post(url, data)
    denial = Denial.objects.get()
    assert sorted(denial.reason_keys) == ["no_prior_auth", "other", "out_of_network"]
    assert "duplicate" in denial.reasons.get(reason="other").insurer_wording


def test_read_denial_lists_what_it_left_unticked(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(THREE_REASONS)
    out = io.StringIO()
    call_command("read_denial", str(path), stdout=out)
    assert "also mentioned     other (not ticked: check them)" in out.getvalue()
    data = io.StringIO()
    call_command("read_denial", str(path), "--json", stdout=data)
    import json

    found = json.loads(data.getvalue())
    assert [f["value"] for f in found["reasons"]] == ["out_of_network", "no_prior_auth"]
    assert [f["value"] for f in found["also_mentioned"]] == ["other"]
