"""A case's open deadlines as an iCalendar file."""

import hashlib
from datetime import timedelta

from django.utils import timezone
from icalendar import Alarm, Calendar, Event

from .knowledge.renewal import LAST_WARNING_DAYS

# Reminders beyond each deadline's own attention window: an approval's end is warned about
# again two days before.
_LAST_WARNINGS = {"renewal": (LAST_WARNING_DAYS,)}


def deadlines_calendar(deadlines, case_url):
    """All-day events for deadlines not yet done, each with a reminder when it needs attention
    (a week before, or scaled to an approval's length) and any last reminder."""
    calendar = Calendar()
    calendar.add("prodid", "-//Coverage Guide//Case deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Coverage Guide deadlines")
    stamp = timezone.now()
    for deadline in deadlines:
        if deadline.done:
            continue
        event = Event()
        key = f"{deadline.ref}|{deadline.title}".encode()
        event.add("uid", f"{hashlib.sha256(key).hexdigest()[:24]}@coverage-guide")
        event.add("dtstamp", stamp)
        event.add("dtstart", deadline.due)
        event.add("dtend", deadline.due + timedelta(days=1))
        event.add(
            "summary", f"{deadline.title}: {deadline.about}" if deadline.about else deadline.title
        )
        event.add(
            "description",
            " ".join(
                filter(
                    None,
                    [
                        deadline.rule,
                        deadline.note,
                        f"Source: {deadline.source.title}." if deadline.source else "",
                        case_url,
                    ],
                )
            ),
        )
        event.add("url", case_url)
        for days in sorted({deadline.attention_days, *_LAST_WARNINGS.get(deadline.event, ())}):
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", deadline.title)
            alarm.add("trigger", timedelta(days=-days))
            event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()
