"""Code keys: a notice's list of codes, letters or numbers and what each means, and which of
them the notice uses on this claim. The entries it does not use are not reasons."""

import re

from patients.knowledge.remarks import remark

from .background import OWN_WORDS
from .misread import MISREAD_CODE, MISREAD_TOKEN, code_pattern, read_code
from .wording import kinds_in

# A line of a code key: the code, then what it means ("MN01 Not medically necessary.",
# "CO-50: These are non-covered services…").
LEGEND_ENTRY = re.compile(
    r"^\s*[|;:{}\[\]'‘’+]?\s*(?P<code>(?:CO|PR|OA|PI|CR)\s?-?\s?\d{1,3}|[A-Z]{2,3}\d{1,3}[A-Z]?|"
    r"[A-Z]\d{2,3}[A-Z]?|x\d{2})(?:_|\b)\s*[-–:=|]?\s+(?=\S)"  # ("x02": an X, as OCR read it)
)
# "Only the codes listed beside a line apply to that line": the others in its keys do not.
ONLY_LISTED = re.compile(
    r"\bonly the codes (listed|shown|printed|in|used in) [^.]{0,40}\bapply\b", re.I
)
TWO_COLUMNS = re.compile(r"(?<=[A-Za-z.)])\s+(?=(?:CO|PR|OA|PI|CR)-\d{1,3}_?\s+[A-Z])")


# A key's heading that says its codes are not this claim's: "Other codes you may see on your
# statements (general information - not used on this claim)".
NOT_THIS_CLAIM = re.compile(
    r"\b[nm]ot used (on|for|in) (this|your) (claim|statement|notice)|"  # (OCR's "mot")
    r"\bcodes?\b[^.]{0,40}\bnot applied to (this|your) claim|"
    r"\bcodes? (you|we) (may|might|could) (see|receive|get)\b|"
    r"\bother [\w ]{0,20}\bcodes? [\w ]{0,30}\bmay use\b|"
    r"\bso you can read other (statements|notices|claims)\b|\(not on this (claim|statement)\)|"
    # said of codes: "Other codes that may appear (none of these apply to this claim)", "Standard
    # codes also printed on our remittances, for reference only", "These are listed for reference
    # only and do not apply to this prior authorization decision", not of a rule or a document
    r"(\bcodes?\b|\b(CO|PR|OA|PI|CR)-\d{1,3}\b|\b(these|they) are listed\b)[^.]{0,80}(\b(shown )?"
    r"for reference( only)?\b|\bnot on this (claim|statement)\b|"
    r"\b(none of (these|them|which)|(do|does) not) (apply|applies|appl(y|ies) to|(is|are) used)\b"
    r"[\w ]{0,12}\b(this|your) ([\w-]+ ){0,2}(claim|statement|notice|decision)\b)",
    re.I,
)


def not_this_claims(letter):
    """The sentences of a paragraph that says its codes are not this claim's, or of the one under
    such a heading: a key run into a paragraph ("A1 prior authorization was not requested - B2
    …"), whatever OCR made of its codes. The plan's own words there ("we denied …") stand."""
    paragraphs = [" ".join(block.split()) for block in re.split(r"\n\s*\n", letter.text)]
    keyed = []
    for number, paragraph in enumerate(paragraphs):
        match = NOT_THIS_CLAIM.search(paragraph)
        if match:
            # from the heading on: a statement's key of the codes it used may stand above it
            # in the same paragraph ("PR-204 … Other codes (none of these apply to this claim)")
            start = paragraph.rfind(". ", 0, match.start()) + 1
            keyed.append(paragraph[start:] if paragraph[match.end() :].strip(" .):") else paragraph)
            if len(paragraph) <= 120:  # a heading: its key, in the paragraphs OCR made of it
                following = paragraphs[number + 1 : number + 2]
                for rest in paragraphs[number + 2 :]:
                    if not (LEGEND_ENTRY.match(rest) or rest[:1].islower()):
                        break
                    following.append(rest)
                keyed += following
    return {
        sentence
        for sentence in letter.sentences
        if any(" ".join(sentence.split()) in paragraph for paragraph in keyed)
        and not OWN_WORDS.search(sentence)
    }


