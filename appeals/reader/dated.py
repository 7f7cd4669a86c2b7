"""A notice's own date given outside a label: in the letter's words ("The date on this notice is
January 26, 2026") or as a statement's "Processed: 02/19/2026" ("Claim processed: 10/06/2025")."""

import re

from .findings import LIKELY, SURE, Finding
from .years import past_dates_in

STATED = re.compile(
    r"\b(the date (on|of) this (written )?(notice|letter) is|this (notice|letter) (is|was) "
    r"dated|"
    # a message that answers about the letter in hand: "The letter you received is dated March
    # 11, 2026.", "The grievance decision letter is dated July 28, 2025."
    r"(?:^|(?<=[•·] ))the ([\w-]+ ){0,3}(letter|notice)( you (received|got))? is dated|"
    # the insurer's letter a clinic passes on: "The decision is dated March 3, 2026, and a copy is
    # enclosed", "(copied from the Anthem Explanation of Benefits dated December 18, 2025)"
    r"^\W*the decision is dated|\b(copied|quoted|taken) from the [\w'’ ]{0,40}\b(explanation of "
    r"benefits|EOB|letter|notice|decision) dated)\b",
    re.I,
)
PROCESSED = re.compile(r"^\W{0,3}((claim|statement) )?processed( on)?\s*:\s*", re.I)
# in a second column: "Claim received: Feb 24, 2026        Claim processed: Mar 12, 2026"
PROCESSED_BESIDE = re.compile(r"\s{2,}((claim|statement) )?processed( on)?\s*:\s*", re.I)


def said_date(sentences):
    """The date a sentence says is the notice's."""
    for sentence in sentences:
        said = STATED.search(sentence)
        found = said and past_dates_in(sentence[said.end() :])
        if found and found[0][1] <= 2:
            return Finding(found[0][0], sentence, SURE)
    return None


def processed_date(line, pattern=PROCESSED):
    """A statement's "Processed: 02/19/2026": its date where nothing above it dates the notice."""
    label = pattern.search(line)
    found = label and past_dates_in(line[label.end() :])
    return Finding(found[0][0], line.strip(), LIKELY) if found and found[0][1] == 0 else None


# A label of the day the decision was made (or the claim processed), not the day the letter
# went out.
DECIDED = re.compile(
    r"^\W*(date of (the )?decision|decision date|date processed|processed (on|date))\b", re.I
)


def dated_above_decision(head, found):
    """A letter's own date on a line of its own above a label of the decision's date ("February
    12, 2026" … "Date of decision: February 11, 2026", "Date processed: 04/20/2026"): the notice
    is dated when it was sent."""
    if not DECIDED.match(found.sentence):
        return found
    for line in head:
        if line.strip() and found.sentence.startswith(line.strip()):
            break  # the label's own line
        dates = past_dates_in(line)
        alone = dates and len(line.strip()) <= dates[0][2] - dates[0][1] + 2
        if alone and dates[0][0] >= found.value:
            return Finding(dates[0][0], line.strip(), LIKELY)
    return found
