"""Checklist notices: a list of every reason the notice could give, with a box or a mark by
the ones that apply. The unticked items are not reasons."""

import re

from .wording import kinds_in

# A checklist box at the start of an item, as typed or as OCR reads an empty one: "[ ]", "[]",
# "[{]", "{]", "( )", "☐"; a ticked one has an X or a tick in it.
BOX = re.compile(
    r"^\s*[_~.,'-]?\s*(?P<box>(?:[\[({|]\s?[^\sA-Za-z0-9]{0,2}\s?[\])}|]|[\[({]?\s?[xX✓✔]\s?[\])}]|"
    r"[☐☒☑□■]|LJ|O{1,2}|Oo|0|Cl|C\]|C[O0]\)?|[OC]\)|[©@¢oQDI1l|]|[&®¥])\s+(?:\d{1,3}\s+)?(?=[A-Z])|"
    # what else OCR makes of a box before a capitalised word: "OC", "DO", "{J", "D)", "C2", "]"
    r"(?!\d\s)[\[\]{}()|OoCDQJLIl1-9©@¢]{1,3}(?<!\bI)(?<!\bA)\s+(?=[A-Z][a-z])|"
    # a typed box before an item in lower case: "[ ] not medically necessary"
    r"(?:\[\s?\]|[☐□])\s+(?=[a-z]))"
)
# OCR reads a filled box as "&", "®" or "¥", and a filled circle as "@".
TICK = re.compile(r"[xX✓✔☒☑■&®¥@]")


# A table's edge OCR read before a lettered note ("| B Our records show …", "I A Medicare won't
# pay …"): the note's letter, not a box.
LETTERED_NOTE = re.compile(r"^\W{0,2}[|Il]\s+[A-Z]\s+[A-Z][a-z']")


def is_unticked(sentence):
    box = BOX.match(sentence)
    return bool(box) and not TICK.search(box.group("box")) and not LETTERED_NOTE.match(sentence)


# A line of a list: its mark (a box as typed or as OCR reads it, a tick, a bullet, a number, or
# nothing when OCR lost the box) and its text.
ITEM = re.compile(
    r"^\s*(?P<mark>[\[({]?\s?[xX✓✔]\s?[\])}]|[\[({]\s?[\])}]|[xX✓✔](?=\s)|\d{1,2}[.,)]|"
    r"[^\w\s]{1,3}|[☐☒☑□■]|C[O0]\)?|O{1,2}|0|"
    r"\d)?\s*(?:(?<=[\])☐☒☑□■])\s*\d{1,3}\s+)?(?P<text>[A-Z].{6,150})$"
)
# A box OCR read in the middle of a line: a checklist's second column, or an item run on after
# the notice's word about its boxes ("… marked with an X { ] The service is not …").
MID_LINE_BOX = re.compile(r"\s(?=[\[{(]\s?[xX✓✔]?\s?[\]})]\s+[A-Z])")


def box_lines(lines):
    """The lines with each box OCR read mid-line starting a line of its own."""
    return [part for line in lines for part in MID_LINE_BOX.split(line)]


