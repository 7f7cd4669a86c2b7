"""Each list holds at most so many rows, well above real cases: it warns near the cap and
refuses past it, keeping what was typed; a resend of a saved form still finds its row."""

import uuid
from dataclasses import replace

import pytest
from django.template.loader import render_to_string

from patients import steps
from patients.models import SymptomScore
from tests.factories import ScoreFactory
from tests.html_forms import form_values


def test_caps_sit_well_above_real_cases():
    assert steps.ROW_KINDS["claims"].max_rows >= 500  # two years of weekly sessions: ~100
    assert steps.ROW_KINDS["claim-lines"].max_rows >= 20
    assert all(kind.warn_from < kind.max_rows for kind in steps.ROW_KINDS.values())


@pytest.fixture
def small_scores(monkeypatch):
    kind = replace(steps.ROW_KINDS["scores"], max_rows=3)
    monkeypatch.setitem(steps.ROW_KINDS, "scores", kind)
    return kind


def add(client, case, score, submission=None):
    return client.post(
        f"/cases/{case.pk}/rows/scores/add/",
        {
            "submission": submission or str(uuid.uuid4()),
            "add-scores-scale": "PHQ9",
            "add-scores-score": str(score),
            "add-scores-taken_on": "2025-01-10",
        },
    )


def test_a_full_list_refuses_the_next_row_and_keeps_the_typing(patient_client, case, small_scores):
    for score in (10, 11):
        ScoreFactory(case=case, scale="PHQ9", score=score)
    submission = str(uuid.uuid4())
    assert add(patient_client, case, 12, submission).status_code == 302  # the third: the cap
    assert add(patient_client, case, 12, submission).status_code == 302  # a resend: same row
    refused = add(patient_client, case, 13)
    assert refused.status_code == 200
    assert "This list is full: it holds up to 3 of these." in refused.text
    assert form_values(refused.text, "add-scores")["score"] == "13"
    assert SymptomScore.objects.filter(case=case).count() == 3
    page = render_to_string(
        "patients/_rows.html#row_list",
        {"case": case, "kind": small_scores, "owner": case, "parent": None},
    )
    assert "This list holds 3 of at most 3. It is full" in page
