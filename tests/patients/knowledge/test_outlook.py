"""Coverage outlook for every plan type and treatment, and what moves it."""

from itertools import product

import pytest

from patients.knowledge.outlook import (
    LIKELY,
    NOT_COVERED,
    POSSIBLE,
    UNLIKELY,
    PlanFacts,
    coverage_outlook,
)

PLAN_TYPES = [
    "employer_self_funded",
    "employer_fully_insured",
    "marketplace",
    "medicare",
    "medicare_advantage",
    "medicaid",
    "va",
    "tricare",
    "other",
]
TREATMENTS = ["iv_ketamine", "esketamine", "im_ketamine", "kap"]

ESKETAMINE = {
    "employer_self_funded": LIKELY,
    "employer_fully_insured": LIKELY,
    "marketplace": LIKELY,
    "medicare": LIKELY,
    "medicare_advantage": LIKELY,
    "medicaid": POSSIBLE,
    "va": POSSIBLE,
    "tricare": POSSIBLE,
    "other": POSSIBLE,
}
KETAMINE = {plan: (POSSIBLE if plan == "va" else UNLIKELY) for plan in PLAN_TYPES}
EXPECTED = {
    (plan, t): (ESKETAMINE if t == "esketamine" else KETAMINE)[plan]
    for plan, t in product(PLAN_TYPES, TREATMENTS)
}


def outlook(**changes):
    base = dict(
        plan_type="employer_self_funded",
        treatment="iv_ketamine",
        insurer="Acme Health",
        state="NY",
        mental_health_coverage="yes",
        experimental_exclusion="unknown",
        prior_auth_required="yes",
        out_of_network_benefits="yes",
        clinic_in_network="yes",
        clinic_billing="bills_insurance",
        is_veteran=False,
    )
    return coverage_outlook(PlanFacts(**{**base, **changes}))


@pytest.mark.parametrize(("plan_type", "treatment"), list(EXPECTED), ids="-".join)
def test_band_for_every_plan_type_and_treatment(plan_type, treatment):
    result = outlook(plan_type=plan_type, treatment=treatment)
    assert result.band == EXPECTED[(plan_type, treatment)]
    assert result.reasons
    # a public source, or none for a fact from the patient's own answers
    assert all(
        p.source is None or p.source.url.startswith("https://")
        for p in result.reasons + result.actions
    )


@pytest.mark.parametrize(
    ("changes", "band", "words"),
    [
        ({"insurer": "Aetna"}, NOT_COVERED, "policy 0938"),
        ({"insurer": "Blue Cross Blue Shield", "state": "MA"}, POSSIBLE, "Massachusetts"),
        (
            {"insurer": "Blue Cross Blue Shield", "state": "MA", "treatment": "im_ketamine"},
            UNLIKELY,
            "off-label",
        ),
        ({"experimental_exclusion": "yes"}, UNLIKELY, "excludes experimental"),
        ({"experimental_exclusion": "no"}, POSSIBLE, "no experimental exclusion"),
        (
            {"mental_health_coverage": "no", "treatment": "esketamine"},
            NOT_COVERED,
            "does not cover mental health",
        ),
        (
            {"mental_health_coverage": "unknown", "treatment": "esketamine"},
            LIKELY,
            "We don't know yet",
        ),
        (
            {"treatment": "esketamine", "clinic_in_network": "no", "out_of_network_benefits": "no"},
            POSSIBLE,
            "pays nothing out of network",
        ),
        (
            {"clinic_in_network": "no", "out_of_network_benefits": "no"},
            NOT_COVERED,
            "pays nothing out of network",
        ),
    ],
)
def test_what_moves_the_band(changes, band, words):
    result = outlook(**changes)
    assert result.band == band
    assert any(words in p.text for p in result.reasons)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({}, "Ask your prescriber about esketamine"),
        ({"is_veteran": True}, "As a veteran"),
        ({"clinic_in_network": "no", "clinic_billing": "superbill"}, "superbill"),
        ({"treatment": "kap"}, "90833"),
        ({"prior_auth_required": "unknown"}, "prior authorization"),
        ({"clinic_in_network": "no", "out_of_network_benefits": "no"}, "single-case agreement"),
    ],
)
def test_actions_that_would_help(changes, words):
    assert any(words in p.text for p in outlook(**changes).actions)


def test_esketamine_is_not_suggested_when_already_sought():
    result = outlook(treatment="esketamine")
    assert not any("Ask your prescriber about esketamine" in p.text for p in result.actions)


@pytest.mark.parametrize("plan_type", ["tricare", "medicaid"])
def test_tricare_and_medicaid_esketamine_rest_on_public_sources(plan_type):
    result = outlook(plan_type=plan_type, treatment="esketamine")
    assert all(p.verified and p.source for p in result.reasons)
    assert result.band == POSSIBLE