def unused_legend_entries(letter):
    """The entries of a code key whose code appears nowhere else in the notice: a key that
    explains every code the insurer uses, not the ones on this claim. Where no entry's code of
    any key is used elsewhere, the keys list this claim's codes and every entry counts, unless
    a key's heading says its codes are not this claim's."""
    runs, run, above, headings = [], [], [], []
    for line in code_lines_joined(letter.lines):
        entry = LEGEND_ENTRY.match(line)
        if entry:
            # an entry with no reason in it (or none OCR could read) keeps the key going; a key
            # in two columns run into one line ("CO-272 … were not met. PR-204 Service not …")
            # is two entries
            for part in TWO_COLUMNS.split(line.strip()):
                code = (LEGEND_ENTRY.match(part) or entry).group("code")
                run.append((part, code, bool(kinds_in(part))))
        elif not line.strip():
            continue
        elif run and line.strip()[:1].islower():
            # an entry's wrapped second line: "CO-50 These are non-covered services because this"
            # / "is not deemed a 'medical necessity' by the payer."; not after a sentence that
            # goes on about this claim ("… with the procedure. The add-on was billed with …")
            last, code, reason = run[-1]
            # (or a short end wrapped from a key in two columns: "… W31 Experimental or
            # investigational; see Plan" / "exclusions.")
            short = len(line.strip()) <= 20 and not re.search(r"[.;:]\W*$", last)
            if short or not re.search(r"[.;:]\s", last):
                whole = f"{last} {line.strip()}"
                run[-1] = (whole, code, reason or bool(kinds_in(whole)))
        else:
            runs.append(run)
            headings.append(" ".join(above))
            run, above = [], [*above[-2:], line]  # the lines above a key: its heading
    runs.append(run)
    headings.append(" ".join(above))
    # codes a sentence names as not this claim's: "Codes CO-50, CO-96 and N130 are listed for
    # reference only and were not used on this claim."
    named = {
        compact(code)
        for sentence in letter.sentences
        if NOT_THIS_CLAIM.search(sentence)
        for code in NAMED_CODE.findall(sentence)
    }
    unused, keyed = set(), []
    readable = not UNREADABLE_CODE.search(letter.text)
    # (beside another key: a notice's only key of unused codes is this claim's list of reasons)
    beside = sum(bool(run) for run in runs) >= 2
    for run, heading in zip(runs, headings, strict=True):
        unused |= {line for line, code, _ in run if compact(code) in named}
        if NOT_THIS_CLAIM.search(heading):
            unused |= {line for line, _, _ in run}
            continue
        run = [(line, code) for line, code, reason in run if reason]
        uses = {line: times_used(letter.text, code) > 1 for line, code in run}
        kinds = {kind for line in uses for kind in kinds_in(line)}
        if len(uses) >= 3 and len(kinds) >= 3 and not any(uses.values()) and readable and beside:
            # a key none of whose codes the notice uses, of three kinds of reason or more: every
            # message the plan prints ("W22 Not medically necessary … W31 Experimental … W40
            # Precertification required"), not this claim's
            unused |= set(uses)
            continue
        keyed.append(uses)
    # a notice that uses some key's codes has said which are this claim's, in every key of three
    # kinds or more that it prints (a key of the codes used, then one of "other codes that may
    # appear"), unless OCR garbled a code on a claim's line
    cites = any(any(uses.values()) for uses in keyed)
    only_listed = bool(ONLY_LISTED.search(letter.text))
    wide = only_listed or readable
    for uses in keyed:
        if any(uses.values()) or (cites and wide and (len(uses) >= 3 or only_listed)):
            unused |= {line for line, used in uses.items() if not used}
    return unused


# A remittance advice remark code (RARC), as the patterns of a claim's codes below spell it.
RARC_CODE = r"MA\d{2,3}|N\d{1,3}|M\d{1,3}"
NAMED_CODE = re.compile(rf"\b(?:(?:CO|PR|OA|PI|CR)[ -]?\d{{1,3}}|{RARC_CODE})\b")


def compact(code):
    return re.sub(r"\W", "", code).upper()


