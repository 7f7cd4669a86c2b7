"""Dates as letters write them: "March 4, 2026", "04 MAR 2026", "03/04/2026", "3/4/26",
"03.04.2026", "2026-03-04", "2026/03/04", "4 de marzo de 2026"; and spans of days ("within 180
days", "sixty (60) days", "65 días")."""

import re
from contextvars import ContextVar
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
# Spanish, as notices from Puerto Rico write them: "13 de marzo de 2026"
SPANISH = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)  # fmt: skip
MONTHS |= {name: number for number, name in enumerate(SPANISH, start=1)} | {"setiembre": 9}
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
    + r"|(?P<day2>\d{1,2})(?:[\s-]+de)?[\s-]+"
    + MONTH.replace("month", "month2")
    + r"(?:[\s,-]+de)?[\s,-]+(?P<year2>\d{4})"
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
    + r")(?:\s*\(\d{1,3}\))?[\s-]+(?:calendar\s+|business\s+|working\s+)?(days?|d[ií]as)\b",
    re.I,
)


# Whether the letter being read writes its dates day first ("21/07/2026"), as letters from
# outside the United States do: set by `read` for each letter.
DAY_FIRST = ContextVar("day_first", default=False)
NUMERIC = re.compile(r"\b(\d{1,2})[/-](\d{1,2})[/-](?:\d{4}|\d{2})(?!\d)")


def day_first(text):
    """Whether the text's numeric dates are day first: some have a first part past 12 and
    none a second part past 12."""
    pairs = [(int(first), int(second)) for first, second in NUMERIC.findall(text)]
    return any(first > 12 >= second for first, second in pairs) and not any(
        second > 12 for _, second in pairs
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
            month, day = int(groups["m3"]), int(groups["d3"])
            return date(year, day, month) if DAY_FIRST.get() else date(year, month, day)
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
