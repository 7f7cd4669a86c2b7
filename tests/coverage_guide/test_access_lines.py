"""A patient's "who accessed my case": one staff member's reads within 30 minutes make one line;
every other event stays its own line (the audit log keeps every read)."""

from datetime import UTC, datetime, timedelta

from coverage_guide.audit import access_lines
from coverage_guide.models import AuditEvent

T0 = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


def event(minutes, actor=1, action="view_case_file", outcome="allowed", clinic=1):
    return AuditEvent(
        at=T0 + timedelta(minutes=minutes),
        actor_id=actor,
        clinic_id=clinic,
        action=action,
        outcome=outcome,
    )


def lines_of(*events):
    newest_first = sorted(events, key=lambda e: e.at, reverse=True)
    return [
        (line.count, line.first.at.minute, line.last.at.minute)
        for line in access_lines(newest_first)
    ]


def test_eleven_reloads_in_a_few_minutes_are_one_line():
    assert lines_of(*(event(m) for m in range(11))) == [(11, 0, 10)]


def test_reads_more_than_30_minutes_apart_are_two_lines():
    assert lines_of(event(0), event(10), event(45)) == [(1, 45, 45), (2, 0, 10)]


def test_a_window_is_30_minutes_from_the_newest_read_not_a_chain():
    # 0, 20, 40: each within 30 minutes of the one before, but 40 - 0 > 30.
    assert lines_of(event(0), event(20), event(40)) == [(2, 20, 40), (1, 0, 0)]


def test_other_people_actions_and_refusals_are_never_merged():
    found = lines_of(
        event(0),
        event(1, actor=2),  # someone else
        event(2, action="generate_letter"),  # not a read
        event(3, outcome="denied"),  # a refused attempt: always its own line
        event(4),
        event(5, clinic=2),  # the same person at another clinic
    )
    assert [count for count, _, _ in found] == [1, 1, 1, 1, 1, 1]
