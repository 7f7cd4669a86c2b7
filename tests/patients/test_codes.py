"""Code shapes: ICD-10-CM, CPT/HCPCS and NPI, from a table."""

import pytest

from patients.knowledge.codes import (
    DIAGNOSES,
    SERVICES,
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
        ("F41", "F41", True),
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
