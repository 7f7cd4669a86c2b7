"""Where the decision stands: whether this is the final internal decision (the next step is
external review), and whether it was made on an urgent (expedited) basis."""

import re

from .findings import LIKELY, SURE, Finding
from .quiet import is_conditional

FINAL = re.compile(
    r"final (internal )?(adverse )?(benefit )?(determination|decision)|"
    r"notice of final(?! external)|"
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
    r"(us )?for a ((second|2nd|next)[- ]level|level (two|2|ii)) (internal )?appeal|"
    # a next level offered: "… can ask for a second level appeal", "Your right to a Level Two
    # appeal", "a second-level appeal may be filed within 60 days"
    r"\b(may|can|could|right to|wish to|want to) (also )?(ask|request|file|submit)( us)?( for)? "
    r"an? (second|2nd|level (two|2|ii))[- ]?(level )?(internal )?appeal|"
    r"\bright to an? (second|2nd|level (two|2|ii))[- ]?(level )?appeal|"
    r"\ban? (second|2nd)[- ]level appeal may be (filed|requested)",
    re.I,
)
# A first level named in the heading: "Level One Appeal Decision", "Appeal ID: … (first level)"
# (not a later level's, which may name the first: "Second Level Appeal Decision / Re: your appeal
# of our first-level decision")
FIRST_LEVEL = re.compile(r"\bfirst[- ]level\b|(?i:\blevel (one|1)\b)|(?-i:\bLevel I\b)", re.I)
LATER_LEVEL = re.compile(r"\b(second|2nd|final)\b|\blevel (two|2|ii)\b", re.I)


def offers_another_level(sentence):
    """ "You can ask for a second level appeal", not "You do not have the right to a second level
    appeal"."""
    found = NOT_FINAL.search(sentence)
    return bool(found) and not re.search(
        r"\b(not|no|n't)\W+(\w+\W+){0,3}$", sentence[: found.start()], re.I
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


# What may come, or what comes after any final decision, not this one: "External review: If we
# uphold our decision, …", "… after your appeal is denied", "Our final decision letter will …"
MAY_COME = re.compile(
    r"\b(if|when|unless)\b[^.]{0,40}\b(uphold|upholds|upheld|final (adverse|internal|decision)|"
    r"appeal is denied)|\b(after|following|once)\b[^.]{0,30}\b(an?|any|every) final (adverse|"
    r"internal)\b|\b(after|once) (your|the) appeal is denied\b|\b(every|any) final\b|"
    r"\bfinal decision (letter |notice )?will\b",
    re.I,
)
# A decision another body made on the plan's, named in the heading: an external review, an IMR,
# a hearing.
NOT_INTERNAL = re.compile(
    r"\bexternal (review|appeal) (decision|determination)|\bindependent medical review\b|\bIMR\b|"
    r"\b(fair )?hearing decision\b|\bdecision (after|of the) (fair )?hearing\b|\bIRO decision\b",
    re.I,
)
# a Medicare plan's redetermination, or a reconsideration the IRE reviews next: the labels of
# the corpus count neither as the final internal decision (in a letter that names Medicare: a
# state's or an employer plan's "redetermination" is another thing)
MEDICARE_LEVEL = re.compile(r"\bredetermination\b", re.I)
MEDICARE_RECONSIDERATION = re.compile(
    r"\breconsideration\b(?=.*\b(independent review entity|IRE)\b)", re.I | re.S
)
SAID_FINAL = re.compile(r"final (internal|adverse)|notice of final(?! external)|exhausted", re.I)
# the plan's decision told by another body: "the plan upheld its denial", "The health plan's
# denial is upheld"; an earlier notice: "Plan's final adverse determination dated: April 28"
TOLD_OF = re.compile(
    r"\b(the|your) (health )?(plan|carrier|insurer)'s (adverse )?(decision|denial|determination) "
    r"(is|was) upheld|\bthe plan upheld (its|the) (denial|decision) on\b|\bfinal adverse "
    r"determination (notice )?dated\b",
    re.I,
)


def final_internal(letter):
    if any(offers_another_level(sentence) for sentence in letter.sentences):
        return Finding(False, "", LIKELY)
    heading = "\n".join(letter.lines[:15])
    if FIRST_LEVEL.search(heading) and not LATER_LEVEL.search(heading):
        return Finding(False, "", LIKELY)
    medicare = re.search(r"\bMedicare\b|\bPart D\b", letter.text) and (
        MEDICARE_LEVEL.search(letter.text) or MEDICARE_RECONSIDERATION.search(letter.text)
    )
    other_body = medicare or NOT_INTERNAL.search(heading) and not SAID_FINAL.search(heading)
    for sentence in letter.sentences:
        if FINAL.search(sentence) and not is_conditional(sentence):
            if MAY_COME.search(sentence) or TOLD_OF.search(sentence):
                continue
            if other_body and not re.search(r"final internal|exhausted", sentence, re.I):
                continue
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
