"""Benchmarks for `make bench`: wizard pages and the clinic queue (pages), letters (letters), and
a load run on loopback (load, with locustfile). Each is a management command; they never fail
on time, they print figures."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Budget:
    what: str
    measured: str
    budget: str
    met: bool


def record(options, what, measured, budget, met):
    """Add a budget's outcome to the summary `bench` prints, when run from it."""
    if options.get("budgets") is not None:
        options["budgets"].append(Budget(what, measured, budget, met))
