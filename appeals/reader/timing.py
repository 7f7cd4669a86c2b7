"""When: the date of the notice, and the date or number of days the letter gives to appeal."""

import re

from .dated import PROCESSED_BESIDE, dated_above_decision, processed_date, said_date
from .dates import MONTH, dates_in, days_in
from .findings import GUESS, LIKELY, SURE, Finding
from .otherdays import (
    DAYS_BEFORE,
    FROM_APPEAL_LETTER,
    FROM_LATER_DECISION,
    LOOK_BACK,
    NOT_APPEAL_DEADLINE,
    about_something_else,
)
from .years import CUT_SHORT, cut_short, past_dates_in

NOTICE_LABEL = re.compile(
    r"\b(notice date|date of (this )?(written )?(notice|letter|decision|determination|denial|"
    r"statement|"
    r"EOB|explanation of benefits)|letter date|notice (issued|mailed|sent)( on)?(?= +\d)|"
    r"date (mailed|sent|issued)|mail(ing)? date|decision date|determination date|statement date|"
    r"date of (adverse )?(benefit )?determination|date processed|processed (on|date)|"
    r"remit(tance)?( advice)? date|(EOB|explanation of benefits) date|"
    # a bare "Date" before the date, but not a claim row's ("Date 02/10/2026 G2083 … $600")
    r"^\W{0,3}date(?= +([A-Za-z]{3,9}\.? )?\d)(?![^$]*\$))(?!\w)\s*(?P<colon>[:#])?|"
    r"\bdate\s*(?P<plain>[:#])",
    re.I,
)
NOT_NOTICE = re.compile(
    r"^\W*(subject|re)\s*:|birth|\bDOB\b|service|\bDOS\b|received|recibo|admission|from|through|"
    r"\bthru\b|effective|submitted|session|"
    r"request(ed)? (date|on)|\brequest(ed)?\s*:|appeal|filed|print|enroll|claim date|visit|"
    r"\b(start|begin|end)(s|ing)?\b|\b(meeting|hearing)\b|\b(original|earlier|previous|"
    r"prior)\s+(notice|letter|decision|determination|denial)\b|signature|\bsigned\b|"
    # another body's decision that the letter passes on: "IRO decision date May 12, 2026"
    r"\b(IRO|IRE|ALJ|reviewer'?s?)\s+(decision|determination)|"
    # an earlier level's, on a later level's decision: "Redetermination date: September 22, …"
    r"\bredetermination\s+date\b",
    re.I,
)

# A decision signed off with its place, the date below: "DATED: Albany, New York" / "July 9, 2026"
DATED_AT = re.compile(r"^\W*dated\s*:?\s*[A-Za-z][A-Za-z .,]{2,40}$", re.I)


def dated_at_a_place(lines):
    for line, below in zip(lines, lines[1:], strict=False):
        found = DATED_AT.match(line.strip()) and past_dates_in(below)
        if found and len(below.strip()) <= found[0][2] - found[0][1] + 4:
            return Finding(found[0][0], f"{line.strip()} {below.strip()}", LIKELY)
    return None