# What a notice says of its checklist: "the reason is marked below", "reasons without an X do
# not apply", "an X in the first column shows the reason", "only the reasons marked YES".
CHECKLIST_CUE = re.compile(
    r"\b(marked|checked|ticked|filled[- ]in|x'?ed)\b[^.]{0,40}\b(below|box|boxes)\b|"
    r"\bbox(es)? (checked|marked|ticked)\b|\bbox(es)? (that |which )?(below )?(is|are) (marked|"
    r"checked|ticked|filled)|\b(check|mark|tick)(ed)? (box|"
    r"boxes)\b|\bapplies to you\b[^.]{0,20}\b(marked|checked)|\b(reasons?|items?|box(es)?|"
    r"lines?)\b[^.]{0,50}\b(do|does) (not|rot|n[ao]t) apply\b|\b(marked|printed|shown|circled|"
    r"checked)\b[^.]{0,40}\b(appl(y|ies)( to you)?|YES)\b|\b(shows?|means?|indicates?|"
    r"marks?)\b[^.]{0,30}\breasons?\b[^.]{0,30}\b(appl(y|ies)|for (this|our) decision|"
    r"for the denial)|\bcircled\b|\b(marked|checked|ticked) (with )?(an? )?\W?(x|check|tick)\b",
    re.I,
)
# A tick OCR read apart from its item, on a line of its own after it: "&", "X", "☒".
LONE_TICK = re.compile(rf"^\W{{0,2}}{TICK.pattern}\W{{0,2}}$")
BULLET = re.compile(r"^[•·*\-–▪◦]$")
# A tick written after the item: "… not covered by Medicaid. (applies to you)", "… | YES".
TICK_AFTER = re.compile(r"(\(applies( to you)?\)|\bYES\b|[✓✔☒☑■]|\[\s?[xX✓✔]\s?\])\W*$")
# A box at the end of an item's line, after dot leaders: "… not in the network ...... [ ]".
END_BOX = re.compile(r"[\[(]\s?[xX✓✔]?\s?[\])]\W*$")
# Past the list: a paragraph of prose ("In plain words: …", "About these reasons: …"), or a long
# line, or a line that wraps on.
PROSE = re.compile(r"^(?!other\b)[A-Z][\w’' ]{1,30}:\s+\S.{20,}", re.I)
ENDS = re.compile(r"[.;:!?)]\W*$")
# A column of marks after an item's sentence: "… in time.  No |", "… to review it. YES".
MARK_COLUMN = re.compile(r"\s+(YES|NO|No|X|x|\|)\W*$")


def item_text(text):
    """An item's words, without a column of marks after them ("… necessary.    No")."""
    return MARK_COLUMN.sub("", re.sub(r"(\s*\||\s{2,})\s*\S{0,12}\s*$", "", text.strip()))


def unticked_parts(text, tick):
    """The unticked items in an item's line: a line of two columns holds two ("☐ The service is
    not medically necessary.    ☒ The provider is not in our network.")."""
    first, *others = re.split(r"\s(?=[☐☒☑□■]\s)", text)
    parts = [] if tick else [item_text(first)]
    return parts + [item_text(other[1:]) for other in others if other[0] in "☐□"]


def ticked(item):
    mark = (item.group("mark") or "").strip()
    return bool(TICK.search(mark) or TICK_AFTER.search(item.group("text")))


def checklist(letter):
    """The texts of a notice's checklist items that are not ticked. A checklist is a run of
    short one-sentence lines, three or more of them reasons; with a tick somewhere, the unticked
    ones are left out; where OCR read every box as empty but one, that one is the ticked one;
    with no tick to be seen and three kinds or more, none of them counts — a letter that gives
    three unrelated reasons puts them in bullets or prose — and the notice's own words decide.
    A list with bullets is a list of reasons. Returned with the texts of the ticked items."""
    # "The reason is marked below", "a filled-in box shows the reason": the notice says it is
    # a checklist, so its items count only where a tick can be seen.
    announced = bool(CHECKLIST_CUE.search(letter.text))
    runs, run, lone_ticks = [], [], set()
    for line in box_lines(letter.lines):
        if not line.strip():
            continue
        if LONE_TICK.match(line):
            if run:
                lone_ticks.add(id(run[-1]))  # OCR read the item's tick as a line of its own
            continue
        item = ITEM.match(line)
        text = item.group("text").strip() if item else ""
        if sum(bool(END_BOX.search(i.string)) for i in run) >= 2 and not END_BOX.search(line):
            item = None  # past a list whose boxes stand at the lines' ends
        if LEGEND_ENTRY.match(line):
            item = None  # a code key's line: its code is its mark, and the key is read apart
        if CHECKLIST_CUE.search(line) or re.search(r"[?:]\W*$", line):
            item = None  # the list's heading, not an item
        body = MARK_COLUMN.sub("", text)
        if item and (ticked(item) or len(body) <= 110 and not re.search(r"[.;:] +[A-Z]", body)):
            run.append(item)  # a ticked item may go on to say more
        elif run and line.strip()[:1].islower():
            continue  # an item's wrapped second line
        else:
            runs.append(run)
            run = []
    runs.append(run)
    left_out, ticked_texts = set(), set()
    for run in runs:
        items = [item for item in run if kinds_in(item.group("text"))]
        if len(items) < (2 if announced else 3):
            continue
        marks = [(item.group("mark") or "").strip() for item in items]
        if any(BULLET.match(mark) for mark in marks):
            continue
        ticks = [ticked(item) or id(item) in lone_ticks for item in items]
        boxed = [is_unticked(item.string) for item in run]
        if not any(ticks) and sum(boxed) >= 2 and boxed.count(False) == 1:
            # Every line of the list shows an empty box but one: OCR lost that one's tick.
            ticks = [not is_unticked(item.string) for item in items]
        ticked_texts |= {item_text(i.group("text")) for i, t in zip(items, ticks, strict=True) if t}
        kinds = {kind for item in items for kind in kinds_in(item.group("text"))}
        if any(ticks) or len(kinds) >= 3 or (announced and len(items) >= 2):
            for item, tick in zip(items, ticks, strict=True):
                left_out.update(unticked_parts(item.group("text"), tick))
    if announced:
        left_out |= unmarked_after_cue(letter, ticked_texts)
    return left_out, ticked_texts


