"""Where the decision stands: whether this is the final internal decision (the next step is
external review), and whether it was made on an urgent (expedited) basis."""

import re

from .findings import LIKELY, SURE, Finding
from .quiet import is_conditional

FINAL = re.compile(
    r"final (internal )?(adverse )?(benefit )?(determination|decision)|notice of final|"
    r"(we|the plan|the panel|the reviewer|has|have) (have |has )?upheld|(is|was|are|been) upheld|"
    r"(uphold|upholding|upholds) (the|our) (original |initial |previous |earlier )?"
    r"(decision|denial)|(your|this) (first[- ]level |second[- ]level |level \w+ |internal )?"
    r"appeal (is|was|has been) denied|exhausted (the|your|all) (internal|plan's)? ?(appeal|"
    r"internal)|(we|have) reviewed your (first |second |internal )?appeal",
    re.I,
)
# The letter says another internal level is left: "This is not the final internal decision".
NOT_FINAL = re.compile(
    r"\b(this|it) is not (the|a|our) final (internal )?(decision|determination)|you (may|can) ask "
    r"(us )?for a ((second|2nd|next)[- ]level|level (two|2|ii)) (internal )?appeal",
    re.I,
)
URGENT_LABEL = re.compile(
    r"(?i:(case|request|reference|review|appeal|auth\w*)\b[^\n.]{0,40}\((expedited|urgent)\))|"
    r"^[^a-z]*\b(EXPEDITED|URGENT)\b[^a-z]*\b(DECISION|DETERMINATION|APPEAL|REVIEW|REQUEST|"
    r"NOTICE)\b[^a-z]*$"
)
URGENT_DONE = re.compile(
    r"\b(received|got|handled|reviewed|processed|made|completed|decided|treated)\b[^.]{0,80}"
    r"\b(expedited|urgent|fast|72 hours|24 hours)\b|\byou (asked|requested) (us )?for an? "
    r"(fast|expedited|urgent)|\byour (request|appeal) for an? (expedited|urgent|fast)\b|"
    r"\b(expedited|urgent)\b[^.]{0,40}\b(request|appeal|review)\b[^.]{0,30}\b(was|were) "
    r"(received|made|completed|reviewed)",
    re.I,
)
# What will or may happen, or what happens to every such appeal ("Expedited appeals are decided
# within 72 hours"), is not what happened to this one.
NOT_DONE = re.compile(
    r"\b(will|can|may|could|would|should|must)\b|\bask for\b|\b(is|are) (decided|made|reviewed|"
    r"processed|handled|completed)\b",
    re.I,
)


def final_internal(letter):
    if any(NOT_FINAL.search(sentence) for sentence in letter.sentences):
        return Finding(False, "", LIKELY)
    for sentence in letter.sentences:
        if FINAL.search(sentence) and not is_conditional(sentence):
            if re.search(
                r"\b(not|isn't) (a |the |our )?final|(after|of|from|receiv\w*|get\w*) (the|our|a|"
                r"this|its|your) final|(date\W+of|after)\W+(our|the|a) (letter|notice|decision) "
                r"(upholding|that upholds)",
                sentence,
                re.I,
            ):
                continue
            return Finding(True, sentence, SURE)
    return Finding(False, "", LIKELY)


URGENT_SAID = re.compile(
    r"\b(this|it|your request|the request|this request) (was|is) (a|an) (fast|expedited|urgent)\b|"
    r"\bwe (made|reached) (our|this|the|a) decision within (24|72) hours|\bwe (made|reached|"
    r"reviewed|decided|handled) (this|our|the|your) (decision|request|appeal|case) on an? "
    r"(expedited|fast|urgent)\b",
    re.I,
)


STANDARD = re.compile(r"\b(not|no longer) (an? )?(urgent|expedited)|\b(was|is) a standard\b", re.I)


def urgent(letter):
    for line in letter.lines[:40]:
        if URGENT_LABEL.search(line):
            return Finding(True, line.strip(), SURE)
    for sentence in letter.sentences:
        if (
            URGENT_SAID.search(sentence)
            and not is_conditional(sentence)
            and not STANDARD.search(sentence)
        ):
            return Finding(True, sentence, SURE)
    for sentence in letter.sentences:
        if (
            URGENT_DONE.search(sentence)
            and not NOT_DONE.search(sentence)
            and not is_conditional(sentence)
            and not STANDARD.search(sentence)
        ):
            return Finding(True, sentence, SURE)
    return Finding(False, "", LIKELY)