def notice_date(letter):
    # A labelled date above the greeting; then the letter's own date, a line there that is only
    # a date (a table's dates below it are the services'); then a label further on (another
    # body's decision passed on below the greeting, "Decision date: May 12, 2026", does not
    # outrank the letter's own date), or in a page header left out as furniture ("REMIT DATE:
    # 02/18/2026  EFT TRACE #: …  PAGE 3 OF 7").
    found = said_date(letter.sentences)  # "The date on this notice is January 26, 2026."
    if found:
        return found
    head = heading_lines(letter)
    cut = cut_short(letter)
    # (a label's date whose year OCR cut short still outranks a date standing alone below it)
    found = labelled_date(head) or labelled_date(head, cut, GUESS)
    if found:
        return dated_above_decision(head, found)
    processed = next(((n, f) for n, line in enumerate(head) if (f := processed_date(line))), None)
    for number, line in enumerate(head):
        if processed and number > processed[0]:
            break  # below a statement's "Processed: 02/19/2026": its claim's lines and dates
        found = past_dates_in(line)
        above = head[number - 1] if number else ""
        # not a date whose label stands on the line above ("Service date" / "02/10/2026")
        # or a date OCR ran into the heading beside it ("December 3, 2025 EXPEDITED APPEAL …")
        alone = found and len(line.strip()) <= found[0][2] - found[0][1] + 4
        if alone or found and found[0][1] <= 3 and CAPS_HEADING.fullmatch(line[found[0][2] :]):
            # (nor the end of a range the line above opens: "10/01/2025 -" / "10/31/2025")
            # (nor another label's, ending the line above: "First-level appeal decision:")
            label = above.rstrip().endswith(":") and above[-40:]
            if not (
                len(above) <= 40
                and NOT_NOTICE.search(above)
                or RANGE_OPEN.search(above)
                or label
                and NOT_NOTICE.search(label)
                and not NOTICE_LABEL.search(label)
            ):
                return Finding(found[0][0], line.strip(), LIKELY)
    if processed:
        return processed[1]
    found = labelled_date(letter.lines) or labelled_date(letter.furniture, apart=False)
    if found:
        return found
    # (a portal's "Claim processed:" beside another label, where no label dates the notice)
    found = next((f for line in head if (f := processed_date(line, PROCESSED_BESIDE))), None)
    if found:
        return found
    found = dated_at_a_place(letter.lines)
    if found:
        return found
    # the same with a year OCR cut short, after its label or alone on its line
    found = labelled_date(letter.lines, cut, GUESS)
    if found:
        return found
    for line in head:
        if CUT_SHORT.fullmatch(line.strip(" .,")) and cut(line):
            return Finding(cut(line)[0][0], line.strip(), GUESS)
    for line in letter.lines[:25]:
        # a statement's "Date printed: 11/18/2025" (not a portal's print stamp, which has a time)
        found = PRINTED.search(line) and past_dates_in(line)
        if found and not TIME_OF_DAY.search(line):
            return Finding(found[0][0], line.strip(), LIKELY)
    above = ""
    for line in letter.lines[:25]:
        found = past_dates_in(line)
        # (not a browser's or a message's stamp, a date with its time: "3/11/26, 7:52 PM"; nor a
        # stamp's date under its word: "RECEIVED" / "NOV 06 2026")
        stamped = found and (
            STAMP_TIME.match(line, found[0][2])
            or RANGE_START.match(line, found[0][2])
            or re.match(r"^\W*received\W*$", above, re.I)
        )
        above = line if line.strip() else above
        if found and not stamped and not NOT_NOTICE.search(line) and not is_email_header(line):
            return Finding(found[0][0], line.strip(), GUESS)
    # a portal message that is itself the notice, dated only where it came ("Received:
    # 10/14/2025  4:52 PM ET"; a claim's "Received: 04/21/2026" has no time of day)
    for line in letter.lines[:25]:
        found = MESSAGE_RECEIVED.search(line) and past_dates_in(line)
        if found:
            return Finding(found[0][0], line.strip(), GUESS)
    return None


MESSAGE_RECEIVED = re.compile(
    r"(received|sent)\s*:\s*[\d/.-]{8,10},?\s+\d{1,2}:\d\d\s*[AP]\.?M\b", re.I
)


NEXT_LABEL = re.compile(r"\s{0,6}[A-Z][A-Za-z ]{1,20}:")
RANGE_OPEN = re.compile(r"\d\s*(-|–|—|\bto|\bthrough|\bthru)\s*$", re.I)
STAMP_TIME = re.compile(r",?\s{0,3}(at\s)?\d{1,2}:\d\d\s?([AP]\.?M\b|\b)", re.I)
# a statement's print date, or a portal's "Generated 09/22/2025 from the member portal",
# "printed from the member portal on 08/19/2025"
PRINTED = re.compile(
    r"^\W{0,3}(date printed|print date)\s*:|\b(printed|generated|created)( (from|in|through|via) "
    r"(the|your) [\w -]{1,30}?)?( on)?\s+(?=\d)",
    re.I,
)
# a period's start, not a notice's date: "(G2082, 07/14/2025 - 08/31/2025)"
RANGE_START = re.compile(r"\s*(-|–|—|to|through|thru)\s*\d", re.I)
TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d\d\b")
CAPS_HEADING = re.compile(r"\s+[A-Z][A-Z ,&/()—–-]{9,}\s*")
LEADERS = re.compile(r"\s*[.·_…]{3,}")
# A date's month and day, its year on the next line or past a bar OCR made of a cell's edge.
OPEN_YEAR = re.compile(rf"\W{{0,3}}{MONTH}\s+\d{{1,2}},?(?!\s*\d)", re.I)
BARRED_YEAR = re.compile(rf"(?P<day>{MONTH}\s+\d{{1,2}},?)\s*\|\s*(?=20\d\d\b)", re.I)


