"""A denial gives one or more reasons: the first with the denial, more on its card; each once."""

from patients.models import Denial
from tests.factories import DenialFactory
from tests.form_data import ROWS, prefixed


def test_a_new_denial_keeps_its_first_reason_and_the_insurers_words(patient_client, case):
    data = prefixed("add-denials", {**ROWS["denials"], "reason": "experimental"})
    response = patient_client.post(f"/cases/{case.pk}/rows/denials/add/", data)
    assert response.status_code == 302
    denial = Denial.objects.get(case=case)
    assert [(r.reason, r.insurer_wording) for r in denial.reasons.all()] == [
        ("experimental", "Not medically necessary.")
    ]


def test_a_new_denial_needs_a_reason(patient_client, case):
    data = prefixed("add-denials", {**ROWS["denials"], "reason": ""})
    response = patient_client.post(f"/cases/{case.pk}/rows/denials/add/", data)
    assert response.status_code == 200
    assert "This field is required" in response.text
    assert not Denial.objects.filter(case=case).exists()


def test_more_reasons_are_added_on_the_denial_and_each_only_once(patient_client, case):
    denial = DenialFactory(case=case)  # with an "experimental" reason
    url = f"/cases/{case.pk}/rows/denial-reasons/add/"
    prefix = f"add-denial-reasons-{denial.pk}"
    added = patient_client.post(
        url, {"parent": denial.pk, **prefixed(prefix, ROWS["denial-reasons"])}
    )
    assert added.status_code == 302
    again = patient_client.post(
        url, {"parent": denial.pk, **prefixed(prefix, {"reason": "experimental"})}
    )
    assert "This denial already lists that reason." in again.text
    assert sorted(r.reason for r in denial.reasons.all()) == ["experimental", "no_prior_auth"]
    page = patient_client.get(f"/cases/{case.pk}/steps/appeal/").text
    assert "experimental or investigational and no prior authorization denial" in page


def test_the_edit_form_changes_the_denial_not_its_reasons(patient_client, case):
    denial = DenialFactory(case=case)
    form = patient_client.get(f"/cases/{case.pk}/rows/denials/{denial.pk}/edit/").text
    assert f'name="denials-{denial.pk}-reason"' not in form
    assert f'name="denials-{denial.pk}-plan_definition"' in form
