"""Code shapes: ICD-10-CM, CPT/HCPCS and NPI, from a table."""

from datetime import date

import pytest

from patients.knowledge.codes import (
    DIAGNOSES,
    SERVICES,
    code_problem_on,
    icd10_problem,
    normalize_icd10,
    npi_problem,
    service_code_problem,
)


@pytest.mark.parametrize(
    ("typed", "normalized", "valid"),
    [
        ("F33.2", "F33.2", True),
        ("f332", "F33.2", True),
        (" F32.A ", "F32.A", True),
        ("F43.10", "F43.10", True),
        ("R45.851", "R45.851", True),
        ("F41", "F41", False),  # a category: not billable
        ("F3", "F3", False),
        ("332.1", "332.1", False),
        ("F33.21234", "F33.21234", False),
        ("F42.0", "F42.0", False),  # WHO ICD-10 only (domain.md §2)
        ("F42.1", "F42.1", False),
        ("F42.2", "F42.2", True),
    ],
)
def test_icd10cm_shape(typed, normalized, valid):
    assert normalize_icd10(typed) == normalized
    assert (icd10_problem(normalized) is None) is valid


@pytest.mark.parametrize(
    ("code", "words"),
    [
        # shaped like a code, but not in the code set: the nearest real codes offered
        ("F33.22", "not in the ICD-10-CM code set (the April 1, 2026 update of fiscal year 2026)"),
        ("F33.22", "Did you mean F33.2 (Major depressive disorder, recurrent severe"),
        ("F43.19", "Did you mean F43.10 (Post-traumatic stress disorder, unspecified)"),
        ("Q99.99", "Did you mean"),
        # real, but a heading over several codes: the billable ones named
        ("F33", "F33 is a category, not a billable code"),
        ("F43.1", "like F43.10 (Post-traumatic stress disorder, unspecified), F43.11"),
        ("G90.5", "G90.50 (Complex regional pain syndrome I, unspecified)"),
    ],
)
def test_codes_not_in_the_official_set_or_not_billable_are_refused_with_did_you_mean(code, words):
    assert words in icd10_problem(code)


@pytest.mark.parametrize(
    ("code", "valid"),
    [
        ("96365", True),
        ("J0013", True),
        ("G2082", True),
        ("0591T", True),
        ("3016F", True),
        ("9636", False),
        ("963655", False),
        ("ABCDE", False),
        ("J001", False),
        ("", False),
    ],
)
def test_service_code_shape(code, valid):
    assert (service_code_problem(code) is None) is valid


@pytest.mark.parametrize(
    ("npi", "valid"),
    [("1234567893", True), ("1234567890", False), ("123456789", False), ("12345678AB", False)],
)
def test_npi_check_digit(npi, valid):
    assert (npi_problem(npi) is None) is valid


def test_every_reference_code_is_well_shaped_and_sourced():
    for code in DIAGNOSES:
        assert icd10_problem(code.code) is None, code
        assert code.source.title and code.source.url
    for code in SERVICES:
        assert service_code_problem(code.code) is None, code
        assert code.source.title and code.source.url


@pytest.mark.parametrize(
    ("code", "service_date", "valid"),
    [
        ("J0013", date(2026, 1, 1), True),
        ("J0013", date(2025, 12, 31), False),
        ("S0013", date(2025, 12, 31), True),
        ("S0013", date(2026, 1, 1), False),
        ("96365", date(2020, 1, 1), True),
    ],
)
def test_esketamine_code_depends_on_the_date_of_service(code, service_date, valid):
    """J0013 replaced S0013 on 2026-01-01 (domain.md section 2, CMS HCPCS 2026 update)."""
    assert (code_problem_on(code, service_date) is None) is valid
