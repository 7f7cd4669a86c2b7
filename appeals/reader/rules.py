"""The reader's rules, one function a field, over a prepared letter (text.Letter).

Plain patterns over the letter's own words: no network, no model. A sentence that only says what
*would* apply ("If we denied this because it is experimental, you may ask for external review")
is not a reason: conditional and rights-explaining sentences are left out of the reasons."""

import re

from .dates import dates_in
from .findings import LIKELY, SURE, Finding
from .insurers import INSURER_PATTERNS
from .text import LABEL_LINE, line_around

HEALTH_WORDS = re.compile(
    r"health|care\b|plan\b|insurance|blue|medical|benefit|behavioral|assurance|mutual|cross|"
    r"shield|medicaid|medicare|\bHMO\b",
    re.I,
)
NOT_A_NAME = re.compile(
    r"^(date|notice|important|dear|page|re\b|to\b|this is|sample|explanation|statement|"
    r"member|from\b|subject)",
    re.I,
)


def letterhead_name(letter):
    """The first line of the letter when it names an insurer: "Devoted Health"."""
    for line in letter.lines[:6]:
        name = re.split(r"\s{2,}|\s[|—–]\s", line.strip())[0].strip(" .,*")
        if not name or "sample" in name.lower() or dates_in(name) or LABEL_LINE.match(name):
            continue
        words = re.findall(r"[A-Za-z]{3,}", name)
        if (
            len(name) <= 60
            and len(words) >= 1
            and HEALTH_WORDS.search(name)
            and not (NOT_A_NAME.match(name) or re.search(r"\d", name))
        ):
            return name.title() if name.isupper() and len(name) > 4 else name
        return None
    return None


def named_as_written(name, text, start):
    """A Blue Cross Blue Shield company with its state, as the letter writes it."""
    if name != "Blue Cross Blue Shield":
        return name
    written = re.match(
        r"blue\s*cross\s*(and\s*|&\s*)?blue\s*shield\s+of\s+(the\s+)?((North|South|West|New|"
        r"Rhode)\s+)?[A-Z][a-z]+(\s+City\b)?",
        text[start:],
        re.I,
    )
    return " ".join(written.group(0).split()) if written else name


def insurer(letter):
    """The company the letterhead names; else the known insurer named first, near the top or
    anywhere in the letter. "Medicare" is the insurer only where no company is named (a
    Medicare Advantage or drug plan names Medicare too)."""
    first = letterhead_name(letter)
    if first:
        for name, pattern in INSURER_PATTERNS:
            if match := pattern.search(first):
                return Finding(named_as_written(name, first, match.start()), first, SURE)
        return Finding(first, first, LIKELY)
    head = "\n".join(line for line in letter.lines[:12] if line)
    fallback = None
    for text, sureness in ((head, SURE), (letter.text, LIKELY)):
        best = None
        for name, pattern in INSURER_PATTERNS:
            match = pattern.search(text)
            if name == "Medicare" and match:
                fallback = fallback or Finding(name, line_around(text, match.start()), sureness)
            elif match and (best is None or match.start() < best[1]):
                best = (
                    named_as_written(name, text, match.start()),
                    match.start(),
                    line_around(text, match.start()),
                )
        if best:
            return Finding(best[0], best[2], sureness)
    return fallback


PLAN_HINTS = (
    ("medicare_part_d", r"part d|prescription drug (plan|coverage determination)|coverage "
     r"determination\b[^.]{0,40}\bdrug|medicare drug plan"),
    ("medicare_advantage", r"medicare advantage|notice of denial of (medical )?(coverage|payment)|"
     r"medicare health plan|independent review entity|\bMAPD\b|CMS-10003"),
    ("medicare", r"medicare summary notice|original medicare|medicare administrative contractor|"
     r"redetermination"),
    ("medicaid", r"medicaid|state fair hearing|medi-cal|masshealth|medical assistance program|"
     r"\bCHIP\b|health first colorado|apple health|soonercare|tenncare"),
    ("marketplace", r"health ?insurance marketplace|healthcare\.gov|covered california|"
     r"\bmarketplace\b|individual (and family )?plan"),
    ("employer_self_funded", r"self-?funded|self-?insured|administrative services only|"
     r"claims administrator for your employer|your employer'?s? (group )?(health )?plan is "
     r"(self|not insured)"),
    ("employer_fully_insured", r"fully insured|insured by [A-Z]|group (health )?insurance "
     r"policy issued"),
)  # fmt: skip
PLAN_PATTERNS = [(kind, re.compile(p, re.I)) for kind, p in PLAN_HINTS]
ERISA = re.compile(r"\bERISA\b|502\(a\)|Employee Retirement Income Security Act", re.I)


def plan_type(letter):
    for kind, pattern in PLAN_PATTERNS:
        if kind.startswith("employer") and not ERISA.search(letter.text):
            continue
        if pattern.search(letter.text):
            sentence = next((s for s in letter.sentences if pattern.search(s)), "")
            return Finding(kind, sentence, LIKELY)
    return None


SEPARATOR = r"\s*(?:(?:#|no\.?|number|num\.?|id|1d|!d)\s*(?:\.{2,}|[:#.;|]+)?|\.{2,}|[:#;|]+)\s*"
# A number as letters write it, its digit groups spaced or not: "U8841 20773 01", "A26-0304-77812".
VALUE = r"(?P<value>[A-Z0-9][A-Z0-9-]{2,29}(?: \d[\dA-Z-]{1,9}(?=\s|$)){0,4})"


