"""How much the denial reader's wordings depend on the exact words an author chose: each reason
sentence of the tuning and dev answer files that the wordings read right is read again written
the way another author might write it — with or without contractions, hyphens and a reviewer's
hedge, prior authorization by its other names, the plan named as the member's, the decision told
in the past — and each kind of change reports how often the reason was lost. The held-out half
is never read here."""

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

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


def rewritten(sentence):
    """(change, the sentence with it made) for each change that applies to the sentence."""
    for change, pairs in CHANGES.items():
        for before, after in pairs:
            if re.search(rf"\b{re.escape(before)}\b", sentence):
                yield change, re.sub(rf"\b{re.escape(before)}\b", after, sentence)


def measure(sentences):
    outcome = Outcome()
    for letter, kind, sentence in sentences:
        if kind not in kinds_in(sentence):
            continue  # read by the letter around it, not by its own words
        for change, changed in rewritten(sentence):
            outcome.tried[change] += 1
            if kind not in kinds_in(changed):
                outcome.lost[change] += 1
                outcome.examples.setdefault(change, f"{letter} · {kind}: {changed}")
    return outcome
