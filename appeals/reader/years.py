"""Dates a notice can bear, and those whose year OCR cut short at a photo's edge or misread,
read as the year the letter's other dates make likely."""

import re
from datetime import date, timedelta

from .dates import MONTH, MONTHS, dates_in


def past_dates_in(text):
    """The dates a notice can bear: none later than a month from today (OCR misreads a 6 as 8)."""
    latest = date.today() + timedelta(days=31)
    return [found for found in dates_in(text) if found[0] <= latest]


# A date whose year OCR cut short at a photo's edge or misread: "June 23, 202", "October 28,
# 2¢", "10/09/202".
CUT_SHORT = re.compile(
    rf"(?:{MONTH}\s+(?P<day>\d{{1,2}})(,\s*|\s+)|(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/)"
    # (or its last digit alone, the rest lost at a photo's edge: "Date: September 18, 6")
    r"(2[^\s/]{0,2}(?![\d/])|(?<=, )\d(?=[ \t]*$))"
    # (or lost whole at a photo's edge, all that follows a label: "Date of statement: 06/18")
    r"|^[ \t]+(?P<m2>\d{1,2})/(?P<d2>\d{1,2})(?=[ \t]*$)",
    re.I,
)


def cut_short(letter):
    """How to read the dates whose year OCR cut short in this letter: each in the year (of the
    three around them) nearest the middle of the letter's other dates, and no later than a month
    from today. A guess, to confirm."""
    others = sorted(found[0] for found in past_dates_in(letter.text))
    latest = date.today() + timedelta(days=31)

    def dates(text):
        found = []
        for match in CUT_SHORT.finditer(text) if others else ():
            middle = others[len(others) // 2]
            month = match.group("month")
            month = MONTHS[month.lower()] if month else int(match.group("m") or match.group("m2"))
            day = int(match.group("day") or match.group("d") or match.group("d2"))
            options = []
            for year in (middle.year - 1, middle.year, middle.year + 1):
                try:
                    options.append(date(year, month, day))
                except ValueError:
                    continue
            options = [option for option in options if option <= latest]
            if options:
                nearest = min(options, key=lambda option: abs(option - middle))
                found.append((nearest, match.start(), match.end()))
        return found

    return dates