# A sentence that is a key's entry: a claim adjustment or remark code, then what it means.
ENTRY_SENTENCE = re.compile(
    rf"^\W{{0,3}}(?P<code>(?:CO|PR|OA|PI|CR)\s?-\s?\d{{1,3}}|{RARC_CODE})\b\s*[-–:~]?\s+[A-Z]"
)


def uncited_entries(letter):
    """The sentences that are a key's entries for codes the notice uses nowhere else, where it
    uses some code twice (on a claim's line and in its key): a key run into a paragraph ("Other
    codes Quartz uses: PR-1 Deductible amount. CO-50 These are non-covered services …")."""
    # a denial's code read twice: the claim's lines are legible (a code OCR garbled there, or
    # lost, may be any entry's)
    denials = {compact(code) for code in NAMED_CODE.findall(letter.text) if remark(code)}
    if UNREADABLE_CODE.search(letter.text) or not any(
        times_used(letter.text, code) > 1 for code in denials
    ):
        return set()
    sentences = letter.sentences
    return {
        sentence
        for number, sentence in enumerate(sentences)
        if (entry := ENTRY_SENTENCE.match(sentence))
        and times_used(letter.text, entry.group("code")) <= 1
        and not explains_this_claim(sentences, number)
    }


# A claim's own particulars: its lines, dates, authorization and codes ("on line 1", "for these
# dates (HZ-PA-25-1219-40662)", "billed on this line", "charges (96365 and J3490)").
PARTICULARS = re.compile(
    r"\b[lt]ines? \d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\bthese dates\b|\([A-Z]{2,}-[\w-]{6,}\)|"
    r"\bbilled (on|with) this (line|service|claim)\b|\((\d{5}|[A-Z]\d{4})\b[^()]{0,30}\)"
)


def explains_this_claim(sentences, number):
    """Whether a key's entry goes on, before the next, to explain itself with this claim's
    particulars: the notice's own reason, though OCR lost its code from the claim's line."""
    if not ENTRY_SENTENCE.match(sentences[number]):
        return False
    for sentence in sentences[number + 1 : number + 4]:
        if ENTRY_SENTENCE.match(sentence):
            return False
        if PARTICULARS.search(sentence):
            return True
    return False


def code_lines_joined(lines):
    """The lines, with a code that stands alone on its line joined to the words on the next
    ("CO-197" / "Precertification/authorization … absent."), as a page break or a column leaves
    a key's entry."""
    joined = []
    for line in lines:
        if joined and LONE_CODE.match(joined[-1]) and line.strip()[:1].isupper():
            joined[-1] = f"{joined[-1].strip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


LONE_CODE = re.compile(rf"^\s*(?:(?:CO|PR|OA|PI|CR)-\d{{1,3}}|{RARC_CODE})\s*$")


def times_used(text, code):
    return len(re.findall(rf"(?<![\w-]){code_pattern(code)}(?![^\W_]|-)", text))


# A key of codes, letters or numbers and what each means ("CO-50  These are non-covered …",
# "A  Precertification was not obtained …", "2. Clinical information … was not received",
# "* 55  Procedure … experimental"), and where the notice cites which of them apply ("Reason
# codes: A, D", "Denial reason 2 applies", a claim line's "CO-197", an asterisk before the entry).
KEY_ENTRY = re.compile(
    r"^\s*(?P<star>\*)?\s*\(?(?P<key>(?:CO|PR|OA|PI|CR)\s?-?\s?\d{1,3}|[A-Za-z][A-Z]{0,2}-?\d{1,3}[A-Z]?|"
    rf"{MISREAD_CODE}|[A-Z]|\d{{1,3}})(?:_|\b)\)?\s?[-–.:=|]?\s+(?P<text>[A-Z'\"].{{4,150}})$"
)
# A claim's code OCR garbled ("CO-1m1", "co-i8"): a group, a hyphen, and digits mixed with letters.
UNREADABLE_CODE = re.compile(r"\b(?i:co|pr|oa|pi|cr)[-–]\s?(?=\w{0,3}\d)(?!\d{1,3}\b)\w{1,4}\b")
MONEY = re.compile(r"\$\s?\d")
# A key's heading that says only some of its codes are this claim's.
NOT_ALL = re.compile(r"\bnot all (of )?(these |the )?codes (apply|are used)\b", re.I)
CITING = re.compile(r"\b(codes?|reasons?|items?|notes?|remarks?|appl(y|ies))\b", re.I)
NO_CODES = re.compile(
    r"\bno (denial |adjustment |remark |reason )?codes? (were |was )?(applied|used|apply)\b", re.I
)


