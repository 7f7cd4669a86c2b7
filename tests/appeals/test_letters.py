"""Letters: the facts of the case in every PDF, immutable versions, download, command line."""

import hashlib
import io
from html import unescape

import pytest
from django.core.management import CommandError, call_command
from pypdf import PdfReader

from appeals.kinds import LETTER_KINDS
from appeals.models import LetterVersion
from appeals.services import make_letter
from patients.demo import DEMO_PATIENT_EMAIL
from patients.guidance import case_deadlines
from patients.models import Case
from tests.factories import AppealFactory


def pdf_text(data):
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def flat(text):
    return "".join(text.split())


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=io.StringIO())
    case = Case.objects.get(owner__email=DEMO_PATIENT_EMAIL)
    denial = case.denials.get()
    # Lose the first internal appeal so an external review request can be made too.
    appeal = denial.appeals.get()
    type(appeal).objects.filter(pk=appeal.pk).update(outcome="upheld", decided_on=appeal.filed_on)
    return Case.objects.with_step_data().get(pk=case.pk)


def make(kind_slug, case, key=None):
    """A new version of a letter for its first target, or for the target with this key."""
    kind = LETTER_KINDS[kind_slug]
    options = kind.options(case)
    target = next(t for t in options if t.key == key) if key is not None else options[0]
    return make_letter(kind, case, target)


def test_medical_necessity_letter_holds_the_case_facts(demo):
    text = pdf_text(bytes(make("medical-necessity", demo).pdf))
    for fact in (
        "AH4410932",
        "GRP-77310",
        "Jordan Rivera",
        "F33.2",
        "96365",
        "96366",
        "J3490",
        "6 sessions",
        "Sertraline",
        "Venlafaxine XR",
        "Bupropion XL",
        "Cognitive behavioral therapy",
        "200 mg/day",
        "PHQ-9",
        "Amara Okafor, MD",
        "NPI 1234567893",
        "3 adequate failed trials",
        "Harbor Ketamine Clinic",
    ):
        assert flat(fact) in flat(text), fact


def test_appeal_letter_cites_the_denial_answers_its_reason_and_states_deadlines(demo):
    denial = demo.denials.get()
    text = pdf_text(bytes(make("appeal", demo, f"denial:{denial.pk}").pdf))
    filing = next(d for d in case_deadlines(demo) if d.title == "File an internal appeal")
    for fact in (
        "AH4410932",
        f"{denial.notice_date:%B %-d, %Y}",
        "experimental or investigational",
        "DN-558201",
        "considered experimental and investigational",
        "noninferior to ECT",
        f"{filing.due:%B %-d, %Y}",
        "claim file",
        "criteria you relied on",
        "Mental health parity",
        "Jordan Rivera",
        "F33.2",
        "Sertraline",
    ):
        assert flat(fact) in flat(text), fact


def test_external_review_request_after_a_final_internal_denial(demo):
    text = pdf_text(bytes(make("external-review", demo).pdf))
    for fact in (
        "Request for external review",
        "AH4410932",
        "4 months",
        "45 days",
        "final internal",
    ):
        assert flat(fact).lower() in flat(text).lower(), fact


def test_superbill_lists_provider_patient_diagnoses_and_every_service_line(demo):
    claim = demo.claims.get()
    text = pdf_text(bytes(make("superbill", demo, f"claim:{claim.pk}").pdf))
    for fact in (
        "1234567893",
        "04-1234567",
        "200 Harbor Street",
        "AH4410932",
        "F33.2",
        "96365",
        "99214",
        "11 (Office)",
        "$550.00",
        "$100.00",
        "$650.00",
        "CLM-0045521",
        f"{claim.service_date:%B %-d, %Y}",
    ):
        assert flat(fact) in flat(text), fact


def test_call_script_has_the_questions_and_blanks(demo):
    text = pdf_text(bytes(make("call-script", demo).pdf))
    for fact in (
        "Reference number",
        "Representative",
        "96365",
        "prior authorization",
        "superbill",
        "AH4410932",
    ):
        assert flat(fact).lower() in flat(text).lower(), fact


def test_case_summary_covers_the_whole_case_in_three_pages_or_fewer(demo):
    data = bytes(make("case-summary", demo).pdf)
    assert len(PdfReader(io.BytesIO(data)).pages) <= 3
    text = pdf_text(data)
    for fact in (
        "Coverage outlook",
        "F33.2",
        "Sertraline",
        "CLM-0045521",
        "PA-558201",
        "Harbor Ketamine Clinic",
        "Acme HSA",
    ):
        assert flat(fact) in flat(text), fact


def test_regenerating_makes_a_new_version_and_never_changes_an_old_one(demo):
    first = make("medical-necessity", demo)
    first_bytes, first_sha = bytes(first.pdf), first.sha256
    second = make("medical-necessity", demo)
    assert (first.number, second.number) == (1, 2)
    first.refresh_from_db()
    assert bytes(first.pdf) == first_bytes
    assert hashlib.sha256(first_bytes).hexdigest() == first_sha
    assert first.context["patient"]["member_id"] == "AH4410932"
    first.subject = "changed"
    with pytest.raises(ValueError, match="never changed"):
        first.save()


