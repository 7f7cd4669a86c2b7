"""Filing late: where a rule allows a good-cause extension the letter asks for it with the
patient's cause; elsewhere it asks the plan to accept the appeal, and the page says the risk."""

from html import unescape

import pytest
from django.utils.html import strip_tags

from appeals.kinds import LETTER_KINDS
from appeals.services import build_letter, cover_html, letter_html
from patients.knowledge.deadlines import late
from patients.models import Case
from tests.factories import AppealFactory, DenialFactory, PolicyFactory


def words(html):
    return " ".join(unescape(strip_tags(html)).split())


@pytest.mark.parametrize(
    ("family", "event", "rule"),
    [
        ("medicare", "file_appeal", "42 CFR 405.942(b)"),
        ("medicare", "file_reconsideration", "42 CFR 405.962(b)"),
        ("medicare_advantage", "file_appeal", "42 CFR 422.582(c)"),
        ("part_d", "file_appeal", "42 CFR 423.582(c)"),
        ("group", "file_appeal", None),
        ("group", "file_external", None),
        ("individual", "file_appeal", None),
        ("medicaid", "file_appeal", None),
        ("medicaid", "file_state_hearing", None),
    ],
)
def test_good_cause_extensions_exist_only_where_a_rule_gives_one(family, event, rule):
    extension = late.extension_for(family, event)
    assert (extension.rule if extension else None) == rule
    advice = late.late_advice(family, event)
    if rule:
        assert f"if you show good cause ({rule})" in advice
    else:
        assert "the plan or reviewer may refuse to hear it" in advice
        assert ("Your state's own rules may allow more time" in advice) is (family == "medicaid")


def _late_case(case, plan_type, cause="illness", explanation=""):
    PolicyFactory(case=case, plan_type=plan_type)
    DenialFactory(case=case, late_cause=cause, late_explanation=explanation)  # notice Jun 2, 2025
    return Case.objects.with_step_data().get(pk=case.pk)


def _appeal_text(case):
    kind = LETTER_KINDS["appeal"]
    context = build_letter(kind, case, kind.options(case)[0])[1]
    return words(letter_html(kind, context)), words(cover_html(kind, context))


def test_a_late_medicare_advantage_appeal_asks_for_good_cause_with_the_patients_cause(case):
    case = _late_case(case, "medicare_advantage", explanation="I was in hospital from July 1.")
    text, cover = _appeal_text(case)
    assert "The last day to file was August 6, 2025." in text  # Jun 2 + 5 days + 60 days
    assert "I ask you to extend the time to file for good cause, as 42 CFR 422.582(c)" in text
    assert "Why it is late: I was seriously ill and could not file in time." in text
    assert "I was in hospital from July 1." in text
    assert "A late request can still be heard if you show good cause (42 CFR 422.582(c))" in cover


def test_a_late_employer_plan_appeal_asks_to_be_accepted_and_the_cover_says_the_risk(case):
    case = _late_case(case, "employer_self_funded", cause="notice")
    text, cover = _appeal_text(case)
    assert "I ask you to accept and decide this appeal although it is late." in text
    assert "Why it is late: I did not receive the notice in time" in text
    assert "good cause" not in text
    assert "the plan or reviewer may refuse to hear it" in cover


def test_an_appeal_on_time_says_nothing_of_lateness(case, settings):
    case = _late_case(case, "employer_self_funded")
    denial = case.denials.get()
    AppealFactory(denial=denial, filed_on=denial.notice_date)
    case = Case.objects.with_step_data().get(pk=case.pk)
    text, _ = _appeal_text(case)
    assert "This appeal is filed within the time allowed" in text
    assert "Why it is late" not in text


def test_a_late_external_review_request_gives_the_cause(case):
    case = _late_case(case, "employer_fully_insured", cause="other", explanation="A flood.")
    denial = case.denials.get()
    AppealFactory(
        denial=denial, filed_on=denial.notice_date, outcome="upheld", decided_on=denial.notice_date
    )
    case = Case.objects.with_step_data().get(pk=case.pk)
    kind = LETTER_KINDS["external-review"]
    text = words(letter_html(kind, build_letter(kind, case, kind.options(case)[0])[1]))
    assert "I ask you to accept and decide this request although it is late." in text
    assert "Why it is late: A flood." in text


def test_the_road_says_a_passed_deadline_and_what_filing_late_means(patient_client, case):
    _late_case(case, "medicare")
    page = words(patient_client.get(f"/cases/{case.pk}/steps/appeal/").text)
    assert "That date has passed. A late request can still be heard if you show good cause" in (
        page
    )
    assert "(42 CFR 405.942(b))" in page
