"""The codes for a session, by payer family and date of service: Medicare's esketamine G-codes
as the whole visit (never with J0013), other plans' J0013 (S0013 before 2026) by the milligram,
and the infusion codes with their time rule."""

from datetime import date

import pytest

from patients.knowledge.billing import code_lines, dose_mg

D = date
AFTER, BEFORE = D(2026, 3, 2), D(2025, 12, 31)


def codes(*args):
    return [(line.code, line.units) for line in code_lines(*args)]


@pytest.mark.parametrize(
    ("treatment", "plan_type", "on", "dosing", "expected"),
    [
        ("esketamine", "medicare", AFTER, "56 mg twice a week", [("G2082", "1 per treatment day")]),
        ("esketamine", "medicare", AFTER, "84 mg twice a week", [("G2083", "1 per treatment day")]),
        (
            "esketamine",
            "medicare_advantage",
            BEFORE,
            "",
            [("G2082", "1 per treatment day"), ("G2083", "1 per treatment day")],
        ),
        ("esketamine", "employer_self_funded", AFTER, "84 mg", [("J0013", "84 (one per mg)")]),
        ("esketamine", "marketplace", BEFORE, "56 mg", [("S0013", "56 (one per mg)")]),
        ("esketamine", "medicaid", D(2026, 1, 1), "28 mg", [("J0013", "28 (one per mg)")]),
        (
            "esketamine",
            "employer_fully_insured",
            AFTER,
            "",
            [("J0013", "one per mg given (56 mg: 56; 84 mg: 84)")],
        ),
        (
            "iv_ketamine",
            "employer_self_funded",
            AFTER,
            "0.5 mg/kg over 40 minutes",
            [("96365", "1"), ("96366", "1 for each hour after the first"), ("J3490", "1")],
        ),
        ("kap", "employer_self_funded", AFTER, "", []),
    ],
)
def test_codes_by_payer_family_and_date(treatment, plan_type, on, dosing, expected):
    assert codes(treatment, plan_type, on, dosing) == expected


def test_medicare_never_pairs_the_g_codes_with_the_drug_code():
    for dosing in ("", "56 mg", "84 mg"):
        found = [c for c, _ in codes("esketamine", "medicare", AFTER, dosing)]
        assert "J0013" not in found and "S0013" not in found
    (line, *_) = code_lines("esketamine", "medicare", AFTER, "")
    assert "the drug included" in line.rule and "KX" in line.rule


def test_the_infusion_time_rule_is_stated():
    rules = {line.code: line.rule for line in code_lines("iv_ketamine", "", AFTER, "")}
    assert "more than 30 minutes past the first hour" in rules["96366"]
    assert "15 minutes or less is a push" in rules["96365"]


def test_every_line_has_a_public_source():
    for treatment in ("esketamine", "iv_ketamine"):
        for plan_type in ("medicare", "employer_self_funded"):
            for line in code_lines(treatment, plan_type, AFTER, ""):
                assert line.source.url.startswith("https://"), line.code


@pytest.mark.parametrize(
    ("text", "mg"),
    [("84 mg twice a week", 84), ("56mg", 56), ("0.5 mg/kg over 40 minutes", None), ("", None)],
)
def test_the_dose_is_read_from_the_dosing_plan(text, mg):
    assert dose_mg(text) == mg


def test_the_steps_show_the_codes_with_their_rules(patient_client, case):
    from tests.factories import PolicyFactory

    case.treatment = "esketamine"
    case.save()
    PolicyFactory(case=case, plan_type="medicare")
    for step in ("prior-authorization", "claims"):
        page = " ".join(patient_client.get(f"/cases/{case.pk}/steps/{step}/").text.split())
        assert "The codes for each session" in page
        assert "<strong>G2082</strong>" in page and "J0013" not in page.split("codes-title")[1]