def test_download_is_an_uncached_attachment_without_the_patients_name(client, demo):
    version = make("appeal", demo)
    client.force_login(demo.owner)
    response = client.get(f"/cases/{demo.pk}/letters/{version.pk}/download/")
    assert response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;") and "Rivera" not in disposition
    assert "Jordan" not in disposition
    assert "no-store" in response["Cache-Control"]
    assert hashlib.sha256(response.content).hexdigest() == version.sha256


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_each_kind_is_made_from_its_step(client, demo, htmx):
    client.force_login(demo.owner)
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    for slug, kind in LETTER_KINDS.items():
        if not kind.options(demo):  # a kind for another plan type (the fair hearing: Medicaid)
            continue
        page = (
            f"/cases/{demo.pk}/"
            if kind.page == "dashboard"
            else f"/cases/{demo.pk}/steps/{kind.page}/"
        )
        assert f"/letters/{slug}/new/" in client.get(page).text, slug
        data = {"target": kind.options(demo)[0].key}
        response = client.post(f"/cases/{demo.pk}/letters/{slug}/new/", data, **headers)
        version = LetterVersion.objects.filter(case=demo, kind=slug).latest("pk")
        if htmx:
            assert f"/letters/{version.pk}/download/" in response.text
        else:
            assert response.status_code == 302
            assert f"#letter-{version.pk}" in response["Location"]
            assert f"/letters/{version.pk}/download/" in client.get(response["Location"]).text


def test_superbill_for_a_date_range(client, demo):
    client.force_login(demo.owner)
    claim = demo.claims.get()
    day = claim.service_date.isoformat()
    client.post(f"/cases/{demo.pk}/letters/superbill/new/", {"start": day, "end": day})
    version = LetterVersion.objects.get(case=demo, kind="superbill")
    assert "96365" in pdf_text(bytes(version.pdf))
    response = client.post(
        f"/cases/{demo.pk}/letters/superbill/new/", {"start": day, "end": "2000-01-01"}, follow=True
    )
    page = unescape(response.text)
    assert "start on or before the end" in page
    assert LetterVersion.objects.filter(case=demo, kind="superbill").count() == 1
    # Said beside the range form, as an error (not a green note at the top), the dates kept.
    problem = page.index('id="superbill-problem"')
    assert page.index('id="letters"') < problem < page.index('name="start"')
    assert page.count("start on or before the end") == 1  # there only, not also at the top
    assert f'name="start" value="{day}"' in page and 'name="end" value="2000-01-01"' in page
    # A range with no claim in it makes no empty superbill.
    response = client.post(
        f"/cases/{demo.pk}/letters/superbill/new/",
        {"start": "2001-01-01", "end": "2001-12-31"},
        follow=True,
    )
    assert "No claim with services falls between" in unescape(response.text)
    assert LetterVersion.objects.filter(case=demo, kind="superbill").count() == 1


def test_no_external_review_offered_before_a_final_internal_denial(db):
    call_command("seed_demo", stdout=io.StringIO())
    case = Case.objects.with_step_data().get(owner__email=DEMO_PATIENT_EMAIL)
    assert LETTER_KINDS["external-review"].options(case) == []
    AppealFactory(denial=case.denials.get(), level="internal_2", outcome="upheld")
    case = Case.objects.with_step_data().get(pk=case.pk)
    assert len(LETTER_KINDS["external-review"].options(case)) == 1


def test_command_line_renders_a_letter_to_a_file(demo, tmp_path):
    out = tmp_path / "appeal.pdf"
    stdout = io.StringIO()
    call_command(
        "render_letter",
        demo.pk,
        "appeal",
        "--target",
        f"denial:{demo.denials.get().pk}",
        "-o",
        str(out),
        stdout=stdout,
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert "AH4410932" in pdf_text(out.read_bytes())
    assert "version 1" in stdout.getvalue()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["999999", "appeal", "--target", "denial:1"], "No case with id 999999"),
        (["{case}", "poem"], "invalid choice: 'poem'"),
        (["{case}", "appeal"], "has no target '\\(none\\)' for a appeal"),
        (["{case}", "appeal", "--target", "denial:999999"], "has no target 'denial:999999'"),
        (["{case}", "superbill", "--target", "claim:999999"], "has no target 'claim:999999'"),
        (["{case}", "superbill", "--target", "range:2026-02-01/2026-01-01"], "start on or before"),
    ],
)
def test_command_line_fails_cleanly(demo, tmp_path, args, message):
    args = [a.replace("{case}", str(demo.pk)) for a in args]
    with pytest.raises(CommandError, match=message):
        call_command("render_letter", *args, "-o", str(tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()


def test_command_line_exits_non_zero_from_the_shell(tmp_path):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "manage.py", "render_letter", "1", "poem", "-o", str(tmp_path / "x.pdf")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2  # a usage error, the way argparse reports one
    assert "invalid choice: 'poem'" in result.stderr
