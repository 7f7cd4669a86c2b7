"""A complaint to the regulator each plan type has (or, for Medicare Advantage and Part D, a
grievance to the plan), with the case's dates, the decisions overdue and the patient's words."""

import io

import pytest
from django.core.management import call_command
from pypdf import PdfReader

from appeals.kinds import LETTER_KINDS
from appeals.models import LetterVersion
from patients.knowledge.regulators import regulators_for
from patients.models import Case
from tests.factories import AppealFactory, DenialFactory, PolicyFactory, PriorAuthFactory


def pdf_text(data):
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("plan_type", "key", "by_state"),
    [
        ("employer_self_funded", "ebsa", False),
        ("employer_fully_insured", "insurance-department", True),
        ("marketplace", "insurance-department", True),
        ("medicaid", "medicaid-agency", True),
        ("medicare_advantage", "ma-grievance", False),
        ("medicare_part_d", "part-d-grievance", False),
        ("medicare", None, None),
        ("tricare", None, None),
    ],
)
def test_each_plan_type_has_its_regulator_with_a_source(plan_type, key, by_state):
    found = regulators_for(plan_type)
    assert [r.key for r in found] == ([key] if key else [])
    for regulator in found:
        assert regulator.by_state is by_state
        assert regulator.source.url.startswith("https://")
        assert regulator.how


def _case(case, plan_type, state="MA"):
    PolicyFactory(case=case, plan_type=plan_type, state=state, insurer="Acme Health")
    case.complaint = "I called on May 3 and May 10; no one called back."
    case.save()
    request = PriorAuthFactory(
        case=case, submitted_on="2025-05-01", decision="denied", decided_on="2025-05-20"
    )
    denial = DenialFactory(case=case, prior_authorization=request, notice_date="2025-05-20")
    # An appeal filed and never decided: its decision is overdue.
    AppealFactory(denial=denial, filed_on="2025-06-01", outcome="pending", decided_on=None)
    return Case.objects.with_step_data().get(pk=case.pk)


def test_a_complaint_to_the_state_insurance_department_is_made_from_the_appeal_step(
    patient_client, case
):
    case = _case(case, "employer_fully_insured")
    page = patient_client.get(f"/cases/{case.pk}/steps/appeal/").text
    assert "If the plan isn" in page  # the section where the patient says what went wrong
    url = f"/cases/{case.pk}/letters/complaint/new/"
    assert url in page
    made = patient_client.post(url, {"target": "regulator:insurance-department:MA"})
    assert made.status_code == 302
    text = pdf_text(bytes(LetterVersion.objects.get(case=case, kind="complaint").pdf))
    for fact in (
        "State department of insurance, MA",
        "Complaint about my health plan",
        "I ask for your help with my health plan, Acme Health",
        "Decisions the plan owes me and has not made",
        # pre-service appeal filed Jun 1, 2025: 30 days under 29 CFR 2560.503-1
        "The plan's decision on my appeal",
        "was due by July 1, 2025",
        "I called on May 3 and May 10; no one called back.",
        "May 1, 2025 Prior authorization of",
        "June 1, 2025 First internal appeal filed.",
        # the cover sheet tells the patient where it goes
        "Send it to the insurance department of the state where the policy was written",
    ):
        assert fact in text, fact


def test_a_medicare_advantage_grievance_goes_to_the_plan_with_its_answer_times(case, tmp_path):
    case = _case(case, "medicare_advantage")
    kind = LETTER_KINDS["complaint"]
    (target,) = kind.options(case)
    assert target.label == "the grievance department of your Medicare Advantage plan"
    out = tmp_path / "grievance.pdf"
    call_command(
        "render_letter",
        case.pk,
        "complaint",
        "--target",
        target.key,
        "-o",
        str(out),
        stdout=io.StringIO(),
    )
    text = pdf_text(out.read_bytes())
    assert "This is a grievance about how you have handled my request" in text
    assert "within 30 days" in text and "answer within 24 hours" in text
    assert "within 60 days of what you are complaining about" in text  # the cover sheet


def test_a_plan_type_without_a_regulator_offers_no_complaint(case):
    PolicyFactory(case=case, plan_type="medicare")
    case = Case.objects.with_step_data().get(pk=case.pk)
    assert LETTER_KINDS["complaint"].options(case) == []


def test_another_states_regulator_is_not_a_target(patient_client, case):
    case = _case(case, "marketplace", state="MA")
    response = patient_client.post(
        f"/cases/{case.pk}/letters/complaint/new/", {"target": "regulator:insurance-department:NY"}
    )
    assert response.status_code == 404
