"""Original Medicare's redetermination and reconsideration requests: offered at the right level
on the appeal step, carrying what a request must contain, made from the step and from
`render_letter`."""

import io

import pytest
from django.core.management import call_command
from pypdf import PdfReader

from appeals.kinds import LETTER_KINDS
from appeals.models import LetterVersion
from patients.models import Case
from tests.factories import (
    AppealFactory,
    ClaimFactory,
    DenialFactory,
    DiagnosisFactory,
    PolicyFactory,
)


def pdf_text(data):
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


@pytest.fixture
def medicare_case(case):
    PolicyFactory(case=case, plan_type="medicare", insurer="Noridian JE", member_id="1EG4TE5MK73")
    DiagnosisFactory(case=case)
    claim = ClaimFactory(case=case)
    DenialFactory(
        case=case,
        claim=claim,
        appeals_address="Noridian JE Part B Redeterminations\nPO Box 6783\nFargo, ND 58108",
    )
    return case


def offered(case, slug):
    case = Case.objects.with_step_data().get(pk=case.pk)
    return bool(LETTER_KINDS[slug].options(case))


def test_original_medicare_offers_the_redetermination_request_not_the_plan_appeal(medicare_case):
    assert offered(medicare_case, "medicare-redetermination")
    assert not offered(medicare_case, "appeal")
    assert not offered(medicare_case, "medicare-reconsideration")


@pytest.mark.parametrize("plan_type", ["medicare_advantage", "employer_self_funded"])
def test_other_plans_keep_their_appeal_letter(case, plan_type):
    PolicyFactory(case=case, plan_type=plan_type)
    DenialFactory(case=case)
    assert offered(case, "appeal")
    assert not offered(case, "medicare-redetermination")


def test_the_redetermination_request_is_made_from_the_appeal_step(patient_client, medicare_case):
    page = patient_client.get(f"/cases/{medicare_case.pk}/steps/appeal/").text
    url = f"/cases/{medicare_case.pk}/letters/medicare-redetermination/new/"
    assert url in page
    denial = medicare_case.denials.get()
    made = patient_client.post(url, {"target": f"denial:{denial.pk}"})
    assert made.status_code == 302
    version = LetterVersion.objects.get(case=medicare_case, kind="medicare-redetermination")
    text = pdf_text(bytes(version.pdf))
    for fact in (
        "Request for Medicare redetermination",
        "To the Medicare contractor:",
        "This request gives what 42 CFR 405.944(b) requires of a request not made on form "
        "CMS-20027",
        "Beneficiary's name",
        "Medicare number 1EG4TE5MK73",
        "Date of service June 2, 2025",
        "Contractor that made the determination Noridian JE",
        "I ask for a redetermination of the initial determination dated June 2, 2025",
        "Noridian JE Part B Redeterminations",
    ):
        assert fact in text, fact


def test_the_reconsideration_request_goes_to_the_qic_after_a_lost_redetermination(
    medicare_case, tmp_path
):
    denial = medicare_case.denials.get()
    AppealFactory(
        denial=denial,
        level="redetermination",
        filed_on=denial.notice_date,
        outcome="upheld",
        decided_on="2025-07-15",
    )
    assert offered(medicare_case, "medicare-reconsideration")
    out = tmp_path / "qic.pdf"
    call_command(
        "render_letter",
        medicare_case.pk,
        "medicare-reconsideration",
        "--target",
        f"denial:{denial.pk}",
        "-o",
        str(out),
        stdout=io.StringIO(),
    )
    text = pdf_text(out.read_bytes())
    for fact in (
        "Request for Medicare reconsideration",
        "To the Qualified Independent Contractor:",
        "42 CFR 405.964(b)",
        "CMS-20033",
        "Date of the redetermination notice July 15, 2025",
        "I ask for a reconsideration of the redetermination dated July 15, 2025",
        "All the evidence I rely on is enclosed",
        "The Medicare Redetermination Notice dated July 15, 2025",
        # Jul 15 + 5 days presumed receipt + 180 days; its good-cause rule, not the first level's
        "The last day to file was January 16, 2026. I ask you to extend the time to file for "
        "good cause, as 42 CFR 405.962(b) allows",
        # the cover sheet: where it goes, and the deadline counted from presumed receipt
        "to the Qualified Independent Contractor at the address on your Medicare Redetermination "
        "Notice: not to the contractor that decided the redetermination",
    ):
        assert fact in text, fact
    assert "PO Box 6783" not in text.split("Request for Medicare reconsideration", 1)[1]


def test_the_road_offers_each_medicare_level_its_letter(patient_client, medicare_case):
    denial = medicare_case.denials.get()
    AppealFactory(
        denial=denial,
        level="redetermination",
        filed_on=denial.notice_date,
        outcome="upheld",
        decided_on="2025-07-15",
    )
    page = " ".join(patient_client.get(f"/cases/{medicare_case.pk}/steps/appeal/").text.split())
    assert "Reconsideration</strong>, decided by a Qualified Independent Contractor (QIC)" in page
    assert "documents not sent to the QIC may be left out at later levels" in page
    assert f"/cases/{medicare_case.pk}/letters/medicare-reconsideration/new/" in page
