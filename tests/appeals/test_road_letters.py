"""Every letter of the appeal road, made by the patient from the appeal step and from the
`render_letter` command, for a case whose plan and levels call for it."""

import io

import pytest
from django.core.management import call_command
from pypdf import PdfReader

from appeals.kinds import LETTER_KINDS
from appeals.models import LetterVersion
from patients.models import Case
from tests.factories import AppealFactory, DenialFactory, PolicyFactory, ProviderFactory


def pdf_text(data):
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


# (kind, plan type, the level lost before it, a phrase its PDF carries)
ROAD_LETTERS = [
    ("claim-file", "employer_self_funded", None, "Request for my claim file"),
    ("expedited-appeal", "employer_fully_insured", None, "Request for an expedited appeal"),
    ("peer-to-peer", "marketplace", None, "Peer-to-peer review: preparation sheet"),
    ("appeal", "medicare_advantage", None, "Request for reconsideration"),
    ("appeal", "tricare", None, "Request for reconsideration"),
    ("fair-hearing", "medicaid", "internal_1", "Request for a state fair hearing"),
    ("external-review", "employer_fully_insured", "internal_1", "Request for external review"),
    ("medicare-redetermination", "medicare", None, "Request for Medicare redetermination"),
    (
        "medicare-reconsideration",
        "medicare",
        "redetermination",
        "Request for Medicare reconsideration",
    ),
    ("complaint", "employer_self_funded", None, "Complaint about my health plan"),
    ("complaint", "medicaid", None, "Complaint about my health plan"),
    ("complaint", "medicare_advantage", None, "Grievance"),
]


@pytest.fixture
def road_case(case):
    def build(plan_type, lost_level):
        PolicyFactory(case=case, plan_type=plan_type, state="NY")
        ProviderFactory(case=case)
        denial = DenialFactory(case=case)
        if lost_level:
            AppealFactory(
                denial=denial,
                level=lost_level,
                filed_on=denial.notice_date,
                outcome="upheld",
                decided_on=denial.notice_date,
            )
        return Case.objects.with_step_data().get(pk=case.pk)

    return build


@pytest.mark.parametrize(
    ("slug", "plan_type", "lost_level", "phrase"),
    ROAD_LETTERS,
    ids=[f"{s}-{p}" for s, p, _, _ in ROAD_LETTERS],
)
def test_each_road_letter_is_made_from_its_step_and_from_the_command(
    patient_client, road_case, tmp_path, slug, plan_type, lost_level, phrase
):
    case = road_case(plan_type, lost_level)
    kind = LETTER_KINDS[slug]
    (target, *_) = kind.options(case)
    page = patient_client.get(f"/cases/{case.pk}/steps/{kind.page}/").text
    url = f"/cases/{case.pk}/letters/{slug}/new/"
    assert url in page
    assert patient_client.post(url, {"target": target.key}).status_code == 302
    made = LetterVersion.objects.get(case=case, kind=slug)
    assert phrase in pdf_text(bytes(made.pdf))

    out = tmp_path / f"{slug}.pdf"
    call_command(
        "render_letter", case.pk, slug, "--target", target.key, "-o", str(out), stdout=io.StringIO()
    )
    assert phrase in pdf_text(out.read_bytes())


ROAD_PLAN_TYPES = [
    ("employer_self_funded", "Internal appeal", "Nov 29, 2025"),  # 180 days from Jun 2
    ("employer_fully_insured", "Internal appeal", "Nov 29, 2025"),
    ("marketplace", "Internal appeal", "Nov 29, 2025"),
    ("medicaid", "Appeal to your Medicaid plan", "Aug 1, 2025"),  # 60 days from the date
    ("medicare", "Redetermination", "Oct 5, 2025"),  # 120 days from receipt presumed +5
    ("medicare_advantage", "Reconsideration", "Aug 6, 2025"),  # 60 days from receipt +5
    ("medicare_part_d", "Redetermination", "Aug 6, 2025"),
    ("tricare", "Reconsideration", "Aug 31, 2025"),  # 90 days from the decision's date
]


@pytest.mark.parametrize(("plan_type", "first", "due"), ROAD_PLAN_TYPES)
def test_each_plan_types_road_is_on_the_appeal_step_with_the_cases_dates(
    patient_client, road_case, plan_type, first, due
):
    case = road_case(plan_type, None)
    page = " ".join(patient_client.get(f"/cases/{case.pk}/steps/appeal/").text.split())
    assert f"<strong>{first}</strong>" in page
    assert f"This is your next step: ask by {due}." in page
