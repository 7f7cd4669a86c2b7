"""Money on the claims step: each sum defined apart, none standing in for another."""

from decimal import Decimal as D

from patients.knowledge.money import ClaimMoney, totals


def test_a_patient_who_paid_the_clinic_is_not_shown_a_zero_share():
    found = totals(
        [
            # sent by the patient with a superbill: paid $650, the plan paid them $400, share $250
            ClaimMoney("paid", "patient", D("650"), D("650"), D("400"), D("250")),
            # sent by the clinic: paid $650 up front, the plan says the share is $150
            ClaimMoney("paid", "clinic", D("650"), D("650"), D("500"), D("150")),
            # submitted, no decision yet: the share isn't known
            ClaimMoney("submitted", "patient", D("650"), D("650")),
            # not sent yet
            ClaimMoney("not_submitted", "", D("650"), D("650")),
        ]
    )
    assert found.charged == D("2600")
    assert found.you_paid_clinic == D("2600")
    assert found.plan_paid == D("900")
    assert found.plan_paid_you == D("400")
    assert (found.your_share, found.with_eob) == (D("400"), 2)
    assert (found.waiting, found.waiting_paid) == (1, D("650"))
    assert found.owed_back == D("500")  # the clinic-sent claim: $650 paid, $150 share


def test_nothing_decided_means_no_share_yet(patient_client, case):
    from tests.factories import ClaimFactory

    ClaimFactory(
        case=case,
        status="submitted",
        paid_amount=None,
        paid_to_provider=D("650"),
        submitted_by="patient",
    )
    page = patient_client.get(f"/cases/{case.pk}/steps/claims/").text
    assert "You paid the clinic</dt><dd>$650.00" in page
    assert "Not known yet: it is on the explanation of benefits" in page
    assert "Waiting on the plan</dt><dd>1 claim, for which you paid the clinic $650.00" in page
