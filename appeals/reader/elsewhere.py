"""What a letter tells of another claim or request than the one it decides — a box about a claim
on an earlier statement, a separate request denied — or of an earlier decision on this one, whose
reasons are that one's, not this decision's; and where a letter forwarded begins, below the words
of whoever forwarded it."""

import re

from .aside import EARLIER, sentences_of, squeezed

# "we denied a separate request for Rexulti because …", "another claim … was denied because …"
# (not "the other claim" on a statement of several, which this notice decides too)
ANOTHER = re.compile(
    r"\bdenied (a|another) (separate|different) (request|claim|prescription)\b|"
    r"\b(a|another) (separate|different) (request|claim|prescription)\b[^.]{0,80}\b(was|"
    r"were|had been) (denied|turned down)\b|"
    # "Other claims: Claim 2625…, received the same day …, was closed as a duplicate of this claim."
    r"^\W*(other|related) claims?\s*:|\b(closed|denied) as an? duplicate of (this|your) claim\b",
    re.I,
)
# the heading or first words of a box about one: "A claim from an earlier notice has been
# adjusted.", "Update on a claim from an earlier statement: …" (not "your earlier request", which
# an appeal decides)
ABOUT_ANOTHER = re.compile(
    r"^\W*((an? )?update on |about |regarding )?(an?|one) (claim|request)s? (from|on|shown on|"
    r"listed on) (an?|your|our) (earlier|previous|prior|last) (statement|notice|letter|EOB|"
    r"explanation of benefits|Medicare Summary Notice|MSN)\b|"
    # a portal's box on its own line: "Related Claim"
    r"^\W*(related|linked) claims?\W*$",
    re.I,
)
# where the letter comes back to its own decision
THIS_ONE = re.compile(
    r"\b(this|today's) (notice|statement|claim|request|decision|letter|appeal)\b|"
    r"^\W*(we|our) (denied|decision|reviewed|upheld)\b",
    re.I,
)
DENIED = re.compile(r"\b(denied|turned down|not (approved|covered|paid))\b", re.I)


def about_other_claims(letter):
    """The sentences, as the letter's own, that tell of another claim or request: the one that
    denied it, or from the line that names it to the end of its paragraph, four sentences at
    most, or to where the letter speaks of this decision again."""
    told = [sentence for sentence in letter.sentences if ANOTHER.search(sentence)]
    for block in re.split(r"\n\s*\n", letter.text):
        lines = block.split("\n")
        for number, line in enumerate(lines):
            if not ABOUT_ANOTHER.search(line):
                continue
            run = []
            for sentence in sentences_of("\n".join(lines[number:]))[:4]:
                if run and THIS_ONE.search(sentence):
                    break
                run.append(sentence)
            if any(DENIED.search(text) for text in run):
                told += run
            break
    told = [squeezed(text) for text in told]
    return {
        sentence
        for sentence in letter.sentences
        if any(squeezed(sentence) in text or text in squeezed(sentence) for text in told)
    }


# The reasons an earlier decision gave, told one by one after it: "On June 18 we denied the
# request for two reasons. First, … Second, …", "We first denied both lines of this claim. We
# denied the treatment session because …".
# Only what goes on counting; not "Also," or "Finally,", which may begin this decision's own
# reasons, nor "We denied the appeal because …".
IN_TURN = re.compile(
    # "The reasons for the decision were …", past, after the sentence that told of it
    r"^\W*((the|its|that letter's) reasons? (for (it|that|the) ((earlier|first|original) )?("
    r"decision|denial) )?(was|were)\b|"
    r"(second(ly)?|third(ly)?),\s|at that time,?\s|we (also )?denied (the|both|each|all|that|"
    r"those)\b"
    r"(?![^.]*\b(appeal|again|now|today|this (request|review|decision))\b))",
    re.I,
)
FIRST = re.compile(r"^\W*first(ly)?,\s", re.I)
COUNTED = re.compile(
    r"\b(two|three|several|\d|the following|these) (reasons|problems|issues|grounds)\b|\breasons:\W"
    r"*$",
    re.I,
)


def told_before(sentences):
    """The numbers of the sentences that tell what an earlier decision said, and of those that
    go on to list its reasons in turn ("First, …" only where it said how many)."""
    told, listing, counted = set(), False, False
    for number, sentence in enumerate(sentences):
        if EARLIER.search(sentence):
            listing, counted = True, bool(COUNTED.search(sentence))
        else:
            listing = listing and bool(IN_TURN.match(sentence) or counted and FIRST.match(sentence))
        if listing:
            told.add(number)
    return told


# Where a forwarded e-mail's or fax's own text begins; or, under a message "Subject: Fwd: …", the
# rule its sender drew above the letter typed out below it.
FORWARDED = re.compile(
    r"-{2,}\s*(forwarded|original)\b[\w ]{0,20}-{2,}|begin forwarded (message|text)", re.I
)
FORWARDED_SUBJECT = re.compile(r"^\W*subject:\s*(fwd?|fw):", re.I | re.M)
RULE = re.compile(r"[-_=]{20,}")


def forwarded_from(letter):
    """The number of the sentence where a forwarded letter begins below its sender's own words,
    or None."""
    sentences = letter.sentences
    marked = [n for n, sentence in enumerate(sentences) if FORWARDED.search(sentence)]
    if not marked and FORWARDED_SUBJECT.search(letter.text):
        marked = [n for n, sentence in enumerate(sentences) if RULE.search(sentence)][:1]
    return marked[-1] if marked else None


# A heading over parts of a policy that did not decide this request, shown for information:
# "Other parts of the policy (not applicable to this request):", "Other parts of Medical Policy
# MED201.061 (for your information)", "Other guideline sections, for information: …".
OTHER_PARTS = re.compile(
    r"^\W*other ([\w-]+ )?(parts|sections|provisions|portions)\b[^\n]{0,60}?\b(for (your )?("
    r"information|reference)|not applicable|(do|does) not apply)\b",
    re.I,
)
# Where the letter speaks again: to the reader, of its decision, or under a label of its own.
SPEAKS_AGAIN = re.compile(
    r"\b(we|our|us|you|your)\b|(?<!-)\b(denied|decision|approved)\b|^\W*[A-Z][\w ]{2,40}:\s", re.I
)
ITEM_OR_RUN_ON = re.compile(r"^\s*([-•*–]\s|[a-z(])")


def for_information(letter):
    """The sentences of the parts of a policy a letter shows under such a heading: its items
    and lines up to where the letter speaks to the reader or of its decision again."""
    lines, told = letter.text.split("\n"), []
    for number, line in enumerate(lines):
        if not OTHER_PARTS.match(line):
            continue
        run = [line]
        for later in lines[number + 1 : number + 16]:
            if later.strip() and SPEAKS_AGAIN.search(later) and not ITEM_OR_RUN_ON.match(later):
                break
            run.append(later)
        told.append(squeezed(" ".join(run)))
    return {
        sentence
        for sentence in letter.sentences
        if len(sentence) > 20 and any(squeezed(sentence) in text for text in told)
    }
