"""A claim copied for another date: the same services, codes and charges; not submitted yet;
once per form, however often the browser sends it; another user's claim: 404."""

import datetime
import uuid
from decimal import Decimal

from patients.models import Claim
from tests.factories import CaseFactory, ClaimFactory, ClaimLineFactory

HTMX = {"HTTP_HX_REQUEST": "true"}


def claim_with_two_services(case):
    claim = ClaimFactory(case=case, submitted_by="patient", paid_to_provider=Decimal("650"))
    ClaimLineFactory(claim=claim, code="96365", units=1, charge=Decimal("450"))
    ClaimLineFactory(claim=claim, code="96366", units=1, charge=Decimal("200"))
    return claim


def copy(client, claim, day, submission=None, **headers):
    return client.post(
        f"/cases/{claim.case_id}/rows/claims/{claim.pk}/copy/",
        {f"copy-{claim.pk}-service_date": day, "submission": submission or str(uuid.uuid4())},
        **headers,
    )


def test_a_copy_has_the_same_services_and_a_new_date(patient_client, case):
    claim = claim_with_two_services(case)
    response = copy(patient_client, claim, "2025-07-01")
    made = Claim.objects.exclude(pk=claim.pk).get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"/steps/claims/?copied={made.pk}#claims-{made.pk}")
    assert made.service_date == datetime.date(2025, 7, 1)
    assert made.status == "not_submitted" and made.submitted_on is None
    assert made.paid_amount is None and made.claim_number == ""
    assert (made.submitted_by, made.paid_to_provider) == ("patient", Decimal("650"))
    assert [(line.code, line.charge) for line in made.lines.all()] == [
        ("96365", Decimal("450")),
        ("96366", Decimal("200")),
    ]
    page = patient_client.get(response["Location"]).text
    assert "Copied: a claim for Jul 1, 2025 with 2 services." in page


def test_the_same_form_sent_twice_makes_one_copy(patient_client, case):
    claim = claim_with_two_services(case)
    submission = str(uuid.uuid4())
    copy(patient_client, claim, "2025-07-01", submission)
    copy(patient_client, claim, "2025-07-01", submission)  # "back", then send again
    assert Claim.objects.count() == 2


def test_a_bad_date_is_refused_beside_the_field_and_kept(patient_client, case):
    claim = claim_with_two_services(case)
    tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    for headers in ({}, HTMX):
        response = copy(patient_client, claim, tomorrow, **headers)
        assert response.status_code == 200
        assert "Not copied: This date is in the future." in response.text
        assert f'value="{tomorrow}"' in response.text
    assert Claim.objects.count() == 1


def test_another_users_claim_cannot_be_copied(patient_client, case):
    theirs = claim_with_two_services(CaseFactory())
    response = copy(patient_client, theirs, "2025-07-01")
    assert response.status_code == 404
    assert Claim.objects.count() == 1


def test_the_copy_form_sits_on_each_claim_with_services(patient_client, case):
    claim = claim_with_two_services(case)
    page = patient_client.get(f"/cases/{case.pk}/steps/claims/").text
    assert f'action="/cases/{case.pk}/rows/claims/{claim.pk}/copy/"' in page
    assert "Copy this claim for another date" in page
