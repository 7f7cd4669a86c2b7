"""Counting calendar time the way the regulations do: months without the day, and deadlines
that move past a Saturday, Sunday or federal holiday where a rule says they do."""

import calendar
import functools
from datetime import date, timedelta

import holidays

from .. import sources

# The federal holidays of 5 U.S.C. 6103, with the days they are observed on when they fall on a
# weekend (a Saturday holiday is observed the Friday before, a Sunday one the Monday after):
# federal offices are closed on the observed day, so a deadline that lands on it moves too.
HOLIDAYS_SOURCE = sources.FEDERAL_HOLIDAYS


@functools.cache
def _federal_holidays(year):
    return holidays.country_holidays("US", years=year, observed=True)


def is_federal_holiday(day):
    return day in _federal_holidays(day.year)


def is_business_day(day):
    return day.weekday() < 5 and not is_federal_holiday(day)


def next_business_day(day):
    """The day itself, or the next day that is not a Saturday, Sunday or federal holiday."""
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def add_months(start, months, short_to_month_end=False):
    """The same day `months` later; where that month has no such day, the first day of the
    month after it (45 CFR 147.136(d)(2)(i): October 30 plus four months is March 1), or, for a
    rule whose text doesn't say, that month's last day (the earlier, safe date)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    if start.day <= last:
        return date(year, month, start.day)
    if short_to_month_end:
        return date(year, month, last)
    return date(year + month // 12, month % 12 + 1, 1)