def labelled_date(lines, dates=past_dates_in, sureness=SURE, apart=True):
    """The date right after a notice-date label; a label without a colon ("Date of This Notice
    March 4, 2026", a table's cell) only when nothing but leaders stands between them. `apart`:
    a label may stand on a line of its own with its date first on the next ("Statement" /
    "date:" / "May 6, 2026 Enrollee ID: …"), as some layouts set them."""
    for number, line in enumerate(lines):
        if is_email_header(line):
            continue
        for label in NOTICE_LABEL.finditer(line):
            sent = BARE_DATE.fullmatch(label.group()) or re.match(r"date sent", label.group(), re.I)
            if sent and in_a_cover(lines, number):
                continue
            if re.match(r"mail", label.group(), re.I) and any(
                COVER_SHEET.search(line) for line in lines[number : number + 15]
            ):
                continue  # a mailing cover sheet's date, above the letter's own
            before = line[max(0, label.start() - 25) : label.end()]
            rest, shown = line[label.end() :], line.strip()
            colon = label.group("colon") or label.group("plain") or LEADERS.match(rest)
            near = 40 if colon else 3
            # (or at the end of a longer line, with its colon: "Form … (Rev. 10/2025)  Date of
            # notice:" / "03/11/2026  SAMPLE")
            alone = len(shown) <= 24 or label.group("colon") and re.match(r"\s*$", rest)
            # (or a table's: "Statement date   Member: …" / "04/03/2026   Member ID: …", or with
            # its colon, the date a line further down where OCR left a blank line)
            beside = NEXT_LABEL.match(rest) and not dates(rest)
            if apart and (not rest.strip() and alone or beside) and number + 1 < len(lines):
                if not beside:
                    before = f"{lines[number - 1] if number else ''} {before}"[-40:]
                reach = 3 if beside and label.group("colon") else 2
                under = lines[number + 1 : number + reach]
                rest, near = next((ln for ln in under if ln.strip()), ""), 3
                shown = f"{shown} {rest.strip()}"
            elif apart and not rest.strip() and number + 1 < len(lines):
                # a form's column: the label last on its line, its date last on the next ("…
                # (ASSIGNEE)  DATE OF THIS DENIAL" / "… Psychiatry, P.C.  03/09/2026")
                last = dates(lines[number + 1])
                if last and not lines[number + 1][last[-1][2] :].strip():
                    rest, near = lines[number + 1][last[-1][1] :], 3
            # "March 19, | 2026"; a form's blank filled in: "_09/18/2025_"
            rest = BARRED_YEAR.sub(r"\g<day> ", rest).replace("_", " ")
            # "March 19," / "2026", or "February 11, Member: …" / "" / "| 2026"
            below = next((ln for ln in lines[number + 1 : number + 3] if ln.strip()), "")
            year = re.match(r"\W{0,3}(20\d\d)\b", below)
            open_date = OPEN_YEAR.match(rest)
            if year and open_date and not dates(rest):
                rest = f"{open_date.group().rstrip()} {year.group(1)}"
            # "Statement date: November | Member: …" / "|20, 2025 |": the month alone, its day
            # and year below
            month = re.match(rf"\W{{0,3}}({MONTH})\s*(\||$)", rest, re.I)
            day_year = re.match(r"\W{0,3}(\d{1,2}),?\s+(20\d\d)\b", below)
            if month and day_year and not dates(rest):
                rest = f"{month.group(1)} {day_year.group(1)}, {day_year.group(2)}"
            found = dates(rest)
            if found and found[0][1] <= near and not NOT_NOTICE.search(before):
                return Finding(found[0][0], shown, sureness)
    return None


def heading_lines(letter):
    """The 40 lines above the greeting ("Dear Ms. Ortiz:"), a page of language help before the
    letter left out; with no greeting near the top, the first 40 lines."""
    for number, line in enumerate(letter.lines[:120]):
        if re.match(r"^\W*dear\b", line, re.I):
            return letter.lines[max(0, number - 40) : number]
    return letter.lines[:40]


