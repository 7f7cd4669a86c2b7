"""A validation error on one step never drops data on another."""

import pytest

from tests.form_data import ROWS, SECTIONS, prefixed


@pytest.mark.django_db
def test_an_error_on_one_step_leaves_every_other_step_as_saved(patient_client, case):
    plan = f"/cases/{case.pk}/steps/plan/"
    patient_client.post(plan, {"section": "policy", **prefixed("policy", SECTIONS["policy"])})
    patient_client.post(
        f"/cases/{case.pk}/rows/treatments/add/", prefixed("add-treatments", ROWS["treatments"])
    )
    bad = {**ROWS["diagnoses"], "code": "nonsense"}
    response = patient_client.post(
        f"/cases/{case.pk}/rows/diagnoses/add/", prefixed("add-diagnoses", bad)
    )
    assert "ICD-10-CM" in response.text
    case.refresh_from_db()
    assert case.policy.member_id == SECTIONS["policy"]["member_id"]
    assert case.treatments.count() == 1
    assert f'value="{SECTIONS["policy"]["member_id"]}"' in patient_client.get(plan).text