def marked_after(letter):
    """The items a mark written after them ticks: "… used to review it. YES"."""
    return {
        BOX.sub("", item_text(line)).strip()
        for line in letter.lines
        if TICK_AFTER.search(line) and kinds_in(line)
    } - {""}


def unmarked_after_cue(letter, ticked_texts):
    """Below a notice's word that its reasons are marked, every short line that names a reason
    and shows no tick, whatever OCR made of its box (an item's wrapped line goes with it), up to
    the first paragraph of prose."""
    left_out = set()
    for cue in CHECKLIST_CUE.finditer(letter.text):
        at = letter.text.count("\n", 0, cue.end())
        in_ticked_item, open_lines, end_boxes = False, 0, 0
        # the lines below the cue, and any box OCR ran into the cue's own line after it
        for line in box_lines(letter.lines[at : at + 41])[1:]:
            line = line.strip()
            item = ITEM.match(line)
            # a paragraph wrapped short (pasted text): lines that carry a sentence on, one after
            # another
            open_lines = open_lines + 1 if line[:1].islower() and not ENDS.search(line) else 0
            if (
                PROSE.match(line)
                or end_boxes >= 2
                and not END_BOX.search(line)
                and not BOX.match(line)
                or len(line) > 120
                or (len(line) >= 80 and not ENDS.search(MARK_COLUMN.sub("", line)))
                or open_lines >= 2
            ):
                break
            end_boxes += bool(END_BOX.search(line))
            text = item.group("text") if item else line
            if line[:1].islower():
                tick = in_ticked_item  # the wrapped line of the item above
            else:
                tick = bool(item and ticked(item)) or item_text(text) in ticked_texts
                in_ticked_item = tick
            if kinds_in(text):
                left_out.update(unticked_parts(text, tick))
    return left_out


# A line of a code key: the code, then what it means ("MN01 Not medically necessary.",
# "CO-50: These are non-covered services…").
LEGEND_ENTRY = re.compile(
    r"^\s*[|;:{}\[\]]?\s*(?P<code>(?:CO|PR|OA|PI|CR)\s?-?\s?\d{1,3}|[A-Z]{2,3}\d{1,3}[A-Z]?|"
    r"[A-Z]\d{2,3}[A-Z]?)\b\s*[-–:=|]?\s+(?=\S)"
)


# A key's heading that says its codes are not this claim's: "Other codes you may see on your
# statements (general information - not used on this claim)".
NOT_THIS_CLAIM = re.compile(
    r"\bnot used (on|for|in) (this|your) (claim|statement|notice)|"
    r"\bcodes? you (may|might|could) see\b",
    re.I,
)