BARE_DATE = re.compile(r"\W*date\s*[:#]?\s*", re.I)
# (a fax cover's labels without their colons too: "To Keystone …", "Fax 724-555-0118")
COVER_LINE = re.compile(
    r"^\W*(to|from|re|subject|pages?|attn|cc)\s*:|^\W*(to|from|re|fax|pages?)\s+(?-i:[A-Z0-9])",
    re.I,
)


COVER_SHEET = re.compile(r"\b(this|the) cover (sheet|page)\b|\bplease read the enclosed\b", re.I)


def in_a_cover(lines, number):
    """Whether a line stands among a fax cover's or a message's lines ("To:", "From:", "Re:",
    "Pages:"): its bare "Date:" is when it was sent, not the notice's date."""
    near = lines[max(0, number - 4) : number + 5]
    pages = re.search(r"\bpages?\b.{0,20}:\s*\d", lines[number], re.I)  # "Date: … Pages: 3"
    return sum(bool(COVER_LINE.match(line)) for line in near) + bool(pages) >= 2


def is_email_header(line):
    """An e-mail's header line: when it was sent, not the date of the letter it carries."""
    return re.match(r"^\W*(date|sent)\s*:\s*(mon|tue|wed|thu|fri|sat|sun)\w*,", line.strip(), re.I)


APPEAL_WORDS = re.compile(
    r"\b(appeal|reconsider(ation)?|redetermin(ation|e)|grievance|(claim )?disputes? must be "
    r"(received|filed|submitted|sent)|disputed claims? (process|"
    r"procedure)|(request|ask for) an administrative "
    r"review|request (a|an) (review|appeal)|apelaci.n|ask (us )?(for |to )?(a |an )?((first|"
    r"second|third|1st|2nd|3rd|next|higher)[- ]level )?(review|appeal)|if you (disagree|do not "
    r"agree|don't agree) with "
    r"(this|our|the) (decision|determination|denial))",
    re.I,
)
# The next level outside the plan: its deadline is the one that counts only after the plan's
# final decision (a first denial's letter names it as a later step).
NEXT_LEVEL = re.compile(
    r"external review|independent (medical )?review|(fair|state|administrative) hearing|"
    r"Office of Personnel Management|\bOPM\b|Administrative Law Judge|\bALJ\b|\bOMHA\b|"
    r"\baudiencia\b|revisi.n externa",
    re.I,
)
# Where a final decision's deadline may be named by the next level's initials alone.
NEXT_LEVEL_NAMED = re.compile(
    rf"{NEXT_LEVEL.pattern}|\bIR[OE]\b|\bIMR\b|\brequest for an? hearing\b|\bhearing request\b",
    re.I,
)
BY_DATE = re.compile(
    r"\b(by|before|no later than|on or before|received by|postmarked by|until|deadline[^.]{0,20}|"
    r"appeal deadline[^.]{0,30}|by the date (on|shown on|printed on) (page \d|the first page)\W*|"
    r"(last|final) day( (to|for|you can)\b[^.]{0,30}?)? (is|will be)|that date is|(notice|letter)"
    # "within 65 days of the date of the notice, which is September 3, 2026"
    r"( date)?, which is)\s*[:|]?\s*$",
    re.I,
)


# A decision on an appeal or grievance: where it gives no other deadline, the hearing's or
# external review's is the next step's.
APPEAL_DECISION = re.compile(
    r"\b(reviewed|decided|resolution of|decision on) your (appeal|grievance)|\bnotice of (appeal|"
    r"grievance) (resolution|decision)|\byou asked (us|\w+) to review our decision|"
    r"\bappeal resolution\b",
    re.I,
)


FROM_THIS = re.compile(
    r"\b(date (of|on) (this|the) (notice|letter)|(get|receive|received) (this|the) (notice|"
    r"letter)|(service|receipt) of (this|the) (decision|notice|letter))\b|\(by \w+ \d",
    re.I,
)


