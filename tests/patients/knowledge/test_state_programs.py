"""State external review programs: the window each state sets, counted as its source says, for
the plans it reaches; other states and self-funded plans keep the federal minimums."""

from datetime import date

import pytest

from patients.knowledge.deadlines import AppealFacts, CaseTimeline, DenialFacts, case_deadlines
from patients.knowledge.deadlines.states import PROGRAMS, program_for

D = date
FULLY, MARKET, SELF = "employer_fully_insured", "marketplace", "employer_self_funded"
REQUEST = "Request external review"


def lost(decided, level="internal_1"):
    return AppealFacts(level, False, decided, "upheld", decided)


def due(plan_type, state, *appeals):
    timeline = CaseTimeline(
        plan_type,
        denials=(DenialFacts("denial:1", "Denial", D(2026, 1, 5), None, True, None, appeals),),
        state=state,
    )
    return [d.due for d in case_deadlines(timeline) if d.title == REQUEST]


@pytest.mark.parametrize(
    ("plan_type", "state", "decided", "expected", "why"),
    [
        (FULLY, "NY", D(2026, 3, 2), D(2026, 7, 2), "NY: 4 months, Ins. Law 4914(b)(1)"),
        (MARKET, "NY", D(2026, 10, 31), D(2027, 2, 28), "NY: 4 months, to February's end"),
        (FULLY, "CA", D(2026, 3, 2), D(2026, 9, 2), "CA: 6 months after the plan's decision"),
        (MARKET, "CA", D(2026, 8, 31), D(2027, 2, 28), "CA: 6 months, to February's end"),
        (FULLY, "PA", D(2026, 3, 2), D(2026, 7, 2), "PA: 4 months from the letter's date"),
        (MARKET, "IL", D(2026, 5, 1), D(2026, 9, 1), "IL: 4 months, 215 ILCS 180/35(a)"),
        (FULLY, "OH", D(2026, 3, 2), D(2026, 8, 29), "OH: 180 days, R.C. 3922.02(B)"),
        (FULLY, "NC", D(2026, 3, 2), D(2026, 6, 30), "NC: 120 days, G.S. 58-50-80(a)"),
        (MARKET, "MI", D(2026, 3, 2), D(2026, 6, 30), "MI: 120 days, MCL 550.1911(1)"),
        # Texas sends its plans to the federal process: 4 months, moved past a weekend.
        (FULLY, "TX", D(2026, 6, 1), D(2026, 10, 1), "TX: federal, 4 months"),
        (FULLY, "TX", D(2026, 4, 3), D(2026, 8, 3), "TX: federal, Aug 3 (Aug 3 is a Monday)"),
        (FULLY, "TX", D(2026, 7, 4), D(2026, 11, 4), "TX: federal, 4 months"),
        (FULLY, "TX", D(2026, 8, 1), D(2026, 12, 1), "TX: federal, 4 months"),
        (FULLY, "TX", D(2026, 3, 7), D(2026, 7, 7), "TX: federal, 4 months"),
        # A state we have not sourced, or no state: the federal minimums, which roll.
        (FULLY, "FL", D(2026, 3, 4), D(2026, 7, 6), "FL: federal; Jul 4, 2026 is a Saturday"),
        (MARKET, "", D(2026, 3, 4), D(2026, 7, 6), "no state: federal"),
        # Self-funded plans use the federal process in every state.
        (SELF, "NY", D(2026, 3, 4), D(2026, 7, 6), "NY self-funded: federal, rolls"),
        (SELF, "CA", D(2026, 3, 2), D(2026, 7, 2), "CA self-funded: federal 4 months"),
    ],
)
def test_external_review_window_by_state(plan_type, state, decided, expected, why):
    assert due(plan_type, state, lost(decided)) == [expected], why


def test_new_york_counts_only_from_the_first_internal_appeals_decision():
    found = due(FULLY, "NY", lost(D(2026, 3, 2)), lost(D(2026, 5, 1), level="internal_2"))
    assert found == [D(2026, 7, 2)]


def test_other_states_count_from_each_internal_decision_and_plan_for_the_earlier():
    found = due(FULLY, "IL", lost(D(2026, 3, 2)), lost(D(2026, 5, 1), level="internal_2"))
    assert found == [D(2026, 7, 2), D(2026, 9, 1)]


def test_a_state_run_review_sets_no_decision_date_we_have_not_sourced():
    timeline = CaseTimeline(
        FULLY,
        denials=(
            DenialFacts(
                "denial:1",
                "Denial",
                D(2026, 1, 5),
                None,
                True,
                None,
                (
                    lost(D(2026, 3, 2)),
                    AppealFacts("external", False, D(2026, 3, 9), "pending", None),
                ),
            ),
        ),
        state="NY",
    )
    titles = [d.title for d in case_deadlines(timeline)]
    assert "The external reviewer's decision is due" not in titles


def test_every_program_covers_only_state_regulated_plans_and_is_sourced():
    assert {p.state for p in PROGRAMS} == {"CA", "TX", "NY", "PA", "IL", "OH", "NC", "MI"}
    for program in PROGRAMS:
        assert program.source.url.startswith("https://")
        assert program.filing and program.filing.source.url.startswith("https://")
        assert program_for(SELF, program.state) is None
        assert program_for("medicaid", program.state) is None
        assert program_for(FULLY, program.state) is program


def test_the_appeal_step_shows_the_states_program_on_the_road(patient_client, case):
    from tests.factories import AppealFactory, DenialFactory, PolicyFactory

    PolicyFactory(case=case, plan_type=FULLY, state="NY")
    denial = DenialFactory(case=case)
    AppealFactory(denial=denial, outcome="upheld", decided_on=denial.notice_date)
    page = " ".join(patient_client.get(f"/cases/{case.pk}/steps/appeal/").text.split())
    assert "External review: New York State External Appeal</strong>" in page
    assert "External review in New York: New York State External Appeal" in page
    assert "Your plan may charge $25" in page
    assert "This is your next step: ask by Oct 2, 2025." in page  # Jun 2 + 4 months


@pytest.mark.parametrize(
    ("plan_type", "state", "says"),
    [
        (FULLY, "FL", "Florida may run its own external review program"),
        (SELF, "NY", "Self-funded employer plans use the federal external review process"),
    ],
)
def test_without_a_sourced_program_the_page_gives_the_federal_minimums(
    patient_client, case, plan_type, state, says
):
    from tests.factories import DenialFactory, PolicyFactory

    PolicyFactory(case=case, plan_type=plan_type, state=state)
    DenialFactory(case=case)
    page = " ".join(patient_client.get(f"/cases/{case.pk}/steps/appeal/").text.split())
    assert says in page
    assert "Within 4 months: you may request external review" in page
