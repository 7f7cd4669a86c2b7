"""Invariants the database itself holds, on SQLite and PostgreSQL alike."""

import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from tests.factories import (
    CaseFactory,
    ClaimFactory,
    ClaimLineFactory,
    DenialFactory,
    PolicyFactory,
    PriorAuthFactory,
    ProviderFactory,
    ScoreFactory,
    TreatmentFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "make",
    [
        lambda: PolicyFactory(deductible=Decimal("-1")),
        lambda: PolicyFactory(deductible=Decimal("100"), deductible_met=Decimal("200")),
        lambda: PolicyFactory(coinsurance_percent=101),
        lambda: ProviderFactory(price_per_session=Decimal("-5")),
        lambda: ClaimFactory(paid_amount=Decimal("-0.01")),
        lambda: ClaimLineFactory(charge=Decimal("-1")),
        lambda: ClaimLineFactory(units=0),
        lambda: TreatmentFactory(
            started_on=datetime.date(2024, 2, 1), ended_on=datetime.date(2024, 1, 1)
        ),
        lambda: ClaimFactory(
            service_date=datetime.date(2024, 2, 1), submitted_on=datetime.date(2024, 1, 1)
        ),
        lambda: ScoreFactory(score=81),
        lambda: DenialFactory(prior_authorization=PriorAuthFactory(), claim=ClaimFactory()),
    ],
    ids=[
        "negative-deductible",
        "met-over-deductible",
        "coinsurance-over-100",
        "negative-price",
        "negative-paid",
        "negative-charge",
        "zero-units",
        "end-before-start",
        "submitted-before-service",
        "score-over-any-scale",
        "denial-of-two-things",
    ],
)
def test_database_refuses_invalid_rows(make):
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


def test_one_policy_and_one_provider_per_case():
    case = CaseFactory()
    PolicyFactory(case=case)
    ProviderFactory(case=case)
    with pytest.raises(IntegrityError), transaction.atomic():
        PolicyFactory(case=case)
    with pytest.raises(IntegrityError), transaction.atomic():
        ProviderFactory(case=case)


def test_deleting_a_case_deletes_everything_in_it():
    from tests.factories import fill_case

    case = fill_case(CaseFactory())
    case.delete()
    from patients.steps import ROW_KINDS

    assert all(not kind.model.objects.exists() for kind in ROW_KINDS.values())
