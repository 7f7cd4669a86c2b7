"""A letter kind is one registry entry: a kind registered here, with its own gather function and
template and no other code, is offered on its page and on the clinic's case file, made and
downloaded by both, and listed by `render_letter --help`; for every kind of target."""

import datetime
import io

import pytest
from django.core.management import call_command, load_command_class
from pypdf import PdfReader

from appeals import kinds
from appeals.kinds import LETTER_KINDS, Addressee, LetterKind, Maker, Voice
from appeals.models import LetterVersion
from appeals.services import make_letter
from appeals.targets import DateRangeTarget, NoTarget
from coverage_guide.clinics.models import CaseShare
from coverage_guide.models import AuditEvent, Clinic, Membership
from patients.models import Case, PriorAuthorization
from tests.factories import CaseFactory, UserFactory, fill_case

TEMPLATE = (
    "<!doctype html><html lang='en'><head><title>{{ letter.title }}</title></head><body>"
    "<h1>{{ letter.title }}</h1><p>For {{ letter.about|default:'the whole case' }}, "
    "patient {{ letter.patient }}{% if letter.signer %}, signed {{ letter.signer }}{% endif %}."
    "</p></body></html>"
)


def gather_note(case, target, signer=None):
    return {
        "title": "Throwaway note",
        "about": target.label,
        "patient": case.patient_name,
        "signer": (signer or {}).get("prescriber", ""),
    }


TARGETS = {
    "none": NoTarget(),
    "denial": kinds.DENIAL,
    "claim": kinds.CLAIM,
    "range": DateRangeTarget(),
    "approval": kinds.APPROVAL,
    "appeal": kinds.APPEAL_LEVEL,
    "regulator": kinds.REGULATOR,
}


@pytest.fixture
def template_dir(settings, tmp_path):
    (tmp_path / "throwaway").mkdir()
    (tmp_path / "throwaway" / "note.html").write_text(TEMPLATE)
    engines = [dict(engine) for engine in settings.TEMPLATES]
    engines[0]["DIRS"] = [*engines[0]["DIRS"], tmp_path]
    settings.TEMPLATES = engines
    return tmp_path


@pytest.fixture
def case(db):
    case = fill_case(CaseFactory(patient_name="Robin Throwaway"))
    case.policy.plan_type = "employer_self_funded"
    case.policy.save()
    PriorAuthorization.objects.filter(case=case).update(
        decision="approved", decided_on=datetime.date(2025, 6, 20)
    )
    return Case.objects.with_step_data().get(pk=case.pk)


def register(target_kind):
    return kinds.register(
        LetterKind(
            "throwaway-note",
            "Throwaway note",
            "appeal",
            gather_note,
            Addressee.INSURER,
            Voice.PATIENT,
            targets=(target_kind,),
            template_name="throwaway/note.html",
        )
    )


@pytest.fixture
def staff(case):
    clinic = Clinic.objects.create(name="Throwaway Clinic", code="THROW1")
    CaseShare.objects.create(case=case, clinic=clinic, consented_by=case.owner)
    return Membership.objects.create(
        clinic=clinic, user=UserFactory(), display_name="Dr. Lee Staff", credentials="MD"
    )


def post_data(target_kind, case):
    if target_kind.typed:
        dates = sorted(c.service_date for c in case.claims.all())
        return {"start": str(dates[0]), "end": str(dates[-1])}
    return {"target": target_kind.options(case)[0].key}


def pdf_text(data):
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


@pytest.mark.parametrize("target_name", TARGETS)
def test_a_registered_kind_is_offered_made_and_downloaded_by_patient_and_staff(
    client, case, staff, template_dir, target_name
):
    target_kind = TARGETS[target_name]
    register(target_kind)
    try:
        client.force_login(case.owner)
        step = client.get(f"/cases/{case.pk}/steps/appeal/")
        assert f"/cases/{case.pk}/letters/throwaway-note/new/" in step.text

        made = client.post(
            f"/cases/{case.pk}/letters/throwaway-note/new/", post_data(target_kind, case)
        )
        assert made.status_code == 302
        version = LetterVersion.objects.get(case=case, kind="throwaway-note")
        assert version.number == 1 and version.target_key.startswith(target_kind.prefix)
        download = client.get(f"/cases/{case.pk}/letters/{version.pk}/download/")
        assert download.status_code == 200
        text = pdf_text(download.content)
        assert "Throwaway note" in text and "Robin Throwaway" in text

        client.force_login(staff.user)
        base = f"/clinic/{staff.clinic.code}/cases/{case.pk}"
        assert f"{base}/letters/throwaway-note/new/" in client.get(f"{base}/").text
        client.post(f"{base}/letters/throwaway-note/new/", post_data(target_kind, case))
        signed = LetterVersion.objects.filter(kind="throwaway-note").latest("pk")
        assert signed.number == 2 and signed.target_key == version.target_key
        download = client.get(f"{base}/letters/{signed.pk}/download/")
        assert "signed Dr. Lee Staff" in pdf_text(download.content)
        assert AuditEvent.objects.filter(action="download_letter", case_id=case.pk).exists()
    finally:
        kinds.unregister("throwaway-note")


