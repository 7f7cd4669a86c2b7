"""Where a letter's decision ends: the first rights heading after a reason."""

import re

from .wording import kinds_in

# Where a letter's decision ends and its account of the person's rights begins: what comes
# after it explains appeals and help, and names reasons only as examples.
RIGHTS_HEADING = re.compile(
    r"^\W*(how (to|do i) (appeal|ask|file|request)|your rights?\b|(your )?(appeal|review) rights|"
    r"what you can do|what (if|to do if) (i|you) (disagree|don't agree|do not agree)|"
    r"if you disagree|you have the right to (appeal|ask|request|file)|"
    r"important information about your|(your )?right to (appeal|an appeal|a review)|"
    r"how to (get|ask for) (help|a review)|get help|language assistance|"
    r"notice of nondiscrimination|(external|independent) (medical )?review\W*$|appeals? process|"
    r"(gives|give) you the right to (an? )?(appeal|independent review|external review)|"
    r"definitions?(\W*$|\s(from|in|of|used)\b[^.]{0,40}$)|"
    r"what this (decision |letter )?means( for you)?\W*$|"
    r"(how we define|words we use|glossary|key terms)\b|what [\"“][\w -]{3,40}[\"”] means\b|"
    r"what [\w -]{3,40} means\W*$|you (may|can|have the right to) (appeal|"
    r"ask (us )?for an? (appeal|review|reconsideration|redetermination)|"
    r"request an? (appeal|review)|file an? (appeal|grievance)))",
    re.I,
)


# A summary box's note that the decision goes on below it: "The box above is a short summary.",
# "Please read the full explanation below. It is part of our decision."
SUMMARY_ONLY = re.compile(
    r"\b(box|section|summary) above is (only )?a (short |brief )?summary\b|\bread the (whole|full|"
    r"entire|complete) (letter|notice|explanation|decision)\b|\b(details|explanation|reasons?) "
    r"below (is|are) (also )?part of (our|this|the) decision\b|\b(full|complete|detailed) "
    r"(explanation|decision|reasons?) (is |are )?below\b",
    re.I,
)


def decision_end(sentences, kinds):
    """Where the decision ends: at the first rights heading that comes after a reason. A heading
    before any reason (a page of language help pasted first, a side column OCR read first) does
    not end it; with no reason before any heading, the decision ends at the first one and the
    rest is read only if the decision gives none."""
    headings = [
        number
        for number, sentence in enumerate(sentences)
        if number > 2
        and (RIGHTS_HEADING.search(sentence) or is_garbled_heading(sentence))
        # (not a summary box's "What you can do", with the full decision below it)
        and not any(SUMMARY_ONLY.search(after) for after in sentences[number + 1 : number + 9])
    ]
    for number in headings:
        if any(kinds[:number]):
            return number
    return headings[0] if headings else len(sentences)


def is_garbled_heading(sentence):
    """A short rights heading after a word OCR made of a mark or a smudge: "Sia You can appeal"."""
    rest = re.sub(r"^\W*\S{1,10}\s+", "", sentence)
    return len(sentence) <= 80 and not kinds_in(sentence) and bool(RIGHTS_HEADING.search(rest))
