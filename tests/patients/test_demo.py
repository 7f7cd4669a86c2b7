"""The demo data: realistic, and idempotent."""

import pytest
from django.apps import apps
from django.core.management import call_command

from patients.demo import DEMO_PATIENT_EMAIL, DEMO_PATIENT_PASSWORD
from patients.models import Case

pytestmark = pytest.mark.django_db


def model_counts():
    return {
        m._meta.label: m.objects.count()
        for m in apps.get_models()
        if m._meta.app_label in {"coverage_guide", "patients", "appeals"}
    }


def test_seed_demo_is_idempotent(capsys):
    call_command("seed_demo")
    first = model_counts()
    call_command("seed_demo")
    assert model_counts() == first
    assert DEMO_PATIENT_EMAIL in capsys.readouterr().out


def test_demo_case_is_the_one_described(client):
    call_command("seed_demo")
    case = Case.objects.with_step_data().get(owner__email=DEMO_PATIENT_EMAIL)
    assert case.diagnoses.get().code.startswith("F33")
    medications = [t for t in case.treatments.all() if t.kind == "medication"]
    assert len(medications) == 3 and all(t.outcome != "ongoing" for t in medications)
    assert any(t.kind == "psychotherapy" for t in case.treatments.all())
    assert case.policy.plan_type.startswith("employer") and case.policy.network_type == "ppo"
    assert case.policy.out_of_network_benefits == "yes"
    request = case.prior_authorizations.get()
    assert (request.service, request.decision) == ("iv_ketamine", "denied")
    assert case.denials.get().prior_authorization == request
    response = client.post(
        "/accounts/login/",
        {"username": DEMO_PATIENT_EMAIL, "password": DEMO_PATIENT_PASSWORD},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/cases/"
    for kind_rows in (case.claims.all(), case.contacts.all()):
        assert kind_rows
