"""Words OCR misread, mended against an English word list (pyspellchecker's) and the words the
reader's rules look for. A word neither knows is put right where one or two of OCR's usual
confusions — "rn" for "m" and back, "nn" for "m" or "rm", "d" for "cl" and back, "vv" for "w",
"li" for "h" — make it a word they know ("itenns", "treatrnent", "dairn", "retum", "fonn"); a
long word neither knows that is two common words run together, where OCR lost the space
("coveredbenefit", "yourrequest"), is parted. A word either list knows is never touched, nor a
part of an address, a code or a number."""

import re
from functools import cache

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
