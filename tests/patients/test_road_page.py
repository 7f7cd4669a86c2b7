"""The appeal step shows each denial's whole road: where it stands, the next level, its deadline
and its letter."""

from tests.factories import AppealFactory, DenialFactory, PolicyFactory


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
    PolicyFactory(case=case, plan_type="tricare")
    DenialFactory(case=case)
    page = patient_client.get(f"/cases/{case.pk}/steps/appeal/").text
    assert "Our sources don't yet describe the appeal levels for this type of plan" in page
