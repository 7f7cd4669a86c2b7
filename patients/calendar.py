"""A case's open deadlines as an iCalendar file."""

import hashlib
from datetime import timedelta

from django.utils import timezone
from icalendar import Alarm, Calendar, Event


def deadlines_calendar(deadlines, case_url):
    """All-day events, each with a reminder a week before, for deadlines not yet done."""
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
                    [deadline.rule, deadline.note, f"Source: {deadline.source.title}.", case_url],
                )
            ),
        )
        event.add("url", case_url)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", deadline.title)
        alarm.add("trigger", timedelta(days=-7))
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()
