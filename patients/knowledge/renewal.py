"""Renewing an approval before it ends: when to warn (scaled to the approval's length), and how
treatment is going, the latest score against the baseline on the same scale."""

from dataclasses import dataclass
from datetime import date

LAST_WARNING_DAYS = 2  # the last reminder, whatever the approval's length
LONGEST_FIRST_WARNING_DAYS = 30  # a long approval is first warned about a month ahead
ASSUMED_LENGTH_DAYS = 28  # when the approval letter gives no start date


def warning_days(approved_from, approved_until):
    """(first, last): how many days before the end to warn. The first is a quarter of the
    approval's length (an approval of four weeks: one week), the last two days."""
    length = (approved_until - approved_from).days if approved_from else ASSUMED_LENGTH_DAYS
    first = min(LONGEST_FIRST_WARNING_DAYS, max(LAST_WARNING_DAYS, round(length / 4)))
    return first, LAST_WARNING_DAYS


@dataclass(frozen=True)
class Reading:
    score: int
    taken_on: date


@dataclass(frozen=True)
class Progress:
    """A scale's baseline and latest score: the change, and the change as a share."""

    scale: str
    baseline: Reading
    latest: Reading

    @property
    def change(self):
        return self.latest.score - self.baseline.score

    @property
    def percent(self):
        """The change as a percentage of the baseline (negative is a fall), or None from 0."""
        if self.baseline.score == 0:
            return None
        return round(100 * self.change / self.baseline.score)


def progress(scores, started_on=None):
    """For each scale with a score on or before treatment started (the latest such, or the
    first score when the start is unknown) and a later one: the baseline and the latest.

    `scores` are (scale, score, taken_on), in any order."""
    found = []
    by_scale = {}
    for scale, score, taken_on in sorted(scores, key=lambda s: (s[2], s[0])):
        by_scale.setdefault(scale, []).append(Reading(score, taken_on))
    for scale, readings in by_scale.items():
        before = [r for r in readings if started_on is None or r.taken_on <= started_on]
        if not before:
            continue
        baseline = before[-1] if started_on else before[0]
        after = [r for r in readings if r.taken_on > baseline.taken_on]
        if after:
            found.append(Progress(scale, baseline, after[-1]))
    return found
