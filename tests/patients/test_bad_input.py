"""Bad input is refused with a message next to the field, and everything typed is kept."""

import datetime
import re

import pytest

from patients.steps import ROW_KINDS, STEPS
from tests.factories import fill_case
from tests.form_data import ROWS, SECTIONS, prefixed
from tests.html_forms import error_for, form_values

# Two days ahead, not one: the value is fixed when the tests are collected, and a run that
# crosses midnight in the app's time zone would otherwise post "tomorrow" once it has become today.
IN_TWO_DAYS = (datetime.date.today() + datetime.timedelta(days=2)).isoformat()
LONG = "x" * 5000

# (form: a section or list slug, field, bad value, what the message says)
BAD_INPUT = [
    ("diagnoses", "diagnosed_on", IN_TWO_DAYS, "in the future"),
    ("treatments", "started_on", IN_TWO_DAYS, "in the future"),
    ("treatments", "ended_on", "2023-12-01", "before the start date"),
    ("scores", "taken_on", IN_TWO_DAYS, "in the future"),
    ("contacts", "contacted_on", IN_TWO_DAYS, "in the future"),
    ("claims", "service_date", IN_TWO_DAYS, "in the future"),
    ("claims", "submitted_on", "2025-02-01", "on or after the date of service"),
    ("denials", "notice_date", IN_TWO_DAYS, "in the future"),
    ("denials", "received_on", "2025-04-01", "before its date"),
    ("appeals", "decided_on", "2025-04-01", "before the date filed"),
    ("prior-authorizations", "decided_on", "2025-03-01", "before the date submitted"),
    ("policy", "deductible", "-1", "0 or more"),
    ("policy", "deductible", "1000000.01", "over $1,000,000"),
    ("policy", "deductible_met", "5000", "more than the deductible"),
    ("policy", "coinsurance_percent", "150", "0 to 100"),
    ("provider", "price_per_session", "-650", "0 or more"),
    ("claims", "paid_amount", "2000000", "over $1,000,000"),
    ("claim-lines", "charge", "-5", "0 or more"),
    ("claim-lines", "units", "0", "at least 1"),
    ("claim-lines", "charge", "12 dollars", "Enter a number"),
    ("claim-lines", "units", "two", "Enter a whole number"),
    ("aid", "amount", "-100", "0 or more"),
    ("diagnoses", "code", "F3", "ICD-10-CM code"),
    ("diagnoses", "code", "332.1", "ICD-10-CM code"),
    ("diagnoses", "code", "F33.21234", "ICD-10-CM code"),
    ("diagnoses", "code", "F42.0", "only in the WHO ICD-10"),
    ("claim-lines", "code", "9636", "CPT code"),
    ("claim-lines", "code", "ABCDE", "CPT code"),
    ("claim-lines", "code", "J0013", "for earlier dates of service use S0013"),
    ("prior-authorizations", "codes", "96365, 12", "CPT code"),
    ("provider", "npi", "1234567890", "check digit"),
    ("provider", "npi", "12345", "10 digits"),
    ("provider", "tax_id", "12-34", "9 digits"),
    ("scores", "score", "30", "0 to 27"),
    ("contacts", "reference_number", "R" * 61, "at most 60 characters"),
    ("treatments", "notes", LONG, "at most 1000 characters"),
    ("denials", "insurer_wording", LONG * 2, "at most 4000 characters"),
    ("patient", "patient_name", "N" * 121, "at most 120 characters"),
    ("policy", "plan_type", "gold", "Select a valid choice"),
    ("treatments", "kind", "magic", "Select a valid choice"),
    ("scores", "scale", "XYZ", "Select a valid choice"),
    ("policy", "state", "ZZ", "Select a valid choice"),
    ("patient", "date_of_birth", IN_TWO_DAYS, "in the future"),
    ("patient", "date_of_birth", "31/02/1990", "Enter a valid date"),
    ("denials", "late_cause", "bored", "Select a valid choice"),
    # Two dates that relate (patients/models/dates.py)
    ("denials", "appeal_by_on_notice", "2025-04-01", "check both dates on the notice"),
    ("appeals", "filed_on", "2020-01-01", "before the denial it appeals"),
    ("contacts", "follow_up_on", "2025-01-15", "before the call (Feb 1, 2025)"),
    ("treatments", "dose_mg_per_day", "0", "above 0 mg"),
    # Codes read against the official ICD-10-CM code set
    ("diagnoses", "code", "F33.22", "Did you mean F33.2"),
    ("diagnoses", "code", "F33", "not a billable code"),
]


