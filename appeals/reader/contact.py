"""Where the letter says to send an appeal: its mailing address and fax, as written. A letter
often has another address (its letterhead, a return address); only the one given for appeals
(or, after a final decision, for the external review) counts."""

import re

from .findings import LIKELY, SURE, Finding
from .text import line_around

# "Send your appeal to:", "write to", "Mail, fax, or deliver your appeal to:", "Appeals address:"
CUE = re.compile(
    r"\b(send|sent|mail|mailed|write|writing|submit|deliver|forward|return)\b[^.:;]{0,120}?"
    r"\bto\s*:?|\b(appeals?|mailing|grievance|review|request)s? (mailing )?address\s*:|"
    r"\b(by|via) (mail|fax|mail or fax|fax or mail)\s*:",
    re.I,
)
ABOUT_APPEALS = re.compile(
    r"appeal|review|grievance|reconsideration|redetermination|hearing|request|disagree", re.I
)
ZIP = re.compile(r"\b[A-Z]{2}\.?,?\s+\d{5}(-\d{4})?\b")
STREET = re.compile(r"\b(p\.?\s?o\.?\s+box|box \d|\d+\s+\w+)", re.I)
PHONE = re.compile(r"(?:1[-.\s])?\(?\d{3}\)?[-.\s]?\d{3}[-.\s]\d{4}")
WINDOW = 400


def appeals_address(letter):
    # every line, page furniture too (an address may repeat the letterhead's line for line, and
    # so be left out as furniture), a page's running header or footer within it left out
    for text in dict.fromkeys([letter.whole or letter.text, letter.text]):
        found = address_after_a_cue(text)
        if found:
            return found
    return None


def address_after_a_cue(text):
    for cue in CUE.finditer(text):
        before = text[max(0, cue.start() - 240) : cue.end()]
        if not ABOUT_APPEALS.search(before):
            continue
        after = text[cue.end() : cue.end() + WINDOW]
        if re.match(r"\W*(you|your (home |mailing )?address|the address (on file|we have))\b",
                    after, re.I):  # fmt: skip
            continue  # "mailed to the address on file", "sent to you at …" (not "your appeal")
        zip_code = ZIP.search(after)
        if not zip_code:
            continue
        nearer = CUE.search(after, 0, zip_code.start())
        if nearer and nearer.group().endswith(":") and not cue.group().endswith(":"):
            continue  # a later cue nearer the address: "… to an IRE. Mail your appeal to: …"
        raw = address_lines(after[: zip_code.end()], text)
        if len(raw) > 220 or sum(1 for line in raw.split("\n") if line.strip()) > 7:
            continue
        if not STREET.search(raw) or re.search(r"\b(call|phone|tty)\b", raw[:40], re.I):
            continue
        return Finding(tidy(raw), " ".join(text[cue.start() : cue.end() + zip_code.end()].split()),
                       SURE)  # fmt: skip
    return None


# "write to us at:", "send it to the address below:": words of the cue's, not of the address
LEAD_IN = re.compile(
    r"^\s*((us|me|the plan)\s+at|(the|this) (following )?(address|location)( below| above)?)\b\s*"
    r"[:,]?",
    re.I,
)
# a page's running header or footer that a page break set inside the address: "Page 3 of 5",
# "UnitedHealthcare Appeals | Case UHC-APL-…", "SAMPLE - Josefina Albright", "Member: … ID …"
RUNNING = re.compile(
    r"\bpage \d+ of \d+\b|^\W*SAMPLE\b|^\s*(member|enrollee|patient|subscriber|re)\s*:|"
    r"\b(ID|case|appeal|grievance|review|claim|reference)\b( no\.?| number| #)?:? ?"
    r"(?!\d{5}(-\d{4})?\b)(?=[\w-]*\d{3})[\w-]{6,}",
    re.I,
)
# the cue sentence's last words on the cue's own line: "… you want us to | consider to:"
CUE_TAIL = re.compile(r"^[^\d\n]*\bto\s*:?[ \t]*(?=\n)")
# a line of the sentence that led to the address, not of the address: it says more
PROSE = re.compile(r"(?-i:\b[a-z]{3,}\.\s+[A-Z][a-z])|\b(call|calling|phone|TTY)\b", re.I)


def address_lines(raw, text=""):
    """The address's lines of what follows the cue: the cue's own last words and the rest of a
    sentence before the address block ("You may also ask … by calling us at …") left out, and a
    page's running header (a line the letter prints again on other pages) too."""
    raw = CUE_TAIL.sub("", LEAD_IN.sub("", raw, count=1), count=1)
    lines = [line for line in raw.split("\n") if not running(line, text)]
    # a sentence wrapped over lines that ends with a colon where the address starts ("Write to us
    # and include … with any records / that support your request:")
    ends = [n for n, line in enumerate(lines[:-2]) if line.rstrip().endswith(":")]
    if ends and not re.match(r"\s*(attn|attention|c/o)\b", lines[ends[-1]], re.I):
        lines = lines[ends[-1] + 1 :]
    while len(lines) > 2 and (not lines[0].strip() or PROSE.search(lines[0]) or PHONE.search(
        lines[0]) or len(lines[0].strip()) > 80):  # fmt: skip
        lines.pop(0)
    return "\n".join(lines)


def running(line, text):
    if RUNNING.search(line):
        return True
    # (a line with SAMPLE or a bar printed on two pages; one with a dash on three, as an address
    # may repeat a letterhead's "Acme Health - Appeals Unit")
    plain = re.sub(r"\d", "0", line.strip())
    times = 1 if re.search(r" \| |\bSAMPLE\b", plain) else 2 if " - " in plain else 0
    if not times:
        return False
    return sum(re.sub(r"\d", "0", other.strip()) == plain for other in text.split("\n")) > times


def tidy(text):
    """Lines joined with commas, as an address is written on one line."""
    parts = [re.sub(r"\s+", " ", line).strip(" ,.;:~_|-") for line in text.split("\n")]
    joined = ", ".join(p for p in parts if p)
    joined = re.sub(r"\s*,\s*", ", ", joined)
    return re.sub(r"\b([A-Z]{2}),\s+(\d{5})", r"\1 \2", joined).strip(" ,.;:")


def appeals_fax(letter):
    text = letter.text
    for cue in CUE.finditer(text):
        if not ABOUT_APPEALS.search(text[max(0, cue.start() - 240) : cue.end()]):
            continue
        window = text[cue.start() : cue.end() + WINDOW + 200]
        for fax in re.finditer(
            r"\bfax(ed|ing)?\b(?:\s+(?:number|no\.?|at|to))?\W{0,4}", window, re.I
        ):
            if phone := PHONE.search(window, fax.end(), fax.end() + 40):
                return Finding(phone.group(0).strip(), line_around(window, fax.start()), SURE)
    for sentence in letter.sentences:
        if re.search(r"\bfax", sentence, re.I) and ABOUT_APPEALS.search(sentence):
            fax = re.search(r"\bfax", sentence, re.I)
            if phone := PHONE.search(sentence, fax.start()):
                return Finding(phone.group(0).strip(), sentence, LIKELY)
    return None
