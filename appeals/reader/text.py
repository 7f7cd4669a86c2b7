"""A letter's text made readable: page furniture (page numbers, a letterhead repeated on each
page) and the notice taglines in other languages set aside, lines broken by a paste or a scan
joined back into sentences. The reader looks at both the lines and the sentences."""

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from .mended import ocr_letters
from .taglines import is_tagline, without_taglines

PAGE_NUMBER = re.compile(r"^\s*(page\s+\d+(\s+of\s+\d+)?|-\s*\d+\s*-|\d+\s*/\s*\d+)\s*$", re.I)
# A short footer or header line that carries the page number: "CBH-LTR v7 | Page 1 of 3".
PAGE_FOOTER = re.compile(r"^(?=.{0,70}$).*\bpage \d+( of \d+)?\b", re.I)
LABEL_LINE = re.compile(r"^\s*[A-Z][\w .#/()'&-]{1,40}:\s*\S")
# A line that ends on a word no sentence ends on: the next line carries it on.
OPEN_END = re.compile(
    r"\s(the|a|an|of|to|and|or|for|with|by|from|is|are|was|were|your|our|not|partially|partly|"
    r"whether|because|than|which|whose|including|between|without|into|upon|if)$|"
    # not a pronoun that ends the sentence: "… is more often than that"
    r"(?<!\bthan)(?<!\blike)(?<!\bof)(?<!\bafter)(?<!\bbefore)(?<!\babout)(?<!\bwith)"
    r"\s(that|this|these|those)$",
    re.I,
)
# … and the words a wrapped list item may end a line on besides
ITEM_OPEN_END = re.compile(
    r"\s(before|after|than|in|on|at|under|about|without|until|because|since|when|if|as|says|"
    r"said|shows|means|states)$"
)
# What a letter's own sentence starts with, after a label's value that ends without a stop.
SENTENCE_START = re.compile(r"(The|Your|We|This|Our|You|Please|Based|After|Unfortunately)\s")
SENTENCE_END = re.compile(r"[.!?:;]\"?\)?$")
# A sentence's opening words, never the middle of one: where OCR lost the full stop before them
# ("… would have been approved" / "To do that, we wrote …"), a sentence begins.
OPENER = re.compile(
    r"(Also|However|Additionally|Separately|Finally|Instead|To do (this|that|so)|In addition|As a "
    r"result|For this reason),\s"
)
ABBREVIATIONS = re.compile(
    r"\b(Dr|Mr|Mrs|Ms|No|Nos|St|Ste|Inc|Co|Corp|Ltd|Jr|Sr|vs|etc|e\.g|i\.e|U\.S|P\.O|Ph\.D|approx|"
    r"Dept|Fed|Reg|Sec|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|"
    r"Sun|[A-Z])\.$"
)


@dataclass
class Letter:
    lines: list  # lines kept, as written (for labels and addresses)
    sentences: list  # the text unwrapped and split into sentences
    text: str  # the kept lines joined, for whole-text searches
    set_aside: int = 0  # lines of taglines and page furniture left out
    furniture: list = field(default_factory=list)  # the page headers left out
    # every line, furniture too: an appeals address may repeat the letterhead's, line for line
    whole: str = ""


BORDERED = re.compile(r"^\|\s+(?=[A-Za-z]{2,}[^|\n®©@¥&☐☒☑□■]{60,}$)")


def without_border(text):
    """A box's left border OCR read as a bar before each of two or more long lines running on
    (not a table's cells, nor a checklist's empty box read as a bar on one line)."""
    lines = [line for line in text.split("\n") if line.strip()]
    bordered = {line for number, line in enumerate(lines) if BORDERED.match(line) and any(
        BORDERED.match(other) for other in lines[max(0, number - 1) : number + 2] if other != line
    )}  # fmt: skip
    return "\n".join(
        BORDERED.sub("", line) if line in bordered else line for line in text.split("\n")
    )


# A box's right edge or a column's rule, read as a bar or a bracket after a line's last word
# ("… not medically ]" / "necessary for you …"), where the line has no other cell or box; or a
# speck read as a semicolon ("… reasonable and ;" / "necessary …").
RIGHT_EDGE = re.compile(r"(?m)^(?P<line>\W{0,2}[^|\[\]\n]*[\w,;.)]) [|\];][ \t]*$")


ALT_TEXT_BOX = re.compile(
    r"(?mi)^[ \t]*(image|graphic|picture|icon)\s*:\s*((?P<empty>empty|unchecked|blank|unticked|"
    r"unselected|clear)|checked|ticked|selected|marked|filled)\s+(check\s?)?box\.?[ \t]*\n"
    r"(?=[ \t]*\S)"
)