def labelled(letter, *label_groups):
    """The value after a label ("Claim number: 12345"), as written; or, where the label ends its
    line (a table's heading), the value starting the next line. Label groups are tried in
    order, the first the most telling."""
    lines = [line for line in letter.lines if line.strip()]
    for labels in label_groups:
        pattern = re.compile(r"\b(?:" + labels + r")" + SEPARATOR + VALUE, re.I)
        heading = re.compile(r"\b(?:" + labels + r")" + SEPARATOR + r"$", re.I)
        for number, line in enumerate(lines):
            for match in pattern.finditer(line):
                value = match.group("value").strip("-")
                if sum(c.isdigit() for c in value) >= 3:
                    return Finding(value, line.strip(), SURE)
            if heading.search(line.rstrip()) and number + 1 < len(lines):
                below = re.match(VALUE, lines[number + 1].strip(), re.I)
                if below and sum(c.isdigit() for c in below.group("value")) >= 3:
                    return Finding(below.group("value"), f"{line.strip()} {below.group(0)}", LIKELY)
    return None


REFERENCE_LABELS = (
    r"reference|ref\.?|case|authori[sz]ation|auth\.?|request|tracking|appeal|determination|"
    r"episode|review|certificate|cert\.?|event|grievance|notice|service request|letter|"
    r"precertification|coverage determination"
)
CLAIM_LABELS = r"claim|ICN|internal control"
MEMBER_LABELS = (
    r"member|subscriber|ID\s*#|identification|medicare|medicaid|recipient|enrollee|beneficiary|"
    r"customer|insured'?s?|policy holder|member/subscriber|ID number|ID"
)
RECORD_LABELS = r"medical record number(?: \(MRN\))?|MRN"


def reference_number(letter):
    return labelled(letter, REFERENCE_LABELS)


def claim_number(letter):
    return labelled(letter, CLAIM_LABELS)


def member_id(letter):
    found = labelled(letter, MEMBER_LABELS, RECORD_LABELS)
    if (
        found
        and re.search(r"\bgroup\b", found.sentence, re.I)
        and "member" not in found.sentence.lower()
    ):
        return None
    return found


CODE = re.compile(r"(?<![\w.$-])(\d{5}|\d{4}[FTU]|[A-HJ-V]\d{4})(?!\w|[.,-]\d)")
CODE_CONTEXT = re.compile(
    r"^\s*\(\w{5}\)\s*$|\$\s?\d|\b(CPT|HCPCS|code|procedure|service|billed|drug|units?|infusion|"
    r"injection|ketamine|visit|"
    r"esketamine|spravato|J\d{4}|G\d{4}|S\d{4})",
    re.I,
)
ZIP = re.compile(r"\b[A-Z]{2}\s*$")
ALTERNATIVE = re.compile(r"\b(alternative|instead|such as|try|ECT|electroconvulsive|TMS)\b", re.I)


# A table row's adjustment codes that say only what the patient owes or the contract saved (a
# deductible, coinsurance, a copay, the network discount): the line was paid, not denied.
PAID_ONLY = re.compile(r"^(PR-[123]|CO-45|OA-23|CO-253)$")
ROW_CODES = re.compile(r"\b(?:CO|PR|OA|PI|CR)\s?-\s?\w{1,3}\b")


def paid_row(line):
    """A service table's row that was paid: its codes are all of the paid kind."""
    if len(re.findall(r"\$\s?\d", line)) < 2:
        return False
    codes = [re.sub(r"\s", "", c) for c in ROW_CODES.findall(line)]
    return bool(codes) and all(PAID_ONLY.match(c) for c in codes)


def named_as_alternative(letter, code):
    return any(code in s and ALTERNATIVE.search(s) for s in letter.sentences)


def service_codes(letter):
    """The CPT/HCPCS codes the denial is about: not a paid line's, not an alternative named."""
    found, seen = [], set()
    for line in letter.lines:
        if not CODE_CONTEXT.search(line) or paid_row(line):
            continue
        for match in CODE.finditer(line):
            code = match.group(1)
            before = line[max(0, match.start() - 12) : match.start()]
            if ZIP.search(before) or re.search(
                r"(box|suite|ste\.?|#|\$|fax|phone|tel)\s*$", before, re.I
            ):
                continue
            if code.isdigit() and not (code.startswith(("9", "0")) or int(code) >= 10021):
                continue
            if code in seen or named_as_alternative(letter, code):
                continue
            seen.add(code)
            found.append(Finding(code, line.strip(), LIKELY))
    return found


POLICY = re.compile(
    r"\b((?:clinical|medical|coverage|drug|reimbursement|pharmacy|utilization management|"
    r"medical coverage|behavioral health|clinical coverage|clinical UM|UM) (?:policy|"
    r"policy bulletin|guidelines?|criteria)"
    r"(?: bulletin)?|CPB|LCD|NCD|policy(?=\s+(?-i:[A-Z]{1,6}[-.])))\s*(?:#|no\.?|number)?\s*[:]?\s*"
    r"(?P<number>(?-i:(?:[A-Z]{1,6}[-. ]){0,3})\d[\w.-]{1,14})",
    re.I,
)
LCD = re.compile(r"\b(L|A)\d{5}\b")


def policy_numbers(letter):
    found, seen = [], set()
    for sentence in letter.sentences:
        for match in list(POLICY.finditer(sentence)) + list(LCD.finditer(sentence)):
            text = match.group(0).strip().rstrip(".,;)")
            key = re.sub(r"\W", "", (match.groupdict().get("number") or text)).upper()
            if key in seen or not any(c.isdigit() for c in key):
                continue
            seen.add(key)
            found.append(Finding(text, sentence, SURE))
    return found
