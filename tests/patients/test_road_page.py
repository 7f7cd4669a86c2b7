"""The appeal step shows each denial's whole road: where it stands, the next level, its deadline
and its letter."""

from datetime import date

import pytest

from tests.factories import AppealFactory, DenialFactory, PolicyFactory, PriorAuthFactory


def test_the_appeal_step_shows_the_road_and_the_next_level_with_its_deadline(patient_client, case):
    PolicyFactory(case=case, plan_type="employer_fully_insured")
    denial = DenialFactory(case=case)
    AppealFactory(denial=denial, outcome="upheld", decided_on=denial.notice_date)
    page = patient_client.get(f"/cases/{case.pk}/steps/appeal/").text
    assert "Every level of appeal for the experimental or investigational denial" in page
    assert "Internal appeal</strong>, decided by your plan." in page
    assert "Lost here." in page
    assert "External review</strong>, decided by an independent review organization." in page
    assert "This is your next step: ask by Oct 2, 2025." in page  # Jun 2 + 4 months


def test_a_plan_type_without_a_sourced_road_says_to_follow_the_notice(patient_client, case):
    PolicyFactory(case=case, plan_type="other")
    DenialFactory(case=case)
    page = patient_client.get(f"/cases/{case.pk}/steps/appeal/").text
    assert "Our sources don't yet describe the appeal levels for this type of plan" in page


def test_a_late_appeal_decision_says_what_its_lateness_allows(patient_client, case):
    PolicyFactory(case=case, plan_type="medicaid")
    denial = DenialFactory(case=case)  # notice Jun 2, 2025
    AppealFactory(denial=denial, filed_on=denial.notice_date, outcome="pending", decided_on=None)
    page = " ".join(patient_client.get(f"/cases/{case.pk}/steps/appeal/").text.split())
    assert "The decision was due by Jul 2, 2025 and hasn't come." in page
    assert "you can ask for the state fair hearing now" in page
    assert "It is late. A plan that misses its deadline to decide your appeal" in page


@pytest.mark.parametrize(
    ("plan_type", "allows"),
    [
        ("employer_self_funded", "you can ask for external review now, without waiting"),
        ("medicare_advantage", "counts as a denial, and you can appeal it"),
        ("medicare_part_d", "forward your request to the independent review entity"),
    ],
)
def test_a_late_prior_authorization_decision_says_what_it_allows(
    patient_client, case, plan_type, allows
):
    PolicyFactory(case=case, plan_type=plan_type)
    PriorAuthFactory(case=case, submitted_on="2026-01-05", decision="pending", decided_on=None)
    page = " ".join(patient_client.get(f"/cases/{case.pk}/steps/prior-authorization/").text.split())
    assert "It is late." in page and allows in page


def test_a_decision_still_in_time_says_nothing_of_lateness(patient_client, case):
    PolicyFactory(case=case, plan_type="medicaid")
    denial = DenialFactory(case=case, notice_date=date.today())
    AppealFactory(denial=denial, filed_on=date.today(), outcome="pending", decided_on=None)
    page = patient_client.get(f"/cases/{case.pk}/steps/appeal/").text
    assert "hasn't come" not in page and "It is late." not in page


def test_tricare_and_va_roads_come_from_their_own_pages(patient_client, case):
    policy = PolicyFactory(case=case, plan_type="tricare")
    denial = DenialFactory(case=case)  # Jun 2, 2025
    page = " ".join(patient_client.get(f"/cases/{case.pk}/steps/appeal/").text.split())
    assert "Reconsideration</strong>, decided by the TRICARE regional contractor." in page
    assert "This is your next step: ask by Aug 31, 2025." in page  # 90 days from the date
    assert "Independent hearing</strong>, decided by the Defense Health Agency." in page
    AppealFactory(denial=denial, outcome="upheld", decided_on="2025-07-01")
    page = " ".join(patient_client.get(f"/cases/{case.pk}/steps/appeal/").text.split())
    assert "Second reconsideration</strong>" in page
    assert "This is your next step: ask by Sep 29, 2025." in page
    policy.plan_type = "va"
    policy.save()
    page = " ".join(patient_client.get(f"/cases/{case.pk}/steps/appeal/").text.split())
    assert "Clinical appeal</strong>, decided by your VA facility" in page
