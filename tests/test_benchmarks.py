"""The benchmarks `make bench` runs still run and print every row: a smoke test with one sample
each, never a check of their times."""

import io

from django.core.management import call_command

from appeals.kinds import LETTER_KINDS
from patients.steps import STEPS


def test_bench_pages_times_every_step_get_and_post_and_the_queue(db):
    out, budgets = io.StringIO(), []
    call_command("bench_pages", runs=1, queue_cases=20, stdout=out, budgets=budgets)
    lines = out.getvalue().splitlines()
    for step in STEPS:
        row = next(line for line in lines if line.startswith(step.slug + " "))
        get_queries, post_queries = row.split()[-6:-3], row.split()[-3:]
        assert get_queries[0] == get_queries[2] and post_queries[0] == post_queries[2], row
    assert "Work queue first page, 20 shared cases" in out.getvalue()
    recorded = {b.what: b for b in budgets}
    assert recorded["wizard step queries, 1 vs 20 rows"].met
    assert recorded["work queue queries, 10 vs 20 cases"].met
    assert "wizard step, worst GET or POST" in recorded


def test_bench_letters_times_every_kind_against_bare_documents(db):
    out, budgets = io.StringIO(), []
    call_command("bench_letters", runs=1, stdout=out, budgets=budgets)
    for slug in LETTER_KINDS:
        assert any(line.startswith(slug + " ") for line in out.getvalue().splitlines()), slug
    assert any(line.startswith("appeal, CJK name ") for line in out.getvalue().splitlines())
    # every kind, made for the demo case or the demo case under another plan type, and the
    # appeal for a CJK name
    assert "(nothing to make it for in the demo case)" not in out.getvalue()
    assert len(budgets) == len(LETTER_KINDS) + 1
    packet_row = next(
        line for line in out.getvalue().splitlines() if line.startswith("appeal packet")
    )
    assert packet_row.split()[2] == "20"  # pages
