"""Words OCR misread, mended against an English word list (pyspellchecker's) and the words the
reader's rules look for. A word neither knows is put right where one or two of OCR's usual
confusions — "rn" for "m" and back, "nn" for "m" or "rm", "d" for "cl" and back, "vv" for "w",
"li" for "h" — make it a word they know ("itenns", "treatrnent", "dairn", "retum", "fonn"); a
long word neither knows that is two common words run together, where OCR lost the space
("coveredbenefit", "yourrequest"), is parted. A word either list knows is never touched, nor a
part of an address, a code or a number."""

import re
from functools import cache

from .insurers import INSURERS
from .phrases import REASON_PATTERNS

CONFUSIONS = (("rn", "m"), ("m", "rn"), ("nn", "m"), ("nn", "rm"), ("d", "cl"), ("cl", "d"),
              ("vv", "w"), ("li", "h"))  # fmt: skip
# Words of the trade the general list lacks; with the rules' own words (`mend(text, rule_words)`).
TRADE = frozenset(
    "ketamine esketamine spravato precertification preauthorization predetermination "
    "nonformulary formulary nonpreferred nonparticipating noncovered medicaid medicare "
    "antidepressant antidepressants psychotherapy electroconvulsive".split()
)
# A word that begins with one of these is one word ("nonpreferred"), never two.
PREFIXES = frozenset("non pre sub mis dis over under inter multi out semi anti post self".split())
COMMON = 5000  # how often (in the list's counts) each part of a parted word must be seen
# a word, or a part of one with a hyphen or a slash ("self-adrninistered", "payrnent/allowance");
# not a part of an address ("www.plan.com/forms", "appeals@plan.com")
WORD = re.compile(r"(?<![\w@./\\])[A-Za-z]{4,}(?![\w@\\]|\.\w|/\w+\.)")


@cache
def frequencies():
    from spellchecker import SpellChecker

    return SpellChecker().word_frequency


def mend(text, rule_words=frozenset()):
    """`text` with each misread word put right."""
    known = TRADE | rule_words

    @cache
    def mended(word, joined=False):
        lower = word.lower()
        if lower in known or lower in frequencies():
            return word
        meant = max(
            (spelling for spelling in misreadings(lower) if is_word(spelling, known)),
            key=lambda spelling: (spelling in known, frequencies()[spelling]),
            default=None,
        )
        if meant:
            return word.upper() if word.isupper() else meant.capitalize() if word[0].isupper() \
                else meant  # fmt: skip
        return (not joined and parted(word)) or word

    def mend_word(match):
        # (a part of a hyphenated or slashed word is mended, never parted: "caremark-notices")
        start, end = match.span()
        after, before = text[end : end + 1], text[start - 1 : start]
        return mended(match.group(), after in ("-", "/") or before == "-")

    return WORD.sub(mend_word, text)


def is_word(spelling, known):
    return spelling in known or spelling in frequencies()


def misreadings(word):
    """Every spelling one or two of OCR's confusions away from `word`."""
    found, frontier = set(), {word}
    for _ in range(2):
        frontier = {
            spelling[:at] + meant + spelling[at + len(seen) :]
            for spelling in frontier
            for seen, meant in CONFUSIONS
            for at in range(len(spelling))
            if spelling.startswith(seen, at)
        }
        found |= frontier
    return found - {word}


def parted(word):
    """Two common words OCR ran together, with the space put back; None where it is not."""
    if len(word) < 8 or not word.islower():
        return None
    count = frequencies()
    splits = [
        (min(count[word[:at]], count[word[at:]]), at)
        for at in range(3, len(word) - 2)
        if word[:at] not in PREFIXES and min(count[word[:at]], count[word[at:]]) >= COMMON
    ]
    if not splits:
        return None
    at = max(splits)[1]
    return f"{word[:at]} {word[at:]}"


# The words the reader's rules look for that hold an "m", which OCR may read as "rn"
# ("treatrnent", "ketarnine"), or a "cl", which it may read as "d" ("dairn").
RULE_WORDS = frozenset(
    word
    for pattern in REASON_PATTERNS.values()
    for word in re.findall(r"[a-z]{4,}", pattern)
    if "m" in word or "cl" in word
) | {
    "ketamine",
    "esketamine",
    "claim",
    "claims",
    "treatment",
    "treatments",
    "information",
    "medical",
    "medically",
    "documentation",
    "items",
    "program",
    "from",
    "them",
    "may",
    "number",
}
# The insurers' names, one word or run together ("CVS caremark", "carefirst"): never parted.
INSURER_WORDS = frozenset(
    word for name, _ in INSURERS for word in [*name.lower().split(), "".join(name.lower().split())]
)


def ocr_letters(text):
    """What OCR makes of letters, put back where it is plain: a one or a bar inside a word
    ("med1cally", "nasa|", "P1an", "sti11"), a zero ("f0r", "t00k"), a capital I ending a word
    ("experimentaI"); then the words it misread otherwise ("treatrnent", "dairn"), `mended`."""
    text = re.sub(
        r"(?<=[a-z])[1|]{1,2}(?=[a-z])|(?<=[A-Z])1(?=[a-z]{2})|(?<=[a-z]{2})[1|]{1,2}(?![\w|])|"
        r"\b1(?!st\b|nd\b|rd\b|th\b|mg|ml|mcg|hr|wk)(?=[a-z]{2,})|\|(?=[a-z]{2,})(?![a-z]{2}-\d)",
        lambda match: "l" * len(match.group()),
        text,
    )
    text = re.sub(
        r"(?<=[A-Za-z])0{1,2}(?=[a-z])|\b0(?=[a-z]{1,}\b)", lambda m: "o" * len(m.group()), text
    )
    text = re.sub(r"(?<=[a-z]{3})I\b", "l", text)
    return mend(text, RULE_WORDS | INSURER_WORDS)
