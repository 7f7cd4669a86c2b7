"""Field validators shared by the case's models: dates, money and codes."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils import timezone

from .knowledge.codes import icd10_problem, normalize_icd10, npi_problem, service_code_problem

MAX_MONEY = Decimal("1000000")


def not_in_future(value):
    if value and value > timezone.localdate():
        raise ValidationError(
            "This date is in the future. Enter the date it happened.", code="future"
        )


def valid_icd10(value):
    if problem := icd10_problem(normalize_icd10(value)):
        raise ValidationError(problem, code="icd10")


def valid_service_code(value):
    if problem := service_code_problem(value.strip().upper()):
        raise ValidationError(problem, code="service_code")


def valid_service_codes(value):
    """A comma-separated list of CPT/HCPCS codes."""
    for code in (c.strip().upper() for c in value.split(",")):
        if code and (problem := service_code_problem(code)):
            raise ValidationError(f"“{code}”: {problem}", code="service_code")


def valid_npi(value):
    if value and (problem := npi_problem(value)):
        raise ValidationError(problem, code="npi")


money_validators = [
    MinValueValidator(Decimal("0"), "Enter an amount of 0 or more."),
    MaxValueValidator(
        MAX_MONEY, "That amount is over $1,000,000. Check it and enter dollars and cents."
    ),
]