def unused_legend_entries(letter):
    """The entries of a code key whose code appears nowhere else in the notice: a key that
    explains every code the insurer uses, not the ones on this claim. Where no entry's code is
    used elsewhere, the key is the list of this claim's codes and every entry counts, unless
    its heading says its codes are not this claim's."""
    runs, run, above, headings = [], [], [], []
    for line in letter.lines:
        entry = LEGEND_ENTRY.match(line)
        if entry:
            # an entry with no reason in it (or none OCR could read) keeps the key going
            run.append((line.strip(), entry.group("code"), bool(kinds_in(line))))
        elif not line.strip():
            continue
        elif run and line.strip()[:1].islower():
            continue  # an entry's wrapped second line
        else:
            runs.append(run)
            headings.append(" ".join(above))
            run, above = [], [*above[-2:], line]  # the lines above a key: its heading
    runs.append(run)
    headings.append(" ".join(above))
    unused = set()
    for run, heading in zip(runs, headings, strict=True):
        if NOT_THIS_CLAIM.search(heading):
            unused |= {line for line, _, _ in run}
            continue
        run = [(line, code) for line, code, reason in run if reason]
        if len(run) < 3:
            continue
        uses = {line: times_used(letter.text, code) - 1 for line, code in run}
        if any(uses.values()):
            unused |= {line for line, used in uses.items() if not used}
    return unused


def times_used(text, code):
    digits = re.sub(r"^([A-Z]{2})\s?-?\s?", r"\1\\W{0,2}", code)
    return len(re.findall(rf"(?<![\w-]){digits}(?![\w-])", text))


# A key of codes, letters or numbers and what each means ("CO-50  These are non-covered …",
# "A  Precertification was not obtained …", "2. Clinical information … was not received",
# "* 55  Procedure … experimental"), and where the notice cites which of them apply ("Reason
# codes: A, D", "Denial reason 2 applies", a claim line's "CO-197", an asterisk before the entry).
KEY_ENTRY = re.compile(
    r"^\s*(?P<star>\*)?\s*\(?(?P<key>(?:CO|PR|OA|PI|CR)\s?-?\s?\d{1,3}|[A-Z]{1,3}-?\d{1,3}[A-Z]?|"
    r"[A-Z]|\d{1,3})\b\)?\s?[-–.:=|]?\s+(?P<text>[A-Z'\"].{4,150})$"
)
# A claim's code OCR garbled ("CO-1m1", "co-i8"): a group, a hyphen, and digits mixed with letters.
UNREADABLE_CODE = re.compile(r"\b(?i:co|pr|oa|pi|cr)[-–]\s?(?=\w{0,3}\d)(?!\d{1,3}\b)\w{1,4}\b")
MONEY = re.compile(r"\$\s?\d")
# A key's heading that says only some of its codes are this claim's.
NOT_ALL = re.compile(r"\bnot all (of )?(these |the )?codes (apply|are used)\b", re.I)
CITING = re.compile(r"\b(codes?|reasons?|items?|notes?|remarks?|appl(y|ies))\b", re.I)
NO_CODES = re.compile(
    r"\bno (denial |adjustment |remark |reason )?codes? (were |was )?(applied|used|apply)\b",
    re.I,
)


def key_parts(line):
    """A line, or the entries of a key set in two columns that the PDF or OCR ran into one line
    ("A Experimental or investigational D Provider not in network")."""
    parts = re.split(r"\s+(?=[A-Z]\s+[A-Z][a-z])", line.strip())
    entries = [KEY_ENTRY.match(part) for part in parts]
    letters = {entry.group("key") for entry in entries if entry and len(entry.group("key")) == 1}
    return parts if len(parts) > 1 and len(letters) == len(parts) else [line]


def keys(letter):
    """Each run of two or more key entries, as (line, code, starred) triples."""
    runs, run = [], []
    for line in (part for whole in letter.lines for part in key_parts(whole)):
        entry = KEY_ENTRY.match(line)
        if entry and not MONEY.search(line):  # a claim line with its amounts is not a key's
            run.append(
                (line.strip(), re.sub(r"\s", "", entry.group("key")), bool(entry.group("star")))
            )
        elif run and (not line.strip() or line.strip()[:1].islower()):
            continue  # an entry's wrapped second line
        else:
            runs.append(run)
            run = []
    runs.append(run)
    return [run for run in runs if len({code for _, code, _ in run}) >= 2]


