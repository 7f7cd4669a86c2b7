"""Sending reminder mail: for each case with reminders on, each deadline its patient owns (and
each decision the plan owes that is overdue) at the threshold due today in the patient's own
time zone. Each mail is claimed by inserting its key before it is sent, so two runs at once, or
two app servers, send it once; a failed send deletes the claim so that the next run retries; a
claim left by a run that died is taken over once it is stale."""

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from . import guidance
from .knowledge.deadlines.reminders import reminder_for
from .models import Case, ReminderMail

STALE_AFTER = timedelta(minutes=30)


def due_reminders(case, now):
    """The reminders a case calls for at `now`, counted in its owner's time zone."""
    today = timezone.localdate(now, ZoneInfo(case.owner.time_zone))
    found = (reminder_for(d, today, case.pk) for d in guidance.case_deadlines(case))
    return [r for r in found if r is not None]


def claim(case, reminder, now):
    """True if this run now holds the reminder's claim (it was free, or stale)."""
    try:
        with transaction.atomic():
            ReminderMail.objects.create(
                key=reminder.key,
                case=case,
                due=reminder.due,
                threshold=reminder.threshold,
                claimed_at=now,
            )
        return True
    except IntegrityError:
        stale = ReminderMail.objects.filter(
            key=reminder.key, state=ReminderMail.State.CLAIMED, claimed_at__lt=now - STALE_AFTER
        )
        return stale.update(claimed_at=now) == 1


def message(case, reminder):
    """Subject and body: that a deadline is near, and a link; never what it is about."""
    link = settings.SITE_URL.rstrip("/") + reverse("case_dashboard", args=[case.pk])
    if reminder.threshold == "overdue":
        subject = "A decision on your Coverage Guide case is overdue"
        lead = "A decision your plan owes on your case is overdue. See what that allows you to do"
    elif reminder.days_left == 0:
        subject = "A deadline on your Coverage Guide case is today"
        lead = "A deadline on your case is today"
    else:
        days = f"{reminder.days_left} day{'s' if reminder.days_left != 1 else ''}"
        subject = f"A deadline on your Coverage Guide case is in {days}"
        lead = f"A deadline on your case is in {days}"
    body = (
        f"{lead}:\n\n{link}\n\n"
        "To stop these emails for this case, untick “Email me before my deadlines” on the "
        "case's overview.\n"
    )
    return subject, body


def send_reminders(now=None, send=send_mail):
    """One pass: every reminder due at `now`, each sent once. Returns how many were sent."""
    now = now or timezone.now()
    sent = 0
    cases = Case.objects.with_step_data().filter(reminders=True).select_related("owner")
    for case in cases:
        if not case.owner.email or not case.owner.is_active:
            continue
        for reminder in due_reminders(case, now):
            if not claim(case, reminder, now):
                continue
            subject, body = message(case, reminder)
            try:
                send(subject, body, settings.DEFAULT_FROM_EMAIL, [case.owner.email])
            except Exception:
                ReminderMail.objects.filter(key=reminder.key).delete()  # the next run retries
                continue
            ReminderMail.objects.filter(key=reminder.key).update(
                state=ReminderMail.State.SENT, sent_at=timezone.now()
            )
            sent += 1
    return sent
