"""Checklist notices: a list of every reason the notice could give, with a box or a mark by
the ones that apply. The unticked items are not reasons."""

import re

from .keys import LEGEND_ENTRY, led_in
from .wording import kinds_in

# A checklist box at the start of an item, as typed or as OCR reads an empty one: "[ ]", "[]",
# "[{]", "{]", "( )", "☐"; a ticked one has an X or a tick in it.
BOX = re.compile(
    r"^\s*[_~.,'-]?\s*(?P<box>(?:[\[({|]\s?[^\sA-Za-z0-9]{0,2}\s?[\])}|]|[\[({]?\s?[xX✓✔]\s?[\])}]|"
    r"[☐☒☑□■]|LJ|O{1,2}|Oo|\(?0|Cl|C\]|C[O0]\)?|[OC0]\)|[©@¢oQDI1l|](?!\s+[A-Z]{1,2}-?\d{1,3}\b)|"
    r"[&®¥]|\([‘'`])"
    # a box OCR read as "(‘", run into the item's first word: "(‘The provider is not …"
    r"(?:\s+|(?<=\([‘'`]))(?:\d{1,3}\s+)?(?=[‘'`]?[A-Z])|"
    # what else OCR makes of a box before a capitalised word: "OC", "DO", "{J", "D)", "C2", "]",
    # "(1 «", "]_"
    r"(?!\d\s|[A-Z]\d\d\b)[\[\]{}()|OoCDQJLIl1-9©@¢]{1,3}(?<!\bI)(?<!\bA)_?\s+(?:[«»]\s?)?(?=[A-Z]"
    r"[a-z])|"
    # a typed box before an item in lower case: "[ ] not medically necessary"
    r"(?:\[\s?\]|[☐□])\s+(?=[a-z])|"
    # a form's box before its item's number: "{ ] 2. Injured person is not …"
    r"[\[({]\s?[\])}]\s+\d{1,2}[.,)]\s+(?=[A-Z]))"
)
# OCR reads a filled box as "&", "®" or "¥", and a filled circle as "@".
TICK = re.compile(r"(?:[xX✓✔☒☑■&®¥@→▶►➔]|->|=>)")  # or an arrow that points at the item


# A table's edge OCR read before a lettered note ("| B Our records show …", "I A Medicare won't
# pay …", "| B —- The …"): the note's letter, not a box.
LETTERED_NOTE = re.compile(r"^\W{0,2}[|Il]\s+([A-Z]\s+([—–-]{1,3}\s*)?[A-Z][a-z']|Lines? \d)")


# A summary notice's note, lettered: "C Your provider billed this visit without …"; a claim's
# note, numbered: "1 Health Alliance had no prior approval on file …"; "B A Local Coverage …".
LETTERED = re.compile(r"^\W{0,2}(?P<letter>[A-H1-9])\s{1,2}([A-Z][a-z']|A\s[A-Z]|\$\d)")


def lettered_notes(sentences):
    """The notes of a run lettered or numbered in turn (A, B, C … or B, C, D …; 1, 2 …), whose
    C, D or 1 is the note's letter or number, not an empty box OCR read as one."""
    notes, last, first = set(), None, None
    for sentence in sentences:
        match = LETTERED.match(sentence)
        if not match:
            continue
        letter = match.group("letter")
        if last and ord(letter) == ord(last) + 1:
            notes.add(sentence)
            if last == "1":
                notes.add(first)
        last = letter if last or letter in "AB1" else None
        first = sentence if letter == "1" else first
    # a note the letter points to: "The reason is given in note 1 at the bottom of this page."
    cited = set(re.findall(r"\b(?:foot)?notes? (\d)\b", " ".join(sentences), re.I))
    return notes | {s for s in sentences if (m := LETTERED.match(s)) and m["letter"] in cited}