def clean(raw):
    text = unicodedata.normalize("NFKC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    for old, new in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(old, new)
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = text.replace("\u00a0", " ").replace("\x0c", "\n\n")
    if len(re.findall(r"(?m)^>", text)) >= 2:
        text = re.sub(r"(?m)^(>\s?)+", "", text)  # a forwarded e-mail's quoting marks
    text = re.sub(r"\bP\.\s?[0O][.,]\s?Box\b", "P.O. Box", text)
    text = RIGHT_EDGE.sub(r"\g<line>", without_border(text))
    text = ocr_letters(text)
    # Words OCR runs together around "not": "didnot", "isnot", "nota", or parts with an
    # apostrophe it made of the space: "not'a".
    text = re.sub(r"\b(did|does|do|is|was|are|were|has|have|had)not\b", r"\1 not", text)
    text = re.sub(r"\bnot'?a\b", "not a", text)
    # the pronoun "I" that OCR read as a bar after a sentence's end: "or something? | can't find"
    text = re.sub(r"(?<=[.?!] )\|(?= (can't|don't|am|have|had|was|think|got|called|did|do|will)\b)",
                  "I", text)  # fmt: skip
    # Boxes pasted from a PDF in the Wingdings font come out as ¨ (empty), þ and ý (ticked).
    for glyph, box in (("¨", "☐"), ("þ", "☑"), ("ý", "☒")):
        text = re.sub(rf"(?m)^(\s*){glyph}(?=\s)", rf"\g<1>{box}", text)
    # A screen reader's text reads a box's picture as its own line before the item: "Image:
    # checked box" / "The amount of service … is more than we can approve."
    text = ALT_TEXT_BOX.sub(lambda box: "☐ " if box["empty"] else "☒ ", text)
    return re.sub(r"[ ]{2,}", "  ", text)


def line_around(text, index):
    """The whole line of `text` that holds position `index`."""
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    return text[start : end if end >= 0 else len(text)].strip()


def paragraphs_of(lines):
    """Blocks of lines between blank lines; a block that starts in the middle of a sentence
    (a page break or a scan's gap) joins the one before."""
    blocks, block = [], []
    for line in lines + [""]:
        if line.strip():
            block.append(line.strip())
        elif block:
            if blocks and runs_on(blocks[-1][-1], block[0]):
                blocks[-1] += block
            else:
                blocks.append(block)
            block = []
    return blocks


def runs_on(last, first):
    """Whether a block carries on the sentence the block before left open: it starts in lower
    case or with a word and a comma ("Spray; are not met"), or is its last word alone ("… under
    Medicare Part" / "B."), or the line before ends on "the", or on a word's first letters and the
    mark OCR made of its hyphen ("that S;" / "ravato is …")."""
    # a mark OCR made of a box's edge before the words it wraps: "+ disorder; have not …" (not a
    # list's bullet)
    first = re.sub(r"^[+\]}]{1,2}\s+(?=[a-z])", "", first)
    if re.search(r"\b[A-Za-z]{1,3}[;-]$", last) and first[:1].islower():
        return True
    if SENTENCE_END.search(last) or BOXED.match(first):
        return False  # a checklist's next item, its tick read as a letter: "x} The plan …"
    if re.match(r"x\d{2}\s+[A-Z]", first):
        return False  # a key's next entry, its code's X read small: "x42 Your contract …"
    if re.match(r"if (you|your)\b", first) and last.endswith(")"):
        return False  # "… 8 visits (two a week)" / "if you try …": a full stop and "If" OCR lost
    # (not a sentence's opening word, its stop lost: "… does not pay for it" / "Also, Rogue …")
    word = not OPENER.match(first) and re.match(r"\w+[;,]\s", first)
    return first[:1].islower() or bool(
        word or re.fullmatch(r"\w{1,4}\.", first) or OPEN_END.search(last)
    )


def drop_furniture(lines):
    """Page numbers, and a line seen before that is a letterhead or footer repeated on each page
    (a long line, not a label with its value unless every page has it). The blank lines around
    a dropped one go too, so that a sentence the page break cut is one paragraph again."""
    seen, kept, dropped, after_drop = set(), [], [], False
    counts = Counter(line.strip().lower() for line in lines)

    def furniture(line):  # repeated, or a page's number ("ANT-FIABD 09/25 Page 1 of 3")
        return (
            counts[line.strip().lower()] > 1 or PAGE_NUMBER.match(line) or PAGE_FOOTER.search(line)
        )

    for number, line in enumerate(lines):
        key = line.strip().lower()
        if (
            PAGE_NUMBER.match(line)
            or PAGE_FOOTER.search(line)
            # a label too where it comes on every page: "SAMPLE - Enrollee: Ann Lee"
            or (key in seen and len(key) > 12 and (not LABEL_LINE.match(line) or counts[key] > 2))
            # the page break's other repeated lines ("SAMPLE - Member: …") looked past
            or (
                counts[key] > 1
                and len(key) > 12
                and cuts_a_sentence(
                    kept, (rest for rest in lines[number + 1 :] if not furniture(rest))
                )
            )
        ):
            dropped.append(line)
            while (
                kept
                and not kept[-1].strip()
                and kept[-2:-1]
                and kept[-2].strip()[-1:] not in ".:;!?"
            ):
                kept.pop()
            after_drop = True
            continue
        if after_drop and not key:
            continue
        after_drop = False
        if key:
            seen.add(key)
        kept.append(line)
    return kept, dropped


def cuts_a_sentence(before, after):
    """Whether a line stands between a sentence's start and its end, as a letterhead repeated
    on each page does where the first page break fell."""
    last = next((line.strip() for line in reversed(before) if line.strip()), "")
    following = next((line.strip() for line in after if line.strip()), "")
    return bool(last) and last[-1:] not in ".:;!?" and following[:1].islower()


def unwrap(block):
    """One paragraph's lines joined where a wrap broke a sentence; label lines stay apart."""
    joined = [block[0]]
    ragged = is_rewrapped(block)
    for before, line in zip(block, block[1:], strict=False):
        previous = joined[-1]
        if previous.endswith("-") and line[:1].islower() and previous[-2:-1].isalpha():
            joined[-1] = previous[:-1] + line
        elif re.search(r"\b[A-Z0-9]+-$", previous) and re.match(r"[A-Z0-9]+\b", line):
            joined[-1] = previous + line  # a code broken at its hyphen: "CG-" / "DRUG-133"
        elif continues(previous, line, before, ragged):
            joined[-1] = f"{previous} {line}"
        else:
            joined.append(line)
    return joined


def is_rewrapped(block):
    """Whether a paragraph was wrapped twice, as an e-mail wraps again text a PDF had already
    wrapped: a long line and a short one that both stop in the middle of a sentence, then that
    sentence going on ("… in Aetna" / "Clinical" / "Policy Bulletin 0906 …")."""
    return any(
        len(first) >= 40
        and not SENTENCE_END.search(first)
        and len(short) < 30
        and not SENTENCE_END.search(short)
        and then[:1].islower()
        for first, short, then in zip(block, block[1:], block[2:], strict=False)
    )


def is_table_row(line):
    return len(re.findall(r"\$\s?\d", line)) >= 2 or len(re.findall(r"\S {2,}\S", line)) >= 3


# A checklist's item, its box as OCR reads it: "LJ The service …", "0 Drug is …", "® Request
# is …", "IX] Our records …", "[] Service …".
BOXED = re.compile(r"^\s*(LJ|\([0O]|[OC]\)|[OD0M®&¥■©@☐☒☑□]|I?[\[({]?\s?[xX]?\s?[\])}])\s+[A-Z]")

# What only the middle of a sentence starts with: a number ("18 and again on …").
RUNS_ON = re.compile(r"\d{1,4}\b(?![.)])")

# A label's value that opens a clause, not a value of its own: "Reason: Under Medical Policy"
CLAUSE_OPENER = re.compile(
    r"\s*(under|because|per|as|due to|since|based on|according to|in line with)\s", re.I
)

# What a clause says and a label does not: "… isn't satisfied either: the request …"
SAID = re.compile(r"\b(is|isn't|are|aren't|was|wasn't|were|has|have|does|doesn't|did|didn't|not)\b")
LINE_END_BOX = re.compile(r"\s[\[(]\s?[xX✓✔]?\s?[\])]\s*$")


def continues(previous, line, before=None, ragged=False):
    """Whether `line` carries on the sentence `previous` (the lines joined so far) left open;
    `before` is the one line above it, whose length tells a wrap from a paragraph's last line
    (not where the paragraph was wrapped twice, `ragged`)."""
    if is_table_row(before or previous) or is_table_row(line):
        return False  # (the line above, not the sentence joined so far with its sums)
    if re.match(r"- [a-z]", line) and not SENTENCE_END.search(previous) and previous[:1] != "-":
        return True  # a dash inside a sentence a wrap put first ("… medicine" / "- such as …")
    if line[:1] in "•*-" or re.match(r"^\(?\d{1,2}[.)]\s", line) or BOXED.match(line):
        return False
    if re.match(r"^[B-H]\s{1,2}[A-Z][a-z]|^[|Il]?\s?[A-H]\s?[—–-]{1,3}\s?[A-Z][a-z]", line):
        # a summary notice's lettered message: "B Medicare Part B won't pay …", "| B —- The …"
        return False
    if LINE_END_BOX.search(previous):
        return False  # a checklist's item with its box at the end: "… network ..... [ ]"
    if OPEN_END.search(previous):
        return True  # "… on this claim. That" / "Explanation of Benefits gave two reasons: …"
    if not SENTENCE_END.search(previous) and re.match(r"\([^()]{1,40}\)\s+[a-z]", line):
        return True  # "… our first decision" / "(August 27, 2026) said the request …"
    if LABEL_LINE.match(line) and not SAID.search(line.split(":")[0]):
        return False  # a label, not a clause before a colon ("CP-RX-0217 isn't met either: …")
    if OPENER.match(line):
        return False
    if line[:1].islower():
        return True
    if re.search(r"\b(Dr|Mr|Mrs|Ms)\.$", previous):
        return True  # "… we faxed Dr." / "Abiodun-Kessler's office …"
    if SENTENCE_END.search(previous):
        return False
    if (
        re.match(r"\s*[-•*]\s", previous)
        and line[:1].isupper()
        and previous == (before or previous)
    ):
        # a bullet's item, then the letter's next sentence; not an item wrapped after a word
        # that leaves it open ("… with your antidepressant before" / "Spravato, and we …"), nor
        # one that has wrapped already, judged as any sentence is
        return bool(ITEM_OPEN_END.search(previous) or re.match(r"\w+[;,]\s", line))
    if LABEL_LINE.match(previous) and SENTENCE_START.match(line):
        return False  # "Requirements: PA, QL" / "Your request for coverage … has been denied."
    if LABEL_LINE.match(previous) and len(previous) < 60:
        # a label's short value ends there; a sentence after it ("Why: We called the office
        # on November") runs on, as does a clause a wrap broke ("Reason: Under Medical Policy" /
        # "PSY301.027, Ketamine …")
        value = previous.split(":", 1)[1]
        return bool(CLAUSE_OPENER.match(value)) or (
            len(value.split()) >= 6 and bool(RUNS_ON.match(line))
        )
    # "… complete the review within the" / "time allowed" / "This decision does not mean …":
    # a short last line where OCR lost the full stop ends the paragraph's sentence
    return len(before or previous) >= 30 or ragged and not SENTENCE_START.match(line)


CHECKBOX = re.compile(r"\s(?=\[\s?[xX✓ ]?\s?\]\s|\[\]\s|[☐☒☑□■])")


def split_sentences(text):
    """Sentences, and each checklist item ("[ ] …", "[X] …") on its own."""
    found = []
    for part in CHECKBOX.split(text):
        found += _sentences(part)
    return found


def _sentences(text):
    pieces, start = [], 0
    # the next one may begin after a bar OCR made of a column's edge: "… session. | Because …"
    # or in lower case where OCR lost a capital: "… could not be considered. if the notes …"
    for match in re.finditer(
        r"[.!?](\"|”|’|\))?\s+(?=(\|\s)?[\"(\['‘“]?([A-Z0-9 ]|(if|we|you|your|our|the|this|these|"
        r"it) ))",
        text,
    ):
        end = match.start() + 1
        if ABBREVIATIONS.search(text[max(start, end - 8) : end]):
            continue
        pieces.append(
            text[start : match.end(1) if match.group(1) else end].strip()
        )  # its quote too
        start = match.end()
    pieces.append(text[start:].strip())
    # a full stop OCR read as a comma: "… when we sent the claim, The claim was also …"
    pieces = [p for piece in pieces for p in COMMA_STOP.split(piece)]
    return [p for p in pieces if p]


COMMA_STOP = re.compile(r"(?<=[a-z]{3}),\s+(?=(?:The|We|Your|This|Our) [a-z]{2,})")


def prepare(raw):
    whole = clean(raw)
    lines, furniture = drop_furniture(whole.split("\n"))
    dropped = len(furniture)
    kept_lines, sentences = [], []
    for block in paragraphs_of(lines):
        if is_tagline(" ".join(block)):
            head = without_taglines(block)
            dropped += len(block) - len(head)
            block = head
            if not block:
                continue
        kept_lines += block + [""]
        for line in unwrap(block):
            sentences += split_sentences(line)
    return Letter(kept_lines, sentences, "\n".join(kept_lines), dropped, furniture, whole)
