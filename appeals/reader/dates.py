"""Dates as letters write them: "March 4, 2026", "04 MAR 2026", "03/04/2026", "3/4/26",
"03.04.2026", "2026-03-04", "2026/03/04"; and spans of days ("within 180 days", "sixty (60)
days")."""

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr", "aprif", "apri1", "aprii"),  # and as OCR may read its "l"
            ("may",),
            ("june", "jun"),
            ("july", "jul", "ju1y", "juiy", "jufy"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# a long month's name whose first letter OCR lost at a page's edge: "Date of This Notice pril 8"
MONTHS |= {name[1:]: MONTHS[name] for name in (
    "january", "february", "april", "august", "september", "october", "november", "december",
)}  # fmt: skip
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DATE = re.compile(
    r"\b(?:"
    + MONTH
    # "September.15, 2026": OCR's period with no space after it
    + r"(?:\s+|(?<=\.))(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s*(?P<year>\d{4})"
    + r"|(?P<day2>\d{1,2})[\s-]+"
    + MONTH.replace("month", "month2")
    + r"[\s,-]+(?P<year2>\d{4})"
    + r"|(?P<m3>\d{1,2})[/-](?P<d3>\d{1,2})[/-](?P<y3>\d{4}|\d{2})(?!\d)"
    # "03.05.2026", its month and day of two digits and its year whole (not a policy's number:
    # "5.01.33", "1.01.2026")
    + r"|(?P<m5>\d{2})\.(?P<d5>\d{2})\.(?P<y5>20\d\d)(?!\d)"
    # "2026-03-04", "2026/04/07"
    + r"|(?P<y4>\d{4})(?P<sep>[-/])(?P<m4>\d{1,2})(?P=sep)(?P<d4>\d{1,2})(?!\d)"
    + r")\b",
    re.I,
)
NUMBER_WORDS = {
    "ten": 10, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "forty-five": 45,
    "forty five": 45, "sixty": 60, "sixty-five": 65, "sixty five": 65, "ninety": 90,
    "one hundred twenty": 120, "one hundred and twenty": 120, "one hundred eighty": 180,
    "one hundred and eighty": 180,
}  # fmt: skip
DAYS = re.compile(
    r"\b(?P<n>\d{1,3}|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")(?:\s*\(\d{1,3}\))?[\s-]+(?:calendar\s+|business\s+|working\s+)?days?\b",
    re.I,
)


def parsed(match):
    groups = match.groupdict()
    try:
        if groups["month"]:
            return date(int(groups["year"]), MONTHS[groups["month"].lower()], int(groups["day"]))
        if groups["month2"]:
            month = MONTHS[groups["month2"].lower()]
            return date(int(groups["year2"]), month, int(groups["day2"]))
        if groups["m3"]:
            year = int(groups["y3"])
            year += 2000 if year < 100 else 0
            return date(year, int(groups["m3"]), int(groups["d3"]))
        if groups["m5"]:
            return date(int(groups["y5"]), int(groups["m5"]), int(groups["d5"]))
        return date(int(groups["y4"]), int(groups["m4"]), int(groups["d4"]))
    except ValueError:
        return None


def dates_in(text):
    """[(date, start, end)] for every date written in the text, in order."""
    found = []
    for match in DATE.finditer(text):
        value = parsed(match)
        if value is not None and 1990 <= value.year <= 2100:
            found.append((value, match.start(), match.end()))
    return found


def days_in(text):
    """[(number of days, start, end)] for every span of days in the text."""
    found = []
    for match in DAYS.finditer(text):
        word = match.group("n").lower()
        number = int(word) if word.isdigit() else NUMBER_WORDS[word]
        found.append((number, match.start(), match.end()))
    return found