def test_render_letter_lists_and_makes_a_registered_kind(case, template_dir, tmp_path):
    register(kinds.DENIAL)
    try:
        help_text = (
            load_command_class("appeals", "render_letter")
            .create_parser("manage.py", "render_letter")
            .format_help()
        )
        assert "throwaway-note" in help_text
        out = tmp_path / "note.pdf"
        target = f"denial:{case.denials.first().pk}"
        call_command(
            "render_letter",
            case.pk,
            "throwaway-note",
            "--target",
            target,
            "-o",
            str(out),
            stdout=io.StringIO(),
        )
        assert "Throwaway note" in pdf_text(out.read_bytes())
    finally:
        kinds.unregister("throwaway-note")
    assert "throwaway-note" not in LETTER_KINDS


def test_a_kind_only_staff_may_make_is_not_offered_or_made_by_the_patient(
    client, case, template_dir
):
    kinds.register(
        LetterKind(
            "throwaway-note",
            "Throwaway note",
            "appeal",
            gather_note,
            Addressee.INSURER,
            Voice.CLINIC,
            makers=frozenset({Maker.STAFF}),
            template_name="throwaway/note.html",
        )
    )
    try:
        client.force_login(case.owner)
        page = client.get(f"/cases/{case.pk}/steps/appeal/").text
        assert "/letters/throwaway-note/new/" not in page
        response = client.post(f"/cases/{case.pk}/letters/throwaway-note/new/", {"target": ""})
        assert response.status_code == 404
    finally:
        kinds.unregister("throwaway-note")


@pytest.mark.parametrize(
    "data",
    [
        {"target": "denial:999999"},
        {"target": "denial:²"},
        {"target": "claim:1"},
        {"target": "x" * 200},
        {},
    ],
)
def test_a_target_the_case_does_not_have_is_404(client, case, data):
    client.force_login(case.owner)
    assert client.post(f"/cases/{case.pk}/letters/appeal/new/", data).status_code == 404


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2026-02-01", "2026-01-01", "start on or before the end"),
        ("not a date", "2026-01-01", "start on or before the end"),
        ("1990-01-01", "1990-01-31", "No claim with services falls between"),
    ],
)
def test_a_date_range_to_correct_returns_to_the_page_with_a_message(
    client, case, start, end, message
):
    client.force_login(case.owner)
    response = client.post(
        f"/cases/{case.pk}/letters/superbill/new/", {"start": start, "end": end}, follow=True
    )
    assert message in response.text
    assert not LetterVersion.objects.filter(case=case).exists()


@pytest.mark.parametrize(
    ("plan_type", "offered"),
    [
        ("employer_self_funded", True),
        ("marketplace", True),
        ("medicaid", False),  # the next level is the state fair hearing
        ("medicare", False),
        ("medicare_advantage", False),
    ],
)
def test_external_review_is_offered_only_where_it_is_the_next_level(db, plan_type, offered):
    case = fill_case(CaseFactory())
    case.policy.plan_type = plan_type
    case.policy.save()
    denial = case.denials.first()
    denial.appeals.update(outcome="upheld", decided_on=denial.notice_date)
    case = Case.objects.with_step_data().get(pk=case.pk)
    assert bool(LETTER_KINDS["external-review"].options(case)) is offered


@pytest.mark.parametrize(("plan_type", "offered"), [("medicaid", True), ("marketplace", False)])
def test_a_state_fair_hearing_is_offered_after_a_medicaid_plan_upholds_its_denial(
    client, db, plan_type, offered
):
    case = fill_case(CaseFactory())
    case.policy.plan_type = plan_type
    case.policy.save()
    denial = case.denials.first()
    denial.appeals.update(outcome="upheld", decided_on=denial.notice_date)
    case = Case.objects.with_step_data().get(pk=case.pk)
    kind = LETTER_KINDS["fair-hearing"]
    assert bool(kind.options(case)) is offered
    if offered:
        version = make_letter(kind, case, kind.options(case)[0])
        text = " ".join(
            " ".join(
                p.extract_text() for p in PdfReader(io.BytesIO(bytes(version.pdf))).pages
            ).split()
        )
        assert "I ask for a state fair hearing on the decision of my Medicaid plan" in text
        assert "Before you send your request for a state fair hearing" in text  # its cover sheet
