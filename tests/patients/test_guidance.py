"""The wizard shows what the rules give back for the demo case, each with its source."""

from datetime import timedelta
from html import unescape

import pytest
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar

from patients.demo import DEMO_PATIENT_EMAIL
from patients.models import Case
from patients.steps import State, progress
from tests.factories import AppealFactory, CaseFactory, DenialFactory, PolicyFactory


@pytest.fixture
def demo(client, db):
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    case = Case.objects.get(owner__email=DEMO_PATIENT_EMAIL)
    client.force_login(case.owner)
    return client, case


def page(client, case, step):
    response = client.get(f"/cases/{case.pk}/steps/{step}/")
    assert response.status_code == 200
    return unescape(response.text)


@pytest.mark.parametrize(
    ("step", "shown"),
    [
        (
            "plan",
            [
                "Coverage outlook for IV ketamine infusions",
                "Unlikely",
                "excludes experimental",
                "Ask your prescriber about esketamine",
                "employer group plans (ERISA and the ACA)",
                "Within 180 days",
            ],
        ),
        ("diagnosis", ["Treatment-resistant depression (the general definition)", "Met"]),
        ("history", ["3 adequate failed trials: Sertraline, Venlafaxine XR, Bupropion XL"]),
        ("insurer", ["What to ask your insurer", "CPT 96365, 96366"]),
        ("clinic", ["What it might cost you", "$3,900.00", "Questions for a clinic"]),
        ("prior-authorization", ["Deadlines", "The plan's decision is due"]),
        ("claims", ["Your claims in money", "$650.00", "The plan's decision on the claim is due"]),
        (
            "appeal",
            [
                "File an internal appeal",
                "How to answer the experimental or investigational denial",
                "definition of experimental or investigational",
                "An option to ask your prescriber about",
                "Parity law reaches your plan and your diagnosis",
                "Ask for your claim file",
            ],
        ),
        ("financial-aid", ["Your HSA or FSA", "Clinic payment plans", "What it might cost you"]),
    ],
)
def test_each_step_shows_what_the_rules_give_back_with_sources(demo, step, shown):
    client, case = demo
    text = page(client, case, step)
    for words in shown:
        assert words in text, words
    assert 'href="/sources/#src-' in text


def test_deadlines_on_the_dashboard_nearest_first_with_calendar_link(demo):
    client, case = demo
    text = unescape(client.get(f"/cases/{case.pk}/").text)
    assert "Upcoming deadlines" in text
    first = text.index("The plan's decision on the claim is due")
    second = text.index("The plan's decision on your appeal is due")
    assert first < second
    assert f"/cases/{case.pk}/deadlines.ics" in text


def test_deadlines_export_as_an_ics_calendar(demo):
    client, case = demo
    response = client.get(f"/cases/{case.pk}/deadlines.ics")
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    assert "Rivera" not in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    events = [c for c in Calendar.from_ical(response.content).walk("VEVENT")]
    assert len(events) == 2
    assert all(e.get("dtstart").dt > timezone.localdate() - timedelta(days=1) for e in events)
    assert any("appeal" in str(e.get("summary")) for e in events)


def test_a_deadline_within_a_week_makes_its_step_need_attention(db):
    today = timezone.localdate()
    case = CaseFactory()
    PolicyFactory(case=case, plan_type="medicaid")
    denial = DenialFactory(case=case, notice_date=today - timedelta(days=30))
    AppealFactory(
        denial=denial, filed_on=today - timedelta(days=25), outcome="pending", decided_on=None
    )
    case = Case.objects.with_step_data().get(pk=case.pk)
    appeal = next(p for p in progress(case) if p.step.slug == "appeal")
    assert appeal.status.state == State.NEEDS_ATTENTION
    assert "decision on your appeal" in appeal.status.todo[0]


def test_an_unappealed_denial_names_its_deadline(db):
    today = timezone.localdate()
    case = CaseFactory()
    PolicyFactory(case=case, plan_type="employer_self_funded")
    DenialFactory(case=case, notice_date=today, received_on=today)
    case = Case.objects.with_step_data().get(pk=case.pk)
    appeal = next(p for p in progress(case) if p.step.slug == "appeal")
    due = today + timedelta(days=180)
    assert f"by {due:%b %-d, %Y}" in appeal.status.todo[0]
