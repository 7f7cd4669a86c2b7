"""Step states come from the data, for empty, partial and complete cases."""

import datetime

import pytest

from patients.steps import STEPS, STEPS_BY_SLUG, State, next_actions, progress
from tests.factories import (
    AppealFactory,
    CaseFactory,
    ClaimFactory,
    ClaimLineFactory,
    ContactFactory,
    DenialFactory,
    DiagnosisFactory,
    PolicyFactory,
    PriorAuthFactory,
    ProviderFactory,
    TreatmentFactory,
    fill_case,
)

pytestmark = pytest.mark.django_db


def states(case):
    from patients.models import Case

    case = Case.objects.with_step_data().get(pk=case.pk)
    return {p.step.slug: p.status.state for p in progress(case)}


def test_registry_has_the_nine_steps_in_order():
    assert [s.slug for s in STEPS] == [
        "plan",
        "diagnosis",
        "history",
        "insurer",
        "clinic",
        "prior-authorization",
        "claims",
        "appeal",
        "financial-aid",
    ]
    assert [s.number for s in STEPS] == list(range(1, 10))


def test_empty_case_has_every_step_not_started():
    assert set(states(CaseFactory(episode_started_on=None)).values()) == {State.NOT_STARTED}


def test_complete_case_has_every_step_complete():
    assert set(states(fill_case(CaseFactory())).values()) == {State.COMPLETE}


@pytest.mark.parametrize(
    ("step", "make_partial"),
    [
        ("plan", lambda c: PolicyFactory(case=c, member_id="")),
        ("diagnosis", lambda c: DiagnosisFactory(case=c)),
        ("history", lambda c: TreatmentFactory(case=c, outcome="")),
        ("insurer", lambda c: ContactFactory(case=c, reference_number="")),
        ("clinic", lambda c: ProviderFactory(case=c, npi="")),
        ("prior-authorization", lambda c: PriorAuthFactory(case=c, decision="pending")),
        ("claims", lambda c: ClaimFactory(case=c)),
        ("appeal", lambda c: AppealFactory(denial=DenialFactory(case=c), outcome="pending")),
    ],
)
def test_partly_filled_step_is_in_progress(step, make_partial):
    case = CaseFactory()
    make_partial(case)
    assert states(case)[step] == State.IN_PROGRESS


def test_denial_without_an_appeal_needs_attention():
    case = CaseFactory()
    DenialFactory(case=case)
    assert states(case)["appeal"] == State.NEEDS_ATTENTION


def test_denied_claim_not_recorded_as_a_denial_needs_attention():
    case = CaseFactory()
    claim = ClaimFactory(case=case, status="denied")
    ClaimLineFactory(claim=claim)
    assert states(case)["claims"] == State.NEEDS_ATTENTION
    AppealFactory(denial=DenialFactory(case=case, claim=claim))
    assert states(case)["claims"] == State.COMPLETE


def test_follow_up_due_within_a_week_needs_attention():
    case = CaseFactory()
    soon = datetime.date.today() + datetime.timedelta(days=3)
    ContactFactory(case=case, follow_up_on=soon)
    assert states(case)["insurer"] == State.NEEDS_ATTENTION


def test_follow_up_marked_done_no_longer_needs_attention():
    case = CaseFactory()
    soon = datetime.date.today() + datetime.timedelta(days=3)
    ContactFactory(case=case, follow_up_on=soon, follow_up_done=True)
    assert states(case)["insurer"] == State.COMPLETE


def test_next_actions_put_what_needs_attention_first_and_stop_at_three():
    case = CaseFactory()
    DenialFactory(case=case)
    from patients.models import Case

    actions = next_actions(Case.objects.with_step_data().get(pk=case.pk))
    assert len(actions) == 3
    assert actions[0][0] == STEPS_BY_SLUG["appeal"]
    assert "appeal" in actions[0][1].lower()