def key_parts(line):
    """A line, or the entries of a key set in two columns that the PDF or OCR ran into one line
    ("A Experimental or investigational D Provider not in network")."""
    parts = re.split(r"\s+(?=[A-Z]\s+[A-Z][a-z])", line.strip())
    entries = [KEY_ENTRY.match(part) for part in parts]
    letters = {entry.group("key") for entry in entries if entry and len(entry.group("key")) == 1}
    return parts if len(parts) > 1 and len(letters) == len(parts) else [line]


def split_keys(lines):
    """The lines, with a key's two columns run into one line taken apart: only beside another
    line of the key, not a sentence that begins "A Medicare Part B Drug requires…"."""
    filled = [line for line in lines if line.strip()]
    for number, line in enumerate(filled):
        beside = filled[max(number - 1, 0) : number] + filled[number + 1 : number + 2]
        if any(KEY_ENTRY.match(other) for other in beside):
            yield from key_parts(line)
        else:
            yield line


def keys(letter):
    """Each run of two or more key entries, as (line, code, starred) triples."""
    runs, run, open_end = [], [], False
    for line in split_keys(letter.lines):
        entry = KEY_ENTRY.match(line)
        if entry and not MONEY.search(line):  # a claim line with its amounts is not a key's
            key = read_code(re.sub(r"\s", "", entry.group("key"))).upper()  # OCR's "x12" is X12
            run.append((line.strip(), key, bool(entry.group("star"))))
            open_end = bool(OPEN_END.search(line.strip()))
        elif run and (line.strip()[:1].islower() or open_end):
            # a wrapped line ("… cover this" / "service …", "… based on" / "Medicare rules …"
            # just below); not an entry ("co-15 The …") or codes
            text, last = line.strip(), run[-1][0]
            after = " ".join(re.split(r"[.;:!?]\s", last)[1:][-1:] + [text])  # past the entry's
            stop = re.match(r"[a-z]{1,3}-?\d", text) or re.search(r"[.;:!?]$", last)
            open_end = False
            if not (stop or re.search(r"\d", after)):  # "dete-" / "rmined" is one word
                whole = f"{last[:-1]}{text}" if re.search(r"[a-z]-$", last) else f"{last} {text}"
                run[-1] = (whole, *run[-1][1:])
                open_end = bool(OPEN_END.search(text))
        else:
            runs.append(run)
            run = []
    runs.append(run)
    return [run for run in runs if len({code for _, code, _ in run}) >= 2]


# An entry's line that stops on a word no sentence ends with: its next line goes on with it,
# though it begins with a name ("… based on" / "Medicare rules and your medical records.").
OPEN_END = re.compile(r"\b(on|of|the|and|or|to|for|in|by|with|a|an|your|our|under|from|at)$")


# The notes at the end of a claim line: "… $0.00  B, C", "… $0.00  (3)", as OCR may read it:
# after the table's edge ("| A, E"), run together ("A.B"), in lower case ("c").
NOTES_COLUMN = re.compile(
    r"\$[\d,.]+\s+\|?\s*(?P<notes>(\(?([A-Z0-9]{1,3}|[a-z])\)?[,.\s]\s*)*\(?([A-Z0-9]{1,3}|"
    r"[a-z])\)?)\W*$"
)


def notes_column(line):
    notes = NOTES_COLUMN.search(line)
    if not notes:
        return set()
    tokens = re.findall(r"[A-Z0-9]{1,3}", notes.group("notes").upper())
    # "1B", "TA": a table's edge OCR ran into the note's letter; "o" or "0": a D it read round;
    # "8": a B, or note 8
    tokens = [re.sub(r"^[1IT]([A-Z])$", r"\1", token) for token in tokens]
    notes = {"D" if token in ("O", "0") else token for token in tokens}
    return notes | {"B"} if "8" in notes else notes


