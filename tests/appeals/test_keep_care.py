"""Keeping approved treatment during a Medicaid appeal and hearing (42 CFR 438.420): a dated
step for the patient, and the letters ask for it only where the rule allows and in time."""

from datetime import date, timedelta
from html import unescape

import pytest
from django.utils import timezone
from django.utils.html import strip_tags

from appeals.kinds import LETTER_KINDS
from appeals.services import build_letter, letter_html
from patients.knowledge.deadlines import AppealFacts, CaseTimeline, DenialFacts, case_deadlines
from patients.models import Case
from tests.factories import AppealFactory, DenialFactory, PolicyFactory

D = date
KEEP = "Ask to keep your treatment during the appeal"
KEEP_HEARING = "Ask to keep your treatment during the fair hearing"


def dues(plan_type, notice, effective=None, appeals=(), ends_care=True):
    denial = DenialFacts(
        "denial:1",
        "Denial",
        notice,
        None,
        True,
        None,
        appeals,
        ends_care=ends_care,
        effective_on=effective,
    )
    found = case_deadlines(CaseTimeline(plan_type, denials=(denial,)))
    return {d.title: (d.due, d.done) for d in found}


@pytest.mark.parametrize(
    ("notice", "effective", "expected", "why"),
    [
        (D(2026, 3, 2), None, D(2026, 3, 12), "10 days after the notice, 438.420(a)(i)"),
        (D(2026, 3, 2), D(2026, 3, 20), D(2026, 3, 20), "the later effective date, (a)(ii)"),
        (D(2026, 3, 2), D(2026, 3, 5), D(2026, 3, 12), "an earlier effective date: 10 days"),
        (D(2026, 12, 28), None, D(2027, 1, 7), "across a new year"),
    ],
)
def test_the_window_to_keep_treatment_during_the_appeal(notice, effective, expected, why):
    assert dues("medicaid", notice, effective)[KEEP] == (expected, False), why


def test_the_window_during_the_hearing_follows_the_plans_appeal_decision():
    lost = AppealFacts("internal_1", False, D(2026, 3, 10), "upheld", D(2026, 4, 9))
    found = dues("medicaid", D(2026, 3, 2), appeals=(lost,))
    assert found[KEEP] == (D(2026, 3, 12), True)  # asked with the appeal, filed in time
    assert found[KEEP_HEARING] == (D(2026, 4, 19), False)


@pytest.mark.parametrize(
    ("plan_type", "ends_care"),
    [("medicaid", False), ("employer_fully_insured", True), ("medicare_advantage", True)],
)
def test_no_such_step_where_the_rule_does_not_reach(plan_type, ends_care):
    assert KEEP not in dues(plan_type, D(2026, 3, 2), ends_care=ends_care)


def words(html):
    return " ".join(unescape(strip_tags(html)).split())


def letter_text(case, slug):
    case = Case.objects.with_step_data().get(pk=case.pk)
    kind = LETTER_KINDS[slug]
    return words(letter_html(kind, build_letter(kind, case, kind.options(case)[0])[1]))


@pytest.mark.parametrize(
    ("days_ago", "ends_care", "asks"),
    [(3, True, True), (30, True, False), (3, False, False)],
)
def test_the_medicaid_appeal_asks_to_keep_treatment_only_in_time(case, days_ago, ends_care, asks):
    PolicyFactory(case=case, plan_type="medicaid")
    DenialFactory(
        case=case,
        notice_date=timezone.localdate() - timedelta(days=days_ago),
        ends_approved_care=ends_care,
    )
    text = letter_text(case, "appeal")
    assert ("I ask that my treatment continue as it was approved" in text) is asks
    if asks:
        assert "42 CFR 438.420" in text


def test_the_fair_hearing_request_asks_to_keep_treatment_in_time(case):
    PolicyFactory(case=case, plan_type="medicaid")
    today = timezone.localdate()
    denial = DenialFactory(
        case=case, notice_date=today - timedelta(days=40), ends_approved_care=True
    )
    AppealFactory(
        denial=denial,
        filed_on=today - timedelta(days=35),
        outcome="upheld",
        decided_on=today - timedelta(days=2),
    )
    text = letter_text(case, "fair-hearing")
    assert "I ask that my treatment continue as it was approved until the hearing decision" in text


def test_the_appeal_step_lists_the_step_to_keep_treatment(patient_client, case):
    PolicyFactory(case=case, plan_type="medicaid")
    DenialFactory(case=case, notice_date=timezone.localdate(), ends_approved_care=True)
    page = " ".join(patient_client.get(f"/cases/{case.pk}/steps/appeal/").text.split())
    assert KEEP in page
