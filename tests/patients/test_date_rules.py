"""The rules between a case's dates sit in one table, and every model with two related dates
checks them; a claim not yet submitted has no amounts from the plan."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from patients.models import Claim
from patients.models.dates import DATE_ORDER, check_dates
from tests.factories import AppealFactory, CaseFactory, DenialFactory

D = datetime.date


@pytest.mark.django_db
def test_an_appeal_filed_before_its_denial_is_refused_with_the_denials_date():
    denial = DenialFactory(case=CaseFactory(), notice_date=D(2025, 6, 2))
    appeal = AppealFactory.build(denial=denial, filed_on=D(2025, 6, 1))
    with pytest.raises(ValidationError) as refused:
        check_dates(appeal)
    assert refused.value.message_dict == {
        "filed_on": ["This is before the denial it appeals (dated Jun 2, 2025): check the date."]
    }
    appeal.filed_on = D(2025, 6, 2)  # the same day is fine
    check_dates(appeal)


def test_every_rule_names_fields_its_model_has():
    from django.apps import apps

    for rule in DATE_ORDER:
        model = apps.get_model("patients", rule.model)
        names = {f.name for f in model._meta.get_fields()}
        relation, _, field = rule.earlier.rpartition(".")
        assert rule.later in names, rule
        if relation:
            related = model._meta.get_field(relation).related_model
            assert field in {f.name for f in related._meta.get_fields()}, rule
        else:
            assert field in names, rule


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["allowed_amount", "paid_amount", "patient_share"])
def test_a_claim_not_yet_submitted_has_no_amounts_from_the_plan(field):
    case = CaseFactory()
    claim = Claim(case=case, service_date=D(2025, 3, 1), status=Claim.Status.NOT_SUBMITTED)
    setattr(claim, field, Decimal("100"))
    with pytest.raises(ValidationError) as refused:
        claim.clean()
    assert "isn't submitted yet" in refused.value.message_dict[field][0]
    claim.status = Claim.Status.PAID
    claim.clean()
    # What the patient paid the clinic is theirs to record at any time.
    unsent = Claim(case=case, service_date=D(2025, 3, 1), paid_to_provider=Decimal("650"))
    unsent.clean()
