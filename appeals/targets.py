"""What a letter is made for: nothing, a denial, claims, a date range, an approval, an appeal
level, or a regulator in a state. Each kind of target lists its options for a case, names each
with a key (kept on every letter version), and finds it again from a key or a posted form."""

from dataclasses import dataclass
from datetime import date

from django.http import Http404

from coverage_guide.converters import is_id
from patients.knowledge import regulators

from .letters.blocks import fmt_date


class TargetInvalid(ValueError):
    """The request names a target in a form the patient can correct (shown as a message)."""


@dataclass(frozen=True)
class Target:
    key: str  # "" for none, "denial:12", "range:2026-01-01/2026-03-31", …
    label: str  # what the letter is for, in words: "the claim of March 3, 2026"
    obj: object = None  # the denial, the claims, the approval, the appeal or the regulator


NONE = Target("", "")
KEY_INPUT = "appeals/_target_inputs.html#key"


def _not_found():
    raise Http404("No such letter target.")


@dataclass(frozen=True)
class NoTarget:
    """A letter made from the case as a whole."""

    prefix: str = ""
    inputs: str = KEY_INPUT  # the partial that names the target in an offer's form
    typed: bool = False  # True when the patient types the target instead of picking one

    def options(self, case):
        return [NONE]

    def matches(self, key):
        return key == ""

    def from_key(self, case, key):
        return NONE


@dataclass(frozen=True)
class RowTarget:
    """One of the case's rows of a kind (a denial, an approval, an appeal), by id."""

    prefix: str
    rows: object  # case -> the candidate rows (prefetched with the case's step data)
    label: object  # row -> "the … of …"
    when: object = None  # row -> bool: which rows the letter can be made for
    inputs: str = KEY_INPUT
    typed: bool = False

    def options(self, case):
        return [self._target(row) for row in self.rows(case) if self.when is None or self.when(row)]

    def matches(self, key):
        return key.startswith(self.prefix + ":")

    def from_key(self, case, key):
        if not is_id(key.removeprefix(self.prefix + ":")):
            _not_found()
        found = next((t for t in self.options(case) if t.key == key), None)
        return found or _not_found()

    def _target(self, row):
        return Target(f"{self.prefix}:{row.pk}", self.label(row), row)


@dataclass(frozen=True)
class ClaimTarget(RowTarget):
    """One claim with its services; the letter receives it as a one-claim tuple."""

    def _target(self, claim):
        return Target(f"{self.prefix}:{claim.pk}", self.label(claim), (claim,))


@dataclass(frozen=True)
class DateRangeTarget:
    """Every claim with services whose date of service falls in a range, both ends included."""

    prefix: str = "range"
    inputs: str = "appeals/_target_inputs.html#range"
    typed: bool = True
    ask_label: str = "a date range"

    def options(self, case):
        return []  # chosen by typing two dates, not from a list

    def matches(self, key):
        return key.startswith(self.prefix + ":")

    def key_from(self, data):
        return f"{self.prefix}:{data.get('start', '')}/{data.get('end', '')}"

    def from_key(self, case, key):
        start, _, end = key.removeprefix(self.prefix + ":").partition("/")
        try:
            first, last = date.fromisoformat(start), date.fromisoformat(end)
        except ValueError:
            raise TargetInvalid(
                "Enter a start and end date, the start on or before the end."
            ) from None
        if last < first:
            raise TargetInvalid("Enter a start and end date, the start on or before the end.")
        claims = tuple(
            c for c in case.claims.all() if first <= c.service_date <= last and c.lines.all()
        )
        if not claims:
            raise TargetInvalid(
                f"No claim with services falls between {fmt_date(first)} and {fmt_date(last)}."
            )
        return Target(
            f"{self.prefix}:{first}/{last}", f"{fmt_date(first)} to {fmt_date(last)}", claims
        )


@dataclass(frozen=True)
class RegulatorTarget:
    """The regulator that oversees the case's plan, in the patient's state."""

    prefix: str = "regulator"
    inputs: str = KEY_INPUT
    typed: bool = False

    def options(self, case):
        policy = getattr(case, "policy", None)
        plan_type, state = (policy.plan_type, policy.state) if policy else ("", "")
        return [
            Target(
                f"{self.prefix}:{r.key}:{state if r.by_state else ''}",
                f"the {r.name}" + (f" ({state})" if r.by_state and state else ""),
                r,
            )
            for r in regulators.regulators_for(plan_type)
        ]

    def matches(self, key):
        return key.startswith(self.prefix + ":")

    def from_key(self, case, key):
        found = next((t for t in self.options(case) if t.key == key), None)
        return found or _not_found()


def resolve(kind, case, data):
    """The target a posted form (or a `--target` key) names for a letter kind.

    Raises Http404 for a target the case does not have, TargetInvalid for a typed one to fix."""
    key = data.get("target", "")
    if "start" in data or "end" in data:
        ranged = next((t for t in kind.targets if isinstance(t, DateRangeTarget)), None)
        if ranged is None:
            _not_found()
        key = ranged.key_from(data)
    if not isinstance(key, str) or len(key) > 60:
        _not_found()
    for target_kind in kind.targets:
        if target_kind.matches(key):
            return target_kind.from_key(case, key)
    _not_found()