# A table's "Applies?" cell OCR ran into the row: "| Another drug must be tried first YES The
# plan's step therapy program …", "| The amount requested … | YES | The request is for …".
YES_CELL = re.compile(r"(?<=[a-z|])\s+YES\s+(\|\s*)?(?=[A-Z])")


def is_unticked(sentence):
    box = BOX.match(sentence)
    return (
        bool(box)
        and not TICK.search(box.group("box"))
        and not LETTERED_NOTE.match(sentence)
        and not YES_CELL.search(sentence)
    )


# A line of a list: its mark (a box as typed or as OCR reads it, a tick, a bullet, a number, or
# nothing when OCR lost the box) and its text.
ITEM = re.compile(
    r"^\s*(?P<mark>[\[({]?\s?[xX✓✔]\s?[\])}]|[\[({]\s?[\])}]|[xX✓✔](?=\s)|\d{1,2}[.,)]|"
    r"[^\w\s]{1,3}|[☐☒☑□■]|C[O0]\)?|O{1,2}|0|"
    r"\d)?\s*(?:(?<=[\])☐☒☑□■])\s*\d{1,3}[.)]?\s+)?(?:_\s+)?(?:(?<=[☐□]\s)[‘'`])?(?P<text>[A-Z].{6,600})"
    r"$"
)
# A box OCR read in the middle of a line: a checklist's second column, or an item run on after
# the notice's word about its boxes ("… marked with an X { ] The service is not …").
MID_LINE_BOX = re.compile(r"\s(?=[\[{(]\s?[xX✓✔]?\s?[\]})]\s+[A-Z])")


def box_lines(lines):
    """The lines with each box OCR read mid-line starting a line of its own, and an item that
    wraps onto a line whose end holds its box ("The information … was not sent" / "to us in
    time ...... [ ]") as one line."""
    parts = [part for line in lines for part in MID_LINE_BOX.split(line) if part.strip()]
    joined = []
    for part in parts:
        if (
            joined
            and part.strip()[:1].islower()
            and END_BOX.search(part)
            and not END_BOX.search(joined[-1])
            and not BOX.match(part)
        ):
            joined[-1] = f"{joined[-1].rstrip()} {part.strip()}"
        else:
            joined.append(part)
    return joined


# What a notice says of its checklist: "the reason is marked below", "reasons without an X do
# not apply", "an X in the first column shows the reason", "only the reasons marked YES".
CHECKLIST_CUE = re.compile(
    r"\b(marked|checked|ticked|filled[- ]in|x'?ed)\b[^.]{0,40}\b(below|box|boxes)\b|"
    r"\bbox(es)? (checked|marked|ticked)\b|\bbox(es)? (that |which )?(below )?(is|are) (marked|"
    r"checked|ticked|filled)|\b(check|mark|tick)(ed)? (box|"
    r"boxes)\b|\bapplies to you\b[^.]{0,20}\b(marked|checked)|\b(reasons?|items?|box(es)?|"
    r"lines?)\b[^.]{0,50}\b(do|does) (not|rot|n[ao]t) apply\b|\b(marked|printed|shown|circled|"
    r"checked)\b[^.]{0,40}\b(appl(y|ies)( to you)?|YES)\b|\b(reasons?|items?|ones)\b[^.]{0,30}"
    r"\bappl(y|ies)( to you)? (are|is) (marked|checked|ticked)\b|\b(shows?|means?|indicates?|"
    r"marks?)\b[^.]{0,30}\breasons?\b[^.]{0,30}\b(appl(y|ies)|for (this|our) decision|"
    r"for the denial)|\bcircled\b|\b(marked|checked|ticked) (with )?(an? )?\W?(x|check|tick)\b",
    re.I,
)
# A tick OCR read apart from its item, on a line of its own after it: "&", "X", "☒".
LONE_TICK = re.compile(rf"^\W{{0,2}}{TICK.pattern}\W{{0,2}}$")
BULLET = re.compile(r"^[•·*\-–▪◦]$")
# A Wingdings box as a PDF pastes it: "¨" (read as the combining diaeresis it decomposes to),
# "þ", "ý".
WINGDINGS_BOX = re.compile(r"^[¨\u0308þý]$")
# A tick written after the item: "… not covered by Medicaid. (applies to you)", "… | YES",
# "… for you right now.     << APPLIES TO YOU".
TICK_AFTER = re.compile(
    r"(\(applies( to you)?\)|<+\s*(?i:applies to you)|\bYES\b|[✓✔☒☑■]|\[\s?[xX✓✔]\s?\])\W*$"
)
# A box at the end of an item's line, after dot leaders: "… not in the network ...... [ ]".
END_BOX = re.compile(r"[\[(]\s?[xX✓✔]?\s?[\])]\W*$")
# Past the list: a paragraph of prose ("In plain words: …", "About these reasons: …", or such a
# heading on a line of its own), or a long line, or a line that wraps on.
PROSE = re.compile(r"^(?!other\b)[A-Z][\w’' ]{1,30}:\s+\S.{20,}", re.I)
HEADING = re.compile(r"^(?!other\b)[A-Z][\w’' ]{3,40}:$", re.I)
ENDS = re.compile(r"[.;:!?)]\W*$")
# A sentence that gives the decision, which no checklist's item does.
DECISION = re.compile(
    r"\b(was|were|is|are|has been|have been) denied because\b|^\W*we (denied|"
    r"cannot approve|did not approve)\b",
    re.I,
)
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


