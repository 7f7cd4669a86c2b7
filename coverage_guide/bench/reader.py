"""The denial reader against its corpus (tests/denial_corpus): precision and recall per field on
each part — the tuning half the rules were written against, a dev set of further letters
written later to tune on, and the held-out half written before the rules and never tuned on —
and every miss, listed. A benchmark that prints figures, never a test.

How a value counts: a found value equal to the expected one is a true positive; a found value
that differs, or one found where the letter has none, is a false positive; an expected value not
found (or found wrong) is a false negative. Lists count item by item. Yes/no fields count "yes"
as the positive. Names, addresses and policy numbers compare on letters and digits only."""

import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from appeals.reader import FIELDS, LISTS, read
from appeals.reader.extract import Unreadable, from_files

from . import record

CORPUS = Path(settings.BASE_DIR) / "tests" / "denial_corpus"
HALVES = ("tuning", "dev", "held_out")
DATE_FIELDS = ("notice_date", "appeal_by", "appeal_days")
BUDGET = 0.95


def key(name, value):
    """The form two values are compared in."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    text = str(value)
    if name == "insurer":
        text = text.lower().replace("healthcare", "health care")
    if name == "policy_numbers":
        digits = re.findall(r"[A-Za-z]?\d[\w.-]*", text)
        text = digits[-1] if digits else text
    if name in ("appeals_fax",):
        return re.sub(r"\D", "", text)[-10:]
    return re.sub(r"[^a-z0-9]", "", text.lower())


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def __add__(self, other):
        return Tally(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass
class Result:
    tallies: dict = field(default_factory=lambda: {name: Tally() for name in FIELDS})
    misses: list = field(default_factory=list)
    letters: int = 0
    seconds: float = 0.0


def same(name, found, expected):
    a, b = key(name, found), key(name, expected)
    if name in ("insurer", "appeals_address") and a and b:
        return a == b or a in b or b in a
    return a == b


def score(name, found, expected, tally, miss):
    if name in LISTS:
        found_keys = Counter(key(name, v) for v in found)
        expected_keys = Counter(key(name, v) for v in expected or [])
        hit = found_keys & expected_keys
        tally.tp += sum(hit.values())
        extra, missing = found_keys - hit, expected_keys - hit
        tally.fp += sum(extra.values())
        tally.fn += sum(missing.values())
        if extra or missing:
            miss(f"found extra {sorted(extra)}, missed {sorted(missing)}")
        return
    if name in ("final_internal", "urgent"):
        found, expected = bool(found), bool(expected)
        if found and expected:
            tally.tp += 1
        elif found:
            tally.fp += 1
            miss("said yes; the letter's answer is no")
        elif expected:
            tally.fn += 1
            miss("said no; the letter's answer is yes")
        return
    if found is not None and expected is not None and same(name, found, expected):
        tally.tp += 1
        return
    if found is not None:
        tally.fp += 1
    if expected is not None:
        tally.fn += 1
    if found is not None or expected is not None:
        miss(f"found {found!r}, expected {expected!r}")


def run_half(half):
    result = Result()
    for answer in sorted((CORPUS / half).glob("*.json")):
        expected = json.loads(answer.read_text())
        files = [(n, (CORPUS / half / n).read_bytes()) for n in expected["files"]]
        started = time.perf_counter()
        try:
            values = read(from_files(files).text).values()
        except Unreadable as error:
            values = {name: [] if name in LISTS else None for name in FIELDS}
            result.misses.append(f"{answer.stem}: unreadable: {error}")
        result.seconds += time.perf_counter() - started
        result.letters += 1
        for name in FIELDS:

            def miss(text, name=name, stem=answer.stem):
                result.misses.append(f"{stem} · {name}: {text}")

            score(name, values[name], expected.get(name), result.tallies[name], miss)
    return result


# Short passages written to find where the rules break (tests/denial_corpus/snippets), each read
# after a letterhead so that it reads as a letter.
SNIPPETS = CORPUS / "snippets"
LETTERHEAD = (
    "Acme Health Plan\nMember ID: ZX1234567\nDate: March 4, 2026\n\n"
    "Dear member, this letter is about your plan's coverage decision.\n\n"
)


def run_snippets():
    """{file stem: Result} with the reasons of each snippets file scored."""
    results = {}
    for path in sorted(SNIPPETS.glob("*.jsonl")):
        result = results[path.stem] = Result()
        for line in path.read_text().splitlines():
            snippet = json.loads(line)
            found = read(LETTERHEAD + snippet["text"]).values()["reasons"]

            def miss(text, name=snippet["id"], why=snippet["why"], misses=result.misses):
                misses.append(f"{name} · reasons: {text} ({why})")

            score("reasons", found, snippet["reasons"], result.tallies["reasons"], miss)
            result.letters += 1
    return results


def pooled(result, names):
    return sum((result.tallies[name] for name in names), Tally())


class Command(BaseCommand):
    help = "Precision and recall of the denial reader per field on the corpus's two halves."

    def add_arguments(self, parser):
        parser.add_argument("--half", choices=HALVES, action="append")
        parser.add_argument("--quiet", action="store_true", help="Leave out the list of misses.")
        parser.add_argument(
            "--snippets", action="store_true", help="The snippets only (with no --half)."
        )
        parser.add_argument(
            "--variants",
            action="store_true",
            help="Only how often a reason is lost when its sentence is worded another way.",
        )
        parser.add_argument(
            "--rewrapped",
            action="store_true",
            help="Only how often a pasted letter's reason is lost when it is wrapped again.",
        )

    def handle(self, *args, **options):
        if options.get("variants"):
            return self.variants(quiet=options.get("quiet"))
        if options.get("rewrapped"):
            return self.rewrapped(quiet=options.get("quiet"))
        halves = options.get("half") or ([] if options.get("snippets") else HALVES)
        for half in halves:
            result = run_half(half)
            part = {"tuning": "tuning half", "dev": "dev set", "held_out": "held-out half"}[half]
            self.stdout.write(
                f"Denial reader, {part}: {result.letters} letters, "
                f"{result.seconds:.1f} s in all (OCR included)"
            )
            self.stdout.write(
                f"{'field':<20}{'precision':>10}{'recall':>8}{'tp':>5}{'fp':>4}{'fn':>4}"
            )
            rows = [(name, result.tallies[name]) for name in FIELDS]
            rows += [("= reasons", pooled(result, ["reasons"]))]
            rows += [("= dates", pooled(result, DATE_FIELDS))]
            for name, t in rows:
                self.stdout.write(
                    f"{name:<20}{t.precision:>10.1%}{t.recall:>8.1%}{t.tp:>5}{t.fp:>4}{t.fn:>4}"
                )
            if not options.get("quiet"):
                self.stdout.write(f"Misses ({len(result.misses)}):")
                for line in result.misses:
                    self.stdout.write(f"  {line}")
            if half == "held_out":
                for what, names in (("reasons", ["reasons"]), ("dates", DATE_FIELDS)):
                    t = pooled(result, names)
                    record(
                        options,
                        f"Denial reader, held-out {what}: P / R",
                        f"{t.precision:.1%} / {t.recall:.1%}",
                        f">= {BUDGET:.0%} each",
                        t.precision >= BUDGET and t.recall >= BUDGET,
                    )
            self.stdout.write("")
        if options.get("snippets") or not options.get("half"):
            self.snippets(quiet=options.get("quiet"))
        if not options.get("half") and not options.get("snippets"):
            self.variants(quiet=options.get("quiet"))
            self.rewrapped(quiet=options.get("quiet"))

    def variants(self, quiet):
        from .variants import measure, reason_sentences

        outcome = measure(reason_sentences())
        self.stdout.write(
            "Denial reader, the tuning and dev reason sentences worded another way "
            "(reasons lost, of those read right as written):"
        )
        self.stdout.write(f"{'change':<32}{'tried':>7}{'lost':>6}{'share':>8}")
        for change, tried in outcome.tried.items():
            lost = outcome.lost[change]
            self.stdout.write(f"{change:<32}{tried:>7}{lost:>6}{lost / tried:>8.1%}")
        if not quiet:
            for change, example in outcome.examples.items():
                self.stdout.write(f"  {change}: {example}")
        self.stdout.write("")

    def rewrapped(self, quiet):
        from .variants import rewrapped

        outcome = rewrapped()
        self.stdout.write(
            "Denial reader, the tuning and dev letters pasted as text, wrapped again (reasons "
            f"lost, of {outcome.right} read right as written; wrong ones read only when wrapped):"
        )
        self.stdout.write(f"{'columns':<32}{'lost':>7}{'share':>8}{'wrong':>7}")
        for width, lost in outcome.lost.items():
            share = lost / outcome.right if outcome.right else 0.0
            self.stdout.write(f"{width:<32}{lost:>7}{share:>8.1%}{outcome.wrong[width]:>7}")
        if not quiet:
            for width, example in outcome.examples.items():
                self.stdout.write(f"  {width} columns: {example}")
        self.stdout.write("")

    def snippets(self, quiet):
        self.stdout.write("Denial reader, snippets (reasons; tuned on, so dev material):")
        self.stdout.write(f"{'file':<20}{'precision':>10}{'recall':>8}{'tp':>5}{'fp':>4}{'fn':>4}")
        results = run_snippets()
        for stem, result in results.items():
            t = result.tallies["reasons"]
            self.stdout.write(
                f"{stem:<20}{t.precision:>10.1%}{t.recall:>8.1%}{t.tp:>5}{t.fp:>4}{t.fn:>4}"
            )
        t = sum((result.tallies["reasons"] for result in results.values()), Tally())
        self.stdout.write(
            f"{'= all':<20}{t.precision:>10.1%}{t.recall:>8.1%}{t.tp:>5}{t.fp:>4}{t.fn:>4}"
        )
        if not quiet:
            for result in results.values():
                for line in result.misses:
                    self.stdout.write(f"  {line}")
        self.stdout.write("")