def post_bad(client, case, form, field, value, htmx=False):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    if form in SECTIONS:
        step = next(s for s in STEPS if any(sec.slug == form for sec in s.sections))
        data = {**SECTIONS[form], field: value}
        response = client.post(
            f"/cases/{case.pk}/steps/{step.slug}/",
            {"section": form, **prefixed(form, data)},
            **headers,
        )
        return response, form, data
    kind = ROW_KINDS[form]
    data = {**ROWS[form], field: value}
    parent = None
    if kind.is_nested:
        parent = (case.claims if kind.parent_field == "claim" else case.denials).first()
    prefix = f"add-{form}-{parent.pk}" if parent else f"add-{form}"
    payload = prefixed(prefix, data)
    if parent:
        payload["parent"] = parent.pk
    response = client.post(f"/cases/{case.pk}/rows/{form}/add/", payload, **headers)
    return response, prefix, data


def row_counts(case):
    return {slug: kind.for_case(case).count() for slug, kind in ROW_KINDS.items()}


@pytest.mark.parametrize(
    ("form", "field", "value", "message"),
    BAD_INPUT,
    ids=[f"{f}-{fl}-{m[:12]}" for f, fl, _, m in BAD_INPUT],
)
@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_bad_input_is_refused_next_to_the_field_keeping_what_was_typed(
    patient_client, case, form, field, value, message, htmx
):
    fill_case(case)
    before = row_counts(case)
    response, prefix, typed = post_bad(patient_client, case, form, field, value, htmx)
    assert response.status_code == 200
    assert message in error_for(response.text, prefix, field)
    assert 'aria-invalid="true"' in response.text
    assert "There is a problem" in response.text
    field_id = f"id_{prefix}-{field}"
    described = re.search(rf'aria-describedby="[^"]*{re.escape(field_id)}_error', response.text)
    assert described, "the field is not described by its error message"
    assert f'href="#{field_id}' in response.text  # the summary links to the field
    kept = form_values(response.text, prefix)
    kept.pop("version", None)  # the hidden version the conflict check uses, not typed
    if message == "Select a valid choice":
        # A value no option has cannot be shown selected; everything else must be kept.
        kept.pop(field), typed.pop(field)
    assert kept == {k: str(v) for k, v in typed.items()}
    assert row_counts(case) == before


def test_bad_section_input_saves_nothing(patient_client, case):
    fill_case(case)
    post_bad(patient_client, case, "policy", "deductible", "-1")
    case.policy.refresh_from_db()
    assert case.policy.insurer == "Acme Health"


def test_bad_edit_keeps_what_was_typed_and_the_saved_row(patient_client, full_case):
    row = full_case.treatments.get()
    data = {**ROWS["treatments"], "ended_on": "2023-01-01", "name": "Typed name"}
    prefix = f"treatments-{row.pk}"
    response = patient_client.post(
        f"/cases/{full_case.pk}/rows/treatments/{row.pk}/edit/", prefixed(prefix, data)
    )
    assert "before the start date" in error_for(response.text, prefix, "ended_on")
    assert form_values(response.text, prefix)["name"] == "Typed name"
    row.refresh_from_db()
    assert row.name.startswith("Sertraline")


def test_money_may_be_typed_with_a_dollar_sign_and_commas(patient_client, case):
    data = {**SECTIONS["provider"], "price_per_session": "$1,250.50"}
    patient_client.post(
        f"/cases/{case.pk}/steps/clinic/", {"section": "provider", **prefixed("provider", data)}
    )
    case.refresh_from_db()
    assert str(case.provider.price_per_session) == "1250.50"
