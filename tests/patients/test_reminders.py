"""Reminder mail, each test on a fixed clock: once per threshold however many runs (in a row or
at once), retried after a failing mail server, re-armed by a corrected date, one mail after a
gap, "on the day" in the patient's own time zone, and off when the patient turns it off."""

import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection

from patients.knowledge.deadlines.facts import Deadline
from patients.knowledge.deadlines.reminders import reminder_for
from patients.models import ReminderMail
from patients.reminders import send_reminders
from tests.factories import CaseFactory, PolicyFactory, PriorAuthFactory

UNTIL = date(2026, 12, 31)  # an approval ends: the patient asks for a renewal by then


def at(day, hour=15):
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


class Outbox:
    def __init__(self, fail=False):
        self.mails, self.fail, self.lock = [], fail, threading.Lock()

    def __call__(self, subject, body, sender, to):
        if self.fail:
            raise OSError("mail server down")
        with self.lock:
            self.mails.append((subject, body, to))


def approved_case(zone="America/New_York", until=UNTIL):
    case = CaseFactory(treatment="esketamine")
    case.owner.time_zone = zone
    case.owner.save()
    PolicyFactory(case=case)
    PriorAuthFactory(
        case=case,
        service="esketamine",
        decision="approved",
        approved_from=until - timedelta(days=90),
        approved_until=until,
    )
    return case


@pytest.mark.django_db
def test_two_runs_in_a_day_send_once_and_say_nothing_about_health():
    case = approved_case()
    outbox = Outbox()
    assert send_reminders(at(UNTIL - timedelta(days=7)), send=outbox) == 1
    assert send_reminders(at(UNTIL - timedelta(days=7), hour=20), send=outbox) == 0
    ((subject, body, to),) = outbox.mails
    assert subject == "A deadline on your Coverage Guide case is in 7 days"
    assert to == [case.owner.email] and f"/cases/{case.pk}/" in body
    for private in ("esketamine", "Spravato", "renewal", "Acme", "depress", case.patient_name):
        assert private.lower() not in (subject + body).lower(), private


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_runs_send_once():
    approved_case()
    outbox, barrier = Outbox(), threading.Barrier(2)

    def run():
        barrier.wait()
        try:
            send_reminders(at(UNTIL - timedelta(days=2)), send=outbox)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(outbox.mails) == 1
    assert ReminderMail.objects.get().state == "sent"


@pytest.mark.django_db
def test_a_failing_mail_server_then_a_working_one_sends_once():
    approved_case()
    now = at(UNTIL - timedelta(days=14))
    assert send_reminders(now, send=Outbox(fail=True)) == 0
    assert not ReminderMail.objects.exists()  # the claim released
    working = Outbox()
    assert send_reminders(now + timedelta(hours=1), send=working) == 1
    assert send_reminders(now + timedelta(hours=2), send=working) == 0
    assert len(working.mails) == 1


@pytest.mark.django_db
def test_a_claim_left_by_a_run_that_died_is_taken_over_once_stale():
    case = approved_case()
    now = at(UNTIL - timedelta(days=7))
    send_reminders(now, send=Outbox())
    ReminderMail.objects.update(state="claimed", claimed_at=now - timedelta(hours=1))
    retry = Outbox()
    assert send_reminders(now, send=retry) == 1
    assert ReminderMail.objects.get(case=case).state == "sent"


@pytest.mark.django_db
def test_a_corrected_due_date_re_arms():
    case = approved_case()
    now = at(UNTIL - timedelta(days=2))
    outbox = Outbox()
    send_reminders(now, send=outbox)
    request = case.prior_authorizations.get()
    request.approved_until = UNTIL + timedelta(days=5)  # the letter said a later date
    request.save()
    send_reminders(now, send=outbox)
    assert [s for s, _, _ in outbox.mails] == [
        "A deadline on your Coverage Guide case is in 2 days",
        "A deadline on your Coverage Guide case is in 7 days",
    ]


@pytest.mark.django_db
def test_after_a_weeks_gap_one_mail_for_the_nearest_threshold():
    approved_case()
    outbox = Outbox()
    # No run for the 14- and 7-day thresholds: the first run, a day before, sends one mail.
    assert send_reminders(at(UNTIL - timedelta(days=1)), send=outbox) == 1
    assert outbox.mails[0][0] == "A deadline on your Coverage Guide case is in 1 day"
    assert send_reminders(at(UNTIL), send=outbox) == 1  # and on the day
    assert outbox.mails[1][0] == "A deadline on your Coverage Guide case is today"


@pytest.mark.django_db
def test_on_the_day_follows_the_patients_time_zone_across_midnight_utc():
    west = approved_case(zone="America/Los_Angeles")
    utc = approved_case(zone="UTC")
    # 05:00 UTC on Jan 1: still Dec 31, 9 p.m., in Los Angeles; already Jan 1 in UTC.
    outbox = Outbox()
    send_reminders(at(UNTIL + timedelta(days=1), hour=5), send=outbox)
    assert [(s, to) for s, _, to in outbox.mails] == [
        ("A deadline on your Coverage Guide case is today", [west.owner.email])
    ]
    assert not ReminderMail.objects.filter(case=utc).exists()  # past for them: no mail


@pytest.mark.django_db
def test_turning_reminders_off_stops_them(patient_client, patient):
    case = approved_case()
    case.owner = patient
    case.save()
    response = patient_client.post(f"/cases/{case.pk}/reminders/", {})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.reminders is False
    assert send_reminders(at(UNTIL - timedelta(days=7)), send=Outbox()) == 0
    patient_client.post(f"/cases/{case.pk}/reminders/", {"reminders": "on"})
    assert send_reminders(at(UNTIL - timedelta(days=7)), send=Outbox()) == 1


def deadline(due, **kw):
    return Deadline("File", due, "rule", None, kw.pop("who", "you"), event="file_appeal", **kw)


@pytest.mark.parametrize(
    ("days", "mail_days", "threshold"),
    [
        (20, 0, None),
        (14, 0, "14"),
        (10, 0, "14"),
        (7, 0, "7"),
        (3, 0, "7"),
        (2, 0, "2"),
        (0, 0, "0"),
        (-1, 0, None),
        # Medicare counts a request filed when received: 5 days earlier, for the mail.
        (12, 5, "7"),
        (5, 5, "0"),
        (4, 5, None),
    ],
)
def test_thresholds_and_the_mail_allowance(days, mail_days, threshold):
    today = date(2026, 6, 1)
    found = reminder_for(deadline(today + timedelta(days=days), mail_days=mail_days), today, 1)
    assert (found.threshold if found else None) == threshold


def test_an_overdue_decision_the_plan_owes_is_reminded_once():
    today = date(2026, 6, 1)
    owed = deadline(today - timedelta(days=1), who="plan")
    found = reminder_for(owed, today, 1)
    assert found.threshold == "overdue"
    assert found.key == reminder_for(owed, today + timedelta(days=3), 1).key  # one key: once
    assert reminder_for(deadline(today + timedelta(days=1), who="plan"), today, 1) is None
