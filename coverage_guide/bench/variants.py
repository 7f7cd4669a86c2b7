"""How much the denial reader's wordings depend on the exact words an author chose: each reason
sentence of the tuning and dev answer files that the wordings read right is read again written
the way another author might write it — with or without contractions, hyphens and a reviewer's
hedge, prior authorization by its other names, the plan named as the member's, the decision told
in the past, or misread by OCR ("rn" for "m", "1" for "l") — and each kind of change reports
how often the reason was lost. And how much the reasons depend on where a paste broke the lines:
each tuning and dev letter pasted as text is read again hard-wrapped at other widths. The
held-out half is never read here."""

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

from appeals.reader.text import ocr_letters
from appeals.reader.wording import kinds_in

CORPUS = Path(settings.BASE_DIR) / "tests" / "denial_corpus"

# Each kind of change: (what an author might write, what another might write instead).
CHANGES = {
    "contractions": [
        ("is not", "isn't"), ("does not", "doesn't"), ("did not", "didn't"), ("cannot", "can't"),
        ("will not", "won't"), ("are not", "aren't"), ("was not", "wasn't"), ("do not", "don't"),
        ("were not", "weren't"), ("has not", "hasn't"), ("have not", "haven't"),
    ],
    "hyphens": [
        ("medically necessary", "medically-necessary"),
        ("prior authorization", "pre-authorization"),
        ("out-of-network", "out of network"), ("out of network", "out-of-network"),
    ],
    "names of prior authorization": [
        ("prior authorization", "precertification"), ("precertification", "prior authorization"),
        ("prior authorization", "prior approval"),
    ],
    "a reviewer's hedge": [
        ("not medically necessary", "not considered medically necessary"),
        ("not medically necessary", "not found to be medically necessary"),
        ("is investigational", "is considered investigational"),
        ("does not meet", "does not currently meet"),
    ],
    "the member's plan": [("your plan", "the member's plan"), ("Your plan", "The member's plan")],
    "past tense": [
        ("does not cover", "did not cover"), ("does not participate", "did not participate"),
        ("is limited to", "was limited to"), ("has not been tried", "had not been tried"),
    ],
    "never": [("did not receive", "never received"), ("were not received", "never arrived")],
}  # fmt: skip


@dataclass
class Outcome:
    tried: Counter = field(default_factory=Counter)
    lost: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)  # change: the first sentence that lost its kind


def reason_sentences(halves=("tuning", "dev")):
    """(letter, kind, sentence) for every reason sentence of the answer files of those halves."""
    for half in halves:
        assert half != "held_out"
        for answer in sorted((CORPUS / half).glob("*.json")):
            for kind, sentence in json.loads(answer.read_text())["reason_sentences"].items():
                yield answer.stem, kind, sentence


# What OCR makes of letters inside words: each made in every word of four letters or more, after
# its first letter, that holds it; read as the reader reads any text, mended first.
MISREADINGS = [("m", "rn"), ("rm", "nn"), ("cl", "d"), ("l", "1"), ("o", "0"), ("rn", "m")]


def rewritten(sentence):
    """(change, the sentence with it made) for each change that applies to the sentence."""
    for change, pairs in CHANGES.items():
        for before, after in pairs:
            if re.search(rf"\b{re.escape(before)}\b", sentence):
                yield change, re.sub(rf"\b{re.escape(before)}\b", after, sentence)
    for before, after in MISREADINGS:

        def misread(match, before=before, after=after):
            word = match.group()
            return word[0] + word[1:].replace(before, after)

        changed = re.sub(r"\b[A-Za-z]{4,}\b", misread, sentence)
        if changed != sentence:
            yield f"OCR's {after!r} for {before!r}", changed


def measure(sentences):
    outcome = Outcome()
    for letter, kind, sentence in sentences:
        if kind not in kinds_in(sentence):
            continue  # read by the letter around it, not by its own words
        for change, changed in rewritten(sentence):
            outcome.tried[change] += 1
            if kind not in kinds_in(ocr_letters(changed)):
                outcome.lost[change] += 1
                outcome.examples.setdefault(change, f"{letter} · {kind}: {changed}")
    return outcome


# Widths a pasted letter is wrapped to again, as an e-mail wraps text a PDF had already wrapped.
WIDTHS = (44, 72)


@dataclass
class Rewrapped:
    right: int = 0  # reasons read right as written
    lost: Counter = field(default_factory=Counter)  # width: of those, not read when wrapped
    wrong: Counter = field(default_factory=Counter)  # width: wrong reasons read only when wrapped
    examples: dict = field(default_factory=dict)  # width: the first letter that lost one


def break_text():
    """The corpus's own hard-wrapping (tests/denial_corpus/make_files.py), hyphens and all."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_files", CORPUS / "make_files.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.break_text


def rewrapped(halves=("tuning", "dev")):
    """How often a reason the reader finds in a pasted letter (the tuning and dev letters whose
    format is plain text) is lost, or a wrong one found, when the letter is wrapped again."""
    from appeals.reader import read

    wrap, outcome = break_text(), Rewrapped()
    for half in halves:
        assert half != "held_out"
        for answer in sorted((CORPUS / half).glob("*.json")):
            expected = json.loads(answer.read_text())
            if expected.get("format") != "text":
                continue
            text = (CORPUS / half / expected["files"][0]).read_text()
            as_written, theirs = set(read(text).values()["reasons"]), set(expected["reasons"])
            right = as_written & theirs
            outcome.right += len(right)
            for width in WIDTHS:
                wrapped = wrap(f"#! width={width}\n{text}", answer.stem)
                found = set(read(wrapped).values()["reasons"])
                outcome.lost[width] += len(right - found)
                outcome.wrong[width] += len(found - theirs - as_written)
                if right - found:
                    outcome.examples.setdefault(width, f"{answer.stem}: {sorted(right - found)}")
    return outcome
