"""Diagnosis, service and place-of-service codes, and the shapes a code must have."""

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from . import sources
from .sources import Source

ICD10CM_SHAPE = re.compile(r"^[A-Z][0-9][A-Z0-9](\.[A-Z0-9]{1,4})?$")
# CPT: five digits; CPT Category II/III: four digits and F or T; HCPCS Level II: a letter and four.
SERVICE_CODE_SHAPE = re.compile(r"^(\d{5}|\d{4}[FT]|[A-Z]\d{4})$")


@dataclass(frozen=True)
class Code:
    code: str
    system: str  # "ICD-10-CM", "CPT", "HCPCS"
    label: str  # what a letter prints beside the code
    source: Source
    hint: str = ""  # said to the patient only, beside the label on the page

    @property
    def described(self):
        return f"{self.label} ({self.hint})" if self.hint else self.label


def normalize_icd10(value):
    """Upper-case a typed ICD-10-CM code and put the dot after the third character."""
    code = value.strip().upper().replace(" ", "")
    if "." not in code and len(code) > 3:
        code = f"{code[:3]}.{code[3:]}"
    return code


def icd10_problem(code):
    """Why a normalized code is not a valid ICD-10-CM code, or None."""
    if not ICD10CM_SHAPE.match(code):
        return (
            "Enter an ICD-10-CM code: a letter, a digit, a letter or digit, then optionally "
            "a dot and 1 to 4 letters or digits, like F33.2."
        )
    if code in NOT_IN_ICD10CM:
        return NOT_IN_ICD10CM[code]
    icd10cm = icd10cm_code_set()
    if not icd10cm.is_valid_item(code):
        near = _billable_under(_nearest_valid(code))
        return (
            f"{code} is not in the ICD-10-CM code set ({ICD10CM_RELEASE})."
            + (f" Did you mean {_listed(near)}?" if near else "")
            + " Check the code on your clinician's notes or a claim."
        )
    if not icd10cm.is_leaf(code):
        return (
            f"{code} is a category, not a billable code: a claim or a letter needs the full "
            f"code, like {_listed(_billable_under(code))}."
        )
    return None


# The release the check reads (bundled with simple-icd-10-cm): codes new in a later release
# would be refused, so the message names it.
ICD10CM_RELEASE = "the April 1, 2026 update of fiscal year 2026"


@cache
def icd10cm_code_set():
    """The official code set, read on first use (about three seconds, once a process)."""
    import simple_icd_10_cm

    return simple_icd_10_cm


def _nearest_valid(code):
    """The longest start of a mistyped code that is an ICD-10-CM item (F33.22 -> F33.2)."""
    while code and not icd10cm_code_set().is_valid_item(code):
        code = code[:-1].rstrip(".")
    return code


def _billable_under(code, most=4):
    if not code:
        return []
    icd10cm = icd10cm_code_set()
    if icd10cm.is_leaf(code):
        return [code]
    return [c for c in icd10cm.get_descendants(code) if icd10cm.is_leaf(c)][:most]


def _listed(codes):
    named = [f"{c} ({icd10cm_code_set().get_description(c)})" for c in codes]
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " or " + named[-1]


def service_code_problem(code):
    """Why a CPT/HCPCS code is not shaped like one, or None."""
    if not SERVICE_CODE_SHAPE.match(code):
        return (
            "Enter a CPT code (5 digits, like 96365) or a HCPCS code "
            "(a letter and 4 digits, like J0013)."
        )
    return None


# Codes that exist only in the WHO's ICD-10, never in the US ICD-10-CM.
NOT_IN_ICD10CM = {
    code: f"{code} exists only in the WHO ICD-10, not in ICD-10-CM. For OCD use F42.2."
    for code in ("F42.0", "F42.1")
}

DIAGNOSES = tuple(
    Code(code, "ICD-10-CM", label, sources.ICD10CM)
    for code, label in [
        ("F32.0", "Major depressive disorder, single episode, mild"),
        ("F32.1", "Major depressive disorder, single episode, moderate"),
        ("F32.2", "Major depressive disorder, single episode, severe without psychotic features"),
        ("F32.3", "Major depressive disorder, single episode, severe with psychotic features"),
        ("F32.4", "Major depressive disorder, single episode, in partial remission"),
        ("F32.5", "Major depressive disorder, single episode, in full remission"),
        ("F32.9", "Major depressive disorder, single episode, unspecified"),
        ("F32.A", "Depression, unspecified"),
        ("F33.0", "Major depressive disorder, recurrent, mild"),
        ("F33.1", "Major depressive disorder, recurrent, moderate"),
        ("F33.2", "Major depressive disorder, recurrent severe without psychotic features"),
        ("F33.3", "Major depressive disorder, recurrent, severe with psychotic symptoms"),
        ("F33.40", "Major depressive disorder, recurrent, in remission, unspecified"),
        ("F33.41", "Major depressive disorder, recurrent, in partial remission"),
        ("F33.42", "Major depressive disorder, recurrent, in full remission"),
        ("F33.8", "Other recurrent depressive disorders"),
        ("F33.9", "Major depressive disorder, recurrent, unspecified"),
        ("F43.10", "Post-traumatic stress disorder, unspecified"),
        ("F43.11", "Post-traumatic stress disorder, acute"),
        ("F43.12", "Post-traumatic stress disorder, chronic"),
        ("F41.1", "Generalized anxiety disorder"),
        ("F42.2", "Mixed obsessional thoughts and acts"),
        ("F31.30", "Bipolar disorder, current episode depressed, mild or moderate, unspecified"),
        ("F31.31", "Bipolar disorder, current episode depressed, mild"),
        ("F31.32", "Bipolar disorder, current episode depressed, moderate"),
        (
            "F31.4",
            "Bipolar disorder, current episode depressed, severe, without psychotic features",
        ),
        ("F31.5", "Bipolar disorder, current episode depressed, severe, with psychotic features"),
        ("F31.81", "Bipolar II disorder"),
        ("F31.9", "Bipolar disorder, unspecified"),
        ("G90.50", "Complex regional pain syndrome I, unspecified"),
        ("G90.59", "Complex regional pain syndrome I of other specified site"),
        ("G89.4", "Chronic pain syndrome"),
        ("R45.851", "Suicidal ideations"),
        ("Z91.51", "Personal history of suicidal behavior"),
    ]
)