# A list's item of other reasons: "Other: …", "Line 3: Other. Spravato nasal spray …".
OTHER = re.compile(r"^\W*(lines? \d+\W+)?other\b\W", re.I)
# An empty box as typed or printed, not a mark OCR guessed: "[ ]", "☐"; and either, ticked.
TYPED_EMPTY = re.compile(r"^(\[\s?\]|☐|□)$")
TYPED_BOX = re.compile(r"^(\[\s?[xX✓✔]?\s?\]|[☐□☒☑])$")


def ticked(item):
    mark = (item.group("mark") or "").strip()
    text = item.group("text")
    return bool(TICK.search(mark) or TICK_AFTER.search(text) or YES_CELL.search(text))


# a notice that says one box is marked: a box OCR lost beside the tick it shows is empty
ONE_BOX = re.compile(r"\bthe (box|reason|item) (that is )?(marked|checked|ticked)\b", re.I)


# A line that ends on a word no sentence ends on: the line below carries its sentence on.
WRAPPED = re.compile(r"\s(the|a|an|of|to|and|or|for|with|by|from|in|is|are|was|were|your|our)$")


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
    runs, run, lone_ticks, blank, above = [], [], set(), False, ""
    for line in box_lines(letter.lines):
        if not line.strip():
            blank = True
            continue
        after_blank, blank, wrapped = blank, False, bool(WRAPPED.search(above))
        above = line
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
        if CHECKLIST_CUE.search(line) or re.search(r"[?:]\W*$|^\W*why\b", line, re.I):
            item = None  # the list's heading, or the next one ("Why we denied rows 3 and 4")
        if DECISION.search(text):
            item = None  # the letter's decision: "The claim was denied because …"
        unboxed = item and not (item.group("mark") or "").strip()
        # (in a list with no box, a line that itself ends on such a word is prose too)
        ends_on = WRAPPED.search(text) and not any((i.group("mark") or "").strip() for i in run)
        if unboxed and (wrapped and not after_blank or ends_on):
            item = None  # prose wrapped after a word no sentence ends on ("… meets the" / "…")
        body = MARK_COLUMN.sub("", text)
        # In a list of typed boxes, a line with none that goes on from an item left unfinished
        # above is that item's wrapped line ("[X] The service is not covered. Ketamine given by
        # IV" / "Assistance Program Fee Schedule …"), even with a capital; after a finished
        # item it is an item whose box OCR lost.
        boxes = [
            TYPED_BOX.match(mark) or WINGDINGS_BOX.match(mark)
            for mark in ((i.group("mark") or "").strip() for i in run)
        ]
        unmarked = not (item and (item.group("mark") or "").strip())
        typed = sum(map(bool, boxes)) >= 2 and boxes[-1]
        unfinished = (
            run
            and not re.search(r"[.!?)\"”_:]\s*$", run[-1].string)
            and len(line) <= len(run[-1].string.split("\n")[-1]) + 15  # a wrap, not a paragraph
        )
        labelled = re.match(r"^\s*[A-Z][\w ]{1,30}:\s", line)  # "Reason: …" starts its own
        if typed and unmarked and unfinished and not after_blank and not labelled:
            whole = ITEM.match(f"{run[-1].string.rstrip()} {line.strip()}")
            if whole:
                run[-1] = whole
                continue
        if item and (
            ticked(item)
            or TYPED_EMPTY.match((item.group("mark") or "").strip())
            or len(body) <= 110
            and not re.search(r"[.;:] +[A-Z]", body)
        ):
            run.append(item)  # a ticked item, or one whose box is typed empty, may say more
        elif run and line.strip()[:1].islower():
            # an item's wrapped second line, part of its text ("proces-" / "sed." is one word)
            last = run[-1].string.rstrip()
            whole = ITEM.match(last[:-1] + line.strip() if re.search(r"[a-z]-$", last) else
                               f"{last} {line.strip()}")  # fmt: skip
            # … of a typed box's item, a bullet's or a Wingdings box's, or the short end of one
            # left unfinished ("… prior authorization was not" / "obtained.")
            mark = (run[-1].group("mark") or "").strip()
            marked = boxes and boxes[-1] or BULLET.match(mark) or WINGDINGS_BOX.match(mark)
            short_end = len(line.strip()) <= 30 and ENDS.search(line) and len(last + line) < 110
            marked = marked or not re.search(r"[.!?:;)]\s*$", last) and short_end
            if whole and marked and not END_BOX.search(run[-1].string):
                run[-1] = whole
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
        ticks = [ticked(item) or id(item) in lone_ticks for item in items]
        bullets = any(BULLET.match(mark) for mark in marks) and not any(ticks)
        if bullets or (led_in(letter, run[0].string.strip()) and not (announced and any(ticks))):
            # bullets, or a list under "We denied it for these reasons:", give reasons; not
            # where the notice says its reasons are the boxes marked, and ticks can be seen
            continue
        boxed = [is_unticked(item.string) for item in run]
        if not any(ticks) and sum(boxed) >= 2 and boxed.count(False) == 1:
            # Every line of the list shows an empty box but one: OCR lost that one's tick.
            ticks = [not is_unticked(item.string) for item in items]
        shown = [n for n, item in enumerate(run) if (item.group("mark") or "").strip()]
        inside = run[shown[0] : shown[-1]] if shown else []
        lost = [item for item in inside if not (item.group("mark") or "").strip()]
        if any(ticks) and sum(boxed) >= 2 and len(lost) == 1 and not ONE_BOX.search(letter.text):
            # Every line of the list shows a box, empty or ticked, but one in its midst: OCR lost
            # a box it could not read as empty, its X.
            ticks = [tick or item is lost[0] for item, tick in zip(items, ticks, strict=True)]
        ticked_texts |= {item_text(i.group("text")) for i, t in zip(items, ticks, strict=True) if t}
        # a ticked "Other: …" item, in words no rule knows
        ticked_texts |= {
            item_text(i.group("text")) for i in run if ticked(i) and OTHER.match(i.group("text"))
        }
        kinds = {kind for item in items for kind in kinds_in(item.group("text"))}
        # (two lines of prose that name reasons, no box before either, are no checklist's)
        if any(ticks) or len(kinds) >= 3 or announced and (len(items) >= 3 or any(marks)):
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