# The notes at the end of a claim line: "… $0.00  B, C", "… $0.00  (3)".
NOTES_COLUMN = re.compile(
    r"\$[\d,.]+\s+(?P<notes>(\(?[A-Z0-9]{1,3}\)?[,\s]\s*)*\(?[A-Z0-9]{1,3}\)?)\W*$"
)


def notes_column(line):
    notes = NOTES_COLUMN.search(line)
    return set(re.findall(r"[A-Z0-9]{1,3}", notes.group("notes"))) if notes else set()


def cited(code, lines, columns=False):
    """Whether a line outside the key cites the code: a claim's code anywhere, a bare letter or
    number where the line speaks of codes, reasons or items, or (`columns`) at the end of a claim
    line."""
    if re.search(r"[A-Z]", code) and re.search(r"\d", code):
        pattern = re.sub(r"^([A-Z]{2})-?", r"\1\\W{0,2}", code)
        return any(re.search(rf"(?<![\w-]){pattern}(?![\w-])", line) for line in lines)
    # the code just after the word for it ("Reason codes: A, D", "See Notes C, D", "item 4"), or
    # just before "applies" ("Denial reason 2 applies"); not any number on a line about reasons
    # ("for 2 reasons")
    code = re.escape(code)
    near = re.compile(
        rf"{CITING.pattern}(\(s\))?[:\s#.]*(?:(?:[A-Z0-9]{{1,3}})(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+))*"
        rf"{code}(?![\w/%-]|\.\d)|(?<![\w/.$-]){code}\W{{0,3}}appl(y|ies)\b",
        re.I,
    )
    return any(
        near.search(line)
        # a claim line's column of notes: "… $0.00  (3)", "… $64.70  A"
        or columns
        and code in notes_column(line)
        for line in lines
    )


def cited_key_lines(letter):
    """The entries of a key the notice cites, and those it does not, where it cites some; every
    entry as not cited where it says no code applies."""
    used, unused = set(), set()
    entries = keys(letter)
    in_keys = {line for run in entries for line, _, _ in run}
    others = [line for line in letter.lines if line.strip() not in in_keys]
    for run in entries:
        if not any(kinds_in(line) for line, _, _ in run):
            continue
        if any(NO_CODES.search(line) for line in others):
            unused |= {line for line, _, _ in run}
            continue
        if any(UNREADABLE_CODE.search(line) for line in others):
            continue  # a code OCR garbled on a claim line ("CO-1m1") may be any of the key's
        starred = any(star for _, _, star in run)
        some = any(NOT_ALL.search(line) for line in others)
        codes = {code for _, code, _ in run}
        # the notes column of claim lines, where OCR read every note there as one of the key's
        columns = {note for line in others for note in notes_column(line)} <= codes
        marks = [star if starred else cited(code, others, columns) for _, code, star in run]
        used |= {line for (line, _, _), mark in zip(run, marks, strict=True) if mark}
        if any(marks) or some:
            unused |= {line for (line, _, _), mark in zip(run, marks, strict=True) if not mark}
    return used, unused


# A code key's heading: "What your codes mean", "Wellmark message code key", "Reason code key",
# "This key lists the message codes that appear most often on our statements".
KEY_HEADING = re.compile(
    r"^\W*(what (the|your|these) codes mean|[\w ]{0,30}\b(message|remark|reason|adjustment|denial|"
    r"explanation) codes? (key|legend|descriptions?|glossary)|codes? (key|legend|descriptions?)|"
    r"(key|legend) (to|of|for) (the |your |these )?codes|this key lists)\b",
    re.I,
)
SPEAKS = re.compile(r"\b(we|our|us)\b|\b(you|your)\b.{60}", re.I)


def in_code_keys(sentences):
    """The sentences of a code key whose entries OCR parted from their codes (a photographed
    statement's columns): from the key's heading on, up to the plan's own words or a long
    sentence to the reader."""
    inside, keyed = False, set()
    for number, sentence in enumerate(sentences):
        if KEY_HEADING.match(sentence):
            inside = True
        elif inside and (SPEAKS.search(sentence) or len(sentence) > 200):
            inside = False
        if inside:
            keyed.add(number)
    return keyed
