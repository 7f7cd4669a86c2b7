"""Nothing typed twice: values carried from where they were first entered, and the browser
allowed to fill in the patient's own details."""

import pytest

from patients.models import Case
from tests.factories import CaseFactory
from tests.html_forms import form_values


def test_the_name_given_at_sign_up_becomes_the_patients_name(client, db):
    client.post(
        "/accounts/signup/",
        {
            "email": "new@example.test",
            "full_name": "Noor Haddad",
            "password1": "a-long-passphrase-9",
            "password2": "a-long-passphrase-9",
        },
    )
    response = client.post("/cases/new/", {"treatment": "esketamine"})
    case = Case.objects.get()
    assert case.patient_name == "Noor Haddad"
    step = client.get(response["Location"]).text
    assert form_values(step, "patient")["patient_name"] == "Noor Haddad"


@pytest.mark.parametrize("treatment", ["esketamine", "iv_ketamine", "im_ketamine"])
def test_a_new_prior_authorization_is_for_the_cases_treatment(patient_client, patient, treatment):
    case = CaseFactory(owner=patient, treatment=treatment)
    page = patient_client.get(f"/cases/{case.pk}/steps/prior-authorization/").text
    assert form_values(page, "add-prior-authorizations")["service"] == treatment


def test_the_browser_may_fill_in_the_patients_own_details(patient_client, case):
    page = patient_client.get(f"/cases/{case.pk}/steps/plan/").text
    for field, token in [
        ("patient_name", "name"),
        ("date_of_birth", "bday"),
        ("street_address", "street-address"),
        ("zip_code", "postal-code"),
    ]:
        start = page.index(f'name="patient-{field}"')
        tag = page[page.rindex("<", 0, start) : page.index(">", start)]
        assert f'autocomplete="{token}"' in tag, field


def test_a_claim_denied_in_step_7_starts_its_denial_in_step_8(patient_client, case):
    from patients.models import DenialReason
    from patients.steps import STEP_OF_KIND
    from tests.factories import ClaimFactory

    claim = ClaimFactory(
        case=case,
        status="denied",
        paid_amount=None,
        denial_code="CO-50",
        denial_reason="Not deemed a medical necessity by the payer.",
    )
    step = STEP_OF_KIND["denials"]
    page = patient_client.get(f"/cases/{case.pk}/steps/{step.slug}/").text
    typed = form_values(page, "add-denials")
    assert typed["claim"] == str(claim.pk)
    assert typed["insurer_wording"] == "CO-50: Not deemed a medical necessity by the payer."
    # Saved without retyping: the claim's words become the reason's.
    patient_client.post(
        f"/cases/{case.pk}/rows/denials/add/",
        {
            "submission": "s-1",
            "add-denials-claim": str(claim.pk),
            "add-denials-notice_date": "2025-06-10",
            "add-denials-reason": "not_necessary",
        },
    )
    reason = DenialReason.objects.get(denial__claim=claim)
    assert reason.insurer_wording.startswith("CO-50: Not deemed")