def cited(code, lines, columns=False):
    """Whether a line outside the key cites the code: a claim's code anywhere, a bare letter or
    number where the line speaks of codes, reasons or items, or (`columns`) at the end of a claim
    line."""
    code = code.upper() if re.fullmatch(r"x\d{2}", code) else code  # (its X, as OCR read it)
    if re.search(r"[A-Z]", code) and re.search(r"\d", code):
        return any(
            re.search(rf"(?<![\w-]){code_pattern(code)}(?![\w-])", line)
            or code in {read_code(misread) for misread in re.findall(MISREAD_TOKEN, line)}
            for line in lines
        )
    # the code just after the word for it ("Reason codes: A, D", "See Notes C, D", "item 4"), or
    # just before "applies" ("Denial reason 2 applies"); not any number on a line about reasons
    # ("for 2 reasons"); a letter as printed ("reason A"), not an article ("reason a")
    code = re.escape(code)
    near = re.compile(
        rf"{CITING.pattern}(\(s\))?[:\s#.]*(?:(?:[A-Z0-9]{{1,3}})(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+))*"
        rf"(?-i:{code})(?![\w/%-]|\.\d)|(?<![\w/.$-])(?-i:{code})\W{{0,3}}appl(y|ies)\b",
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
    entry as not cited where it says no code applies. Then the entries of a key of three kinds
    of reason or more of which the notice cites none (OCR lost the column that did): they are
    the reasons only where the letter gives none of its own."""
    used, unused, uncited = set(), set(), set()
    entries = keys(letter)
    in_keys = {line for run in entries for line, _, _ in run}
    # (an entry's lines, its wrapped second line run into it, are the key's; "dete-" too)
    others = [
        line
        for line in letter.lines
        if not any(line.strip() == k or len(line) > 11 and line.strip(" -") in k for k in in_keys)
        and not NOT_THIS_CLAIM.search(line)  # ("Codes K11 and E07 … were not used on this claim")
    ]
    for run in entries:
        if not any(kinds_in(line) for line, _, _ in run) or led_in(letter, run[0][0]):
            continue  # (the letter's own reasons, numbered: "… for the reasons below." / "1. …")
        if any(NO_CODES.search(line) for line in others):
            unused |= {line for line, _, _ in run}
            continue
        if any(UNREADABLE_CODE.search(line) for line in others):
            continue  # a code OCR garbled on a claim line ("CO-1m1") may be any of the key's
        starred = any(star for _, _, star in run)
        some = any(NOT_ALL.search(line) for line in others)
        codes = {code for _, code, _ in run}
        # the notes column of claim lines, where OCR read the notes there as the key's (all but
        # one in three, which OCR may have garbled: "c,0" for "C, D")
        notes = {note for line in others for note in notes_column(line)}
        columns = bool(notes) and 3 * len(notes & codes) >= 2 * len(notes)
        # an entry that goes on about this claim's lines or dates is cited by its own words
        marks = [
            star if starred else cited(code, others, columns) or bool(PARTICULARS.search(line))
            for line, code, star in run
        ]
        used |= {line for (line, _, _), mark in zip(run, marks, strict=True) if mark}
        if any(marks) or some:
            unused |= {line for (line, _, _), mark in zip(run, marks, strict=True) if not mark}
        elif len({kind for line, _, _ in run for kind in kinds_in(line)}) >= 3:
            uncited |= {line for line, _, _ in run}
    return used, unused, uncited


# What makes a list the letter's own reasons: "We denied your request for these reasons:".
LEAD_IN = re.compile(
    r"\b(for|because of) (these|the following|several|two|three|four) reasons\W*$|"
    r"\b(for|because of) the reasons (below|listed below|explained below|that follow)\W*$|"
    r"\bbecause\W*:?\W*$",
    re.I,
)


def led_in(letter, first):
    """Whether the line above a key's first entry leads into a list of the letter's reasons."""
    lines = [line.strip() for line in letter.lines if line.strip()]
    number = next((n for n, line in enumerate(lines) if first[:40] in line), 0)  # (or wrapped)
    return bool(number and LEAD_IN.search(lines[number - 1]))
