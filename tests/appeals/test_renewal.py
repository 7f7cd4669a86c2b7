"""A renewal walked from approval to renewal letter: the approval's period, the warnings scaled
to its length, the response on the baseline's scale, and the prescriber's renewal request."""

import io
from datetime import date, timedelta

import pytest
from django.utils import timezone
from pypdf import PdfReader

from appeals.models import LetterVersion
from patients.knowledge.renewal import progress, warning_days
from tests.factories import ClaimFactory, PolicyFactory, PriorAuthFactory, ScoreFactory

D = date


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2026, 3, 1), D(2026, 3, 29), (7, 2)),  # four weeks: a week ahead, then two days
        (D(2026, 3, 1), D(2026, 4, 26), (14, 2)),  # eight weeks
        (D(2026, 1, 1), D(2026, 7, 1), (30, 2)),  # six months: at most a month ahead
        (D(2026, 3, 1), D(2026, 3, 5), (2, 2)),  # a few days: never less than two
        (None, D(2026, 3, 29), (7, 2)),  # no start on the letter: taken as four weeks
    ],
)
def test_warnings_scale_with_the_approvals_length(start, end, expected):
    assert warning_days(start, end) == expected


def test_progress_compares_the_latest_score_with_the_baseline_on_the_same_scale():
    scores = [
        ("PHQ9", 22, D(2026, 2, 1)),
        ("PHQ9", 21, D(2026, 2, 27)),  # the baseline: the last before treatment began
        ("MADRS", 30, D(2026, 3, 10)),  # no baseline on this scale: not compared
        ("PHQ9", 12, D(2026, 3, 15)),
        ("PHQ9", 9, D(2026, 3, 25)),
    ]
    (phq,) = progress(scores, started_on=D(2026, 3, 1))
    assert (phq.scale, phq.baseline.score, phq.latest.score) == ("PHQ9", 21, 9)
    assert (phq.change, phq.percent) == (-12, -57)
    assert progress(scores[:2], started_on=D(2026, 3, 1)) == []  # nothing since


def pdf_text(data):
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


@pytest.fixture
def approved(case):
    today = timezone.localdate()
    start = today - timedelta(days=21)
    PolicyFactory(case=case)
    approval = PriorAuthFactory(
        case=case,
        service="esketamine",
        codes="G2083",
        decided_on=start - timedelta(days=2),
        submitted_on=start - timedelta(days=9),
        approved_from=start,
        approved_until=start + timedelta(days=28),
        sessions_approved=8,
        dosing_plan="84 mg twice a week for 4 weeks",
    )
    ScoreFactory(case=case, scale="PHQ9", score=21, taken_on=start - timedelta(days=3))
    ScoreFactory(case=case, scale="PHQ9", score=9, taken_on=today - timedelta(days=1))
    for days in range(0, 18, 3):
        day = start + timedelta(days=days)
        ClaimFactory(case=case, service_date=day, submitted_on=day)
    return approval


def test_a_renewal_from_approval_to_letter(patient_client, case, approved):
    dashboard = " ".join(patient_client.get(f"/cases/{case.pk}/").text.split())
    assert "in 7 days: ask your prescriber to request the renewal now." in dashboard
    page = " ".join(patient_client.get(f"/cases/{case.pk}/steps/prior-authorization/").text.split())
    assert "Ask for a renewal before the approval ends" in page
    assert "Within 7 days" in page

    url = f"/cases/{case.pk}/letters/renewal/new/"
    assert url in page
    made = patient_client.post(url, {"target": f"approval:{approved.pk}"})
    assert made.status_code == 302
    text = pdf_text(bytes(LetterVersion.objects.get(case=case, kind="renewal").pdf))
    for fact in (
        "Request to continue treatment: renewal of prior authorization",
        "Draft for your prescriber",
        "6 sessions have been given under this approval",
        "of the 8 approved",
        "84 mg twice a week for 4 weeks",
        "PHQ-9",
        "-12 (-57%)",
        "I ask you to renew it so that treatment continues without a gap",
    ):
        assert fact in text, fact


def test_two_days_before_the_end_the_warning_says_to_call_the_plan(patient_client, case, approved):
    approved.approved_until = timezone.localdate() + timedelta(days=2)
    approved.save()
    page = " ".join(patient_client.get(f"/cases/{case.pk}/").text.split())
    assert "in 2 days: if the renewal isn" in page


def test_the_calendar_reminds_at_each_warning(patient_client, case, approved):
    ics = patient_client.get(f"/cases/{case.pk}/deadlines.ics").content.decode()
    event = ics.split("SUMMARY:Ask for a renewal before the approval ends", 1)[1].split(
        "END:VEVENT"
    )[0]
    assert "TRIGGER:-P7D" in event and "TRIGGER:-P2D" in event


def test_a_renewal_request_made_stops_the_warning(patient_client, case, approved):
    PriorAuthFactory(
        case=case, submitted_on=timezone.localdate(), decision="pending", decided_on=None
    )
    page = patient_client.get(f"/cases/{case.pk}/").text
    assert "ask your prescriber to request the renewal now" not in page
