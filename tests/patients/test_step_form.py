"""A step of several sections (step 1: you and your plan; step 9: your words and who signs) is
one form: saving it saves every section, so typing in one is never dropped by saving another;
a problem in one keeps everything typed in all of them, with one summary first."""

import pytest

from patients.models import Case
from patients.steps import STEPS
from tests.form_data import SECTIONS, prefixed
from tests.html_forms import error_for, form_values

HTMX = {"HTTP_HX_REQUEST": "true"}
MULTI = [step for step in STEPS if len(step.sections) > 1]


def url(case, step):
    return f"/cases/{case.pk}/steps/{step.slug}/"


def typed_in_every_section(page, step, **changes):
    data = {"section": "all"}
    for section in step.sections:
        values = {**form_values(page, section.slug), **SECTIONS[section.slug]}
        data.update(prefixed(section.slug, {**values, **changes.get(section.slug, {})}))
    return data


def test_the_steps_of_several_sections_are_the_plan_and_the_appeal():
    assert [step.slug for step in MULTI] == ["plan", "appeal"]


@pytest.mark.parametrize("step", MULTI, ids=lambda s: s.slug)
def test_one_form_one_save_for_the_whole_step(patient_client, case, step):
    page = patient_client.get(url(case, step)).text
    assert page.count('name="section" value="all"') == 1
    assert page.count('<button type="submit">Save</button>') == 1
    for section in step.sections:
        assert f'id="section-{section.slug}"' in page


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_saving_the_step_saves_every_section(patient_client, case, htmx):
    step = MULTI[0]
    data = typed_in_every_section(patient_client.get(url(case, step)).text, step)
    response = patient_client.post(url(case, step), data, **(HTMX if htmx else {}))
    saved = Case.objects.with_step_data().get(pk=case.pk)
    assert saved.patient_name == "Sam Patient"  # from the first section
    assert saved.policy.member_id == "AH99"  # and the second, in the same save
    if htmx:
        assert response.status_code == 200
        assert 'id="step-saved"' in response.text and "Saved 2 sections." in response.text
        assert "<html" not in response.text
    else:
        assert response["Location"].endswith("?saved=all#step-saved")
        shown = patient_client.get(response["Location"]).text
        # "Saved." sits beside the buttons pressed, not at the top of a long page.
        assert shown.index('id="step-saved"') > shown.index('id="section-policy"')


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_a_problem_in_one_section_keeps_the_typing_in_all_and_saves_nothing(
    patient_client, case, htmx
):
    step = MULTI[0]
    page = patient_client.get(url(case, step)).text
    data = typed_in_every_section(
        page, step, patient={"patient_name": "Samira Typed"}, policy={"deductible": "-5"}
    )
    response = patient_client.post(url(case, step), data, **(HTMX if htmx else {}))
    assert response.status_code == 200
    html = response.text
    assert form_values(html, "patient")["patient_name"] == "Samira Typed"
    assert form_values(html, "policy")["member_id"] == "AH99"
    assert "0 or more" in error_for(html, "policy", "deductible")
    assert html.count("There is a problem") == 1  # one summary, first
    assert html.index("There is a problem") < html.index('id="section-patient"')
    assert 'href="#id_policy-deductible"' in html
    if not htmx:
        assert "<title>Error: " in html
    saved = Case.objects.get(pk=case.pk)
    assert saved.patient_name != "Samira Typed"  # nothing half-saved


def test_save_and_continue_goes_on_to_the_next_step(patient_client, case):
    step = MULTI[0]
    data = typed_in_every_section(patient_client.get(url(case, step)).text, step)
    response = patient_client.post(url(case, step), {**data, "continue": "1"})
    assert response["Location"] == url(case, STEPS[1])


def test_an_error_on_a_full_page_is_summarised_at_the_top_with_error_in_the_title(
    patient_client, case
):
    """With JavaScript off, a row refused deep in a long step: the summary opens the page."""
    step = next(s for s in STEPS if s.slug == "diagnosis")
    response = patient_client.post(
        f"/cases/{case.pk}/rows/diagnoses/add/",
        {"add-diagnoses-code": "not a code", "add-diagnoses-diagnosed_by": "Dr. Lee"},
    )
    html = response.text
    assert "<title>Error: " in html
    assert html.count("There is a problem") == 1
    assert html.index("There is a problem") < html.index(f"<h1>{step.title}</h1>") + 2000
    assert html.index("There is a problem") < html.index('id="add-diagnoses"')
    assert form_values(html, "add-diagnoses")["diagnosed_by"] == "Dr. Lee"


def test_limits_are_said_not_enforced_by_cutting_text_short(patient_client, case):
    """`maxlength` would cut a long paste short without a word: the limit is said instead, a
    live counter counts it (site.js), and the server refuses text over it with a message."""
    html = patient_client.get(f"/cases/{case.pk}/steps/history/").text
    assert "maxlength" not in html
    assert 'data-limit="1000"' in html  # a treatment's notes
    assert "Up to 1,000 characters." in html