SERVICES = (
    Code("96365", "CPT", "IV infusion, first hour", sources.CPT),
    Code("96366", "CPT", "IV infusion, each added hour", sources.CPT),
    Code("96372", "CPT", "Injection into muscle or under the skin", sources.CPT, "IM ketamine"),
    *(
        Code(c, "CPT", "Office visit, new patient", sources.CPT)
        for c in ("99202", "99203", "99204", "99205")
    ),
    *(
        Code(c, "CPT", "Office visit, established patient", sources.CPT)
        for c in ("99212", "99213", "99214", "99215")
    ),
    Code(
        "99415",
        "CPT",
        "Prolonged clinical-staff time with an office visit, first hour",
        sources.CPT,
    ),
    Code("99416", "CPT", "Prolonged clinical-staff time, each added 30 minutes", sources.CPT),
    Code("99417", "CPT", "Prolonged office visit time (commercial plans)", sources.CPT),
    Code("G2212", "HCPCS", "Prolonged office visit time (Medicare)", sources.HCPCS),
    Code("90833", "CPT", "Psychotherapy with an office visit, 30 minutes", sources.CPT),
    Code("90836", "CPT", "Psychotherapy with an office visit, 45 minutes", sources.CPT),
    Code("90838", "CPT", "Psychotherapy with an office visit, 60 minutes", sources.CPT),
    Code("90832", "CPT", "Psychotherapy, 30 minutes", sources.CPT),
    Code("90834", "CPT", "Psychotherapy, 45 minutes", sources.CPT),
    Code("90837", "CPT", "Psychotherapy, 60 minutes", sources.CPT),
    Code(
        "J3490",
        "HCPCS",
        "Unclassified drug",
        sources.HCPCS,
        "how ketamine itself is usually billed",
    ),
    Code("J0013", "HCPCS", "Esketamine nasal spray, 1 mg", sources.HCPCS, "from 2026-01-01"),
    Code("S0013", "HCPCS", "Esketamine nasal spray, 1 mg", sources.HCPCS, "until 2025-12-31"),
    Code(
        "G2082",
        "HCPCS",
        "Medicare esketamine visit, up to 56 mg, with 2 h observation",
        sources.HCPCS,
    ),
    Code(
        "G2083",
        "HCPCS",
        "Medicare esketamine visit, over 56 mg, with 2 h observation",
        sources.HCPCS,
    ),
)

PLACES_OF_SERVICE = (
    ("11", "Office"),
    ("02", "Telehealth, not at home"),
    ("10", "Telehealth at home"),
    ("22", "Hospital outpatient"),
)
POS_SOURCE = sources.POS

# Codes valid only from or until a date of service: (first day, last day), None if open.
CODE_DATES = {
    "J0013": (date(2026, 1, 1), None),
    "S0013": (None, date(2025, 12, 31)),
}
CODE_REPLACEMENTS = {"J0013": "S0013", "S0013": "J0013"}


def code_problem_on(code, service_date):
    """Why a code cannot be billed for this date of service, or None."""
    first, last = CODE_DATES.get(code, (None, None))
    other = CODE_REPLACEMENTS.get(code)
    if first and service_date < first:
        return f"{code} starts on {first:%b %-d, %Y}; for earlier dates of service use {other}."
    if last and service_date > last:
        return f"{code} was discontinued on {last:%b %-d, %Y}; from then on use {other}."
    return None


DIAGNOSIS_LABELS = {c.code: c.label for c in DIAGNOSES}
SERVICE_LABELS = {c.code: c.label for c in SERVICES}


def npi_problem(npi):
    """Why a ten-digit NPI fails its check digit (Luhn over '80840' + the number), or None."""
    if not re.fullmatch(r"\d{10}", npi):
        return "An NPI is 10 digits."
    digits = [int(d) for d in "80840" + npi]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    if total % 10:
        return "This NPI's check digit does not match. Check it against the NPI registry."
    return None


def suggested_codes(treatment, plan_type, on_date):
    """The service codes usually requested for a treatment, valid on the date of service."""
    esketamine = "J0013" if code_problem_on("J0013", on_date) is None else "S0013"
    if treatment == "esketamine":
        if plan_type in ("medicare", "medicare_advantage"):
            return ["G2082", "G2083"]  # the whole visit, the drug included
        return [esketamine, "99214", "99415", "99416"]
    if treatment == "im_ketamine":
        return ["96372", "J3490", "99214"]
    if treatment == "kap":
        return ["99214", "90836", "J3490"]
    return ["96365", "96366", "J3490"]
