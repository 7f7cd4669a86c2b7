"""Who oversees a plan, by plan type: where a complaint about a plan's handling goes."""

from dataclasses import dataclass

from . import sources
from .sources import Source


@dataclass(frozen=True)
class Regulator:
    key: str
    name: str
    plan_types: tuple[str, ...]
    by_state: bool  # one office per state (its state is part of the letter's target)
    source: Source


REGULATORS = (
    Regulator(
        "ebsa",
        "Employee Benefits Security Administration, U.S. Department of Labor",
        ("employer_self_funded",),
        False,
        sources.EBSA_ASSISTANCE,
    ),
)


def regulators_for(plan_type):
    """The regulators whose oversight reaches a plan of this type (none when unknown)."""
    return [r for r in REGULATORS if plan_type in r.plan_types]