# An item is the notice's standard words: one sentence, no dates or numbers of this case.
ONE_SENTENCE = re.compile(r"^[A-Z][^.\d]*(\([A-Z]+\))?\.$")
# An item's first sentence, then its explanation on the same line: "( We did not receive the
# information we needed. We asked the clinic on July 31 …".
EXPLAINED = re.compile(r"^(?P<item>[A-Z](?:[^.]|(?<=\b[A-Z])\.){10,120}\.)\s+[A-Z][^.]{30,}")


def explained_after(letter):
    """The items OCR read with a box it could not tell ticked from empty ("(", "©") that go on
    to explain themselves: a scanned checklist explains the reasons it ticks, not the others.
    Not a typed box ("[ ]", "☐"), which says what it is, nor where OCR saw a tick: then the
    ticks say which."""
    found = set()
    for line in letter.lines:
        box = BOX.match(line)
        if box and TICK.search(box.group("box")):
            return set()
        if not box or TYPED_EMPTY.match(box.group("box").strip()):
            continue
        explained = EXPLAINED.match(line[box.end() :])
        if explained and kinds_in(explained.group("item")):
            found.add(explained.group("item"))
    return found


def unmarked_after_cue(letter, ticked_texts):
    """Below a notice's word that its reasons are marked, every short line that names a reason
    and shows no tick, whatever OCR made of its box (an item's wrapped line goes with it), up to
    the first paragraph of prose. An item that goes on to explain itself is a ticked one whose
    box OCR lost; its explanation is no prose that ends the list."""
    left_out = set()
    for cue in CHECKLIST_CUE.finditer(letter.text):
        at = letter.text.count("\n", 0, cue.end())
        in_ticked_item, open_lines, end_boxes, explaining = False, 0, 0, False
        # the lines below the cue, and any box OCR ran into the cue's own line after it
        below = [line.strip() for line in box_lines(letter.lines[at : at + 41])[1:]]
        # where OCR saw a tick before an item, the ticks say which apply, not the explanations
        seen_ticks = any(
            (box := BOX.match(line)) and TICK.search(box.group("box")) for line in below
        )
        for line in below:
            explained = not seen_ticks and EXPLAINED.match(BOX.sub("", line))
            if explained and kinds_in(explained.group("item")):
                explaining = in_ticked_item = True
                continue
            if explaining and (line[:1].islower() or line[:1].isdigit() or len(line) > 120):
                continue  # the explanation's wrapped lines ("for the pharmacy history …")
            explaining = False
            item = ITEM.match(line)
            # a paragraph wrapped short (pasted text): lines that carry a sentence on, one after
            # another
            open_lines = open_lines + 1 if line[:1].islower() and not ENDS.search(line) else 0
            if (
                PROSE.match(line)
                or left_out
                and HEADING.match(line)  # "More about our decision:", prose below it
                or end_boxes >= 2
                and not END_BOX.search(line)
                and not BOX.match(line)
                # a long line, or one that runs on, is prose unless a box begins it (one
                # sentence of up to 160 characters may be an item)
                or (
                    len(line) > (160 if ONE_SENTENCE.match(line) else 120)
                    or len(line) >= 80
                    and not ENDS.search(MARK_COLUMN.sub("", line))
                )
                and not BOX.match(line)
                and not END_BOX.search(line)
                or open_lines >= 2
            ):
                break
            end_boxes += bool(END_BOX.search(line))
            text = item.group("text") if item else line
            if line[:1].islower() and not BOX.match(line):
                tick = in_ticked_item  # the wrapped line of the item above (not "x} The …")
            else:
                # (a ticked item's first line, where its text was joined with the next)
                words = item_text(text)
                tick = bool(item and ticked(item)) or any(
                    words and whole.startswith(words) for whole in ticked_texts
                )
                in_ticked_item = tick
            if kinds_in(text):
                left_out.update(unticked_parts(text, tick))
    return left_out
