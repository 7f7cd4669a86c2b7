"""Beyond depression: each condition says what our sources say of it, plainly where none speaks
to it, and what the patient can do."""

import pytest

from patients.knowledge.conditions import conditions_for
from tests.factories import DiagnosisFactory


@pytest.mark.parametrize(
    ("codes", "names"),
    [
        (["F33.2"], []),
        (["F31.32"], ["Bipolar depression"]),
        (["F43.12", "F33.1"], ["PTSD"]),
        (["F41.1"], ["Anxiety disorders"]),
        (["G90.50"], ["Chronic pain (CRPS)"]),
        (["F31.4", "F41.1"], ["Bipolar depression", "Anxiety disorders"]),
    ],
)
def test_conditions_beyond_depression_are_named(codes, names):
    assert [c.name for c in conditions_for(codes)] == names


def test_each_condition_says_what_to_do_and_cites_only_public_sources():
    for condition in conditions_for(["F31.4", "F43.10", "F41.1", "G90.59"]):
        assert condition.says and condition.can_do
        assert condition.source is None or condition.source.url.startswith("https://")


def test_the_diagnosis_step_says_it_plainly(patient_client, case):
    DiagnosisFactory(case=case, code="F43.12")
    page = " ".join(patient_client.get(f"/cases/{case.pk}/steps/diagnosis/").text.split())
    assert "No payer policy in our sources covers ketamine for PTSD" in page
    assert "What you can do:" in page