def appeal_deadline(letter, notice, final=False):
    """(appeal_by, appeal_days): the date or the number of days the letter gives to appeal —
    after a final internal decision, to ask for the external review or hearing."""
    by, days = deadline_said(letter, notice, final)
    if by is None and days is None and not final:
        # No appeal to the plan is offered: the hearing or review is the next step, where the
        # letter is a decision on an appeal, or counts the hearing's days from this notice.
        by, days = deadline_said(letter, notice, final=True)
        if not APPEAL_DECISION.search(letter.text):
            by, days = (
                None if found is None or FROM_THIS.search(found.sentence) is None else found
                for found in (by, days)
            )
    return by, days


def later_step(sentence, start):
    """Whether the deadline at `start` is the next level's, named just before it (two columns OCR
    ran together may put the appeal's and the hearing's in one sentence)."""
    return bool(NEXT_LEVEL.search(sentence[max(0, start - 70) : start]))


# "To be safe, your request must be received by June 17, 2026", "You must send us your request
# within 180 days", "You have 120 days from the date you get this notice to file": the request
# named further back
YOUR_REQUEST = re.compile(
    r"\byour (written )?request (must|should) (be received|reach us)\b|\b(send|submit|file|mail)"
    r"( us)? your (written )?request within\b|\b\d+ days\b[^.]{0,60}\bto file\W*$",
    re.I,
)


MEANS = re.compile(r"^\W*(for (this|your) notice,? )?(that|this) means\b", re.I)


def deadline_said(letter, notice, final):
    by = days = None
    before_it = []  # the sentences so far: the two before may name the appeal, or "your
    # request" one further back
    lead = ""  # what a list's items are for: "To keep your services during an appeal, you must:"
    for sentence in letter.sentences:
        back = 6 if YOUR_REQUEST.search(sentence) else 2
        context = " ".join([*before_it[-back:], sentence])
        previous = before_it[-1] if before_it else ""
        before_it.append(sentence)
        item = re.match(r"^\s*([-•*–]|[a-z])", sentence)
        if not item:
            lead = f"{lead} {sentence}" if sentence.rstrip().endswith(":") else sentence
        if not (APPEAL_WORDS.search(context) or (final and NEXT_LEVEL_NAMED.search(context))):
            continue
        if item and lead.rstrip().endswith(":") and NOT_APPEAL_DEADLINE.search(lead):
            continue  # an item of a list of what happens meanwhile
        # a sentence OCR parted at a blank line ("… keep your services within" | "15 calendar
        # days of the date of this notice, by 09/30/2025."), read whole
        # and one that says what the sentence before means ("… within 10 days …, whichever is
        # later. For this notice that means we must hear from you by August 9, 2026.")
        cut = "" if re.search(r"[.!?:]\W*$", previous) and not MEANS.match(sentence) else previous
        if by is None:
            for value, start, end in dates_in(sentence):
                if notice and value <= notice or sentence[end : end + 1] == "?":
                    continue  # a deadline comes after the notice; an earlier date is history,
                    # and one asked ("appeal by 3/29/26?") a guess
                before = sentence[max(0, start - 40) : start]
                if not before.strip():
                    before = previous[-40:]  # "… must reach us by" | "March 23, 2026."
                if (
                    BY_DATE.search(before)
                    and not re.search(r"\bdated\s+\w*\s*$", before)
                    and not about_something_else(f"{cut} {sentence}", start + len(cut) + 1)
                    and (final or not later_step(sentence, start))
                ):
                    by = Finding(value, sentence, SURE)
                    break
        if days is None:
            for number, start, _ in days_in(sentence):
                around = sentence[max(0, start - 80) : start + 80]
                if (
                    number >= 30
                    and not about_something_else(sentence, start)
                    # "a score measured within 30 days before the request": not a deadline
                    and not DAYS_BEFORE.match(sentence, start)
                    and not LOOK_BACK.search(sentence[:start])
                    and not re.search(r"\b(per|every|each)\s+$", sentence[:start], re.I)
                    and not FROM_LATER_DECISION.match(sentence, start)
                    and not (
                        FROM_APPEAL_LETTER.match(sentence, start)
                        and not APPEAL_DECISION.search(letter.text)
                    )
                    and re.search(r"\b(within|have|from|of|after|must|dentro)\b", around, re.I)
                    and (final or not later_step(sentence, start))
                ):
                    days = Finding(number, sentence, SURE)
                    break
    return by, days
