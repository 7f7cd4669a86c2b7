"""The argument rules and the evidence library, from tables."""

import re
from pathlib import Path

import pytest

from patients.knowledge import arguments
from patients.knowledge.evidence import BY_KEY, LIBRARY, Indication, Kind, cited_for
from patients.models import DenialReasonKind

TEMPLATES = Path(__file__).resolve().parents[3] / "templates" / "appeals" / "letters"


def test_every_reason_has_sections_and_every_section_has_its_prose():
    prose = (TEMPLATES / "_arguments.html").read_text()
    for reason in DenialReasonKind.values:
        for key in arguments.sections_for(reason):
            assert f"{{% partialdef {key} %}}" in prose, (reason, key)
    assert set(arguments.SECTIONS) == set(DenialReasonKind.values)


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        (("F33.2",), (Indication.TRD,)),
        (("F32.A", "R45.851"), (Indication.TRD, Indication.MDD_SI)),
        (("F33.1", "Z91.51"), (Indication.TRD, Indication.MDD_SI)),
        (("R45.851",), ()),  # suicidal ideation without a depression code
        (("F31.4",), (Indication.BIPOLAR,)),
        (("F43.12",), (Indication.PTSD,)),
        (("G90.50",), (Indication.PAIN,)),
        (("G89.4", "F33.2"), (Indication.TRD, Indication.PAIN)),
        (("F41.1",), ()),  # anxiety: no library indication
        ((), ()),
    ],
)
def test_indications_come_from_the_diagnosis_codes(codes, expected):
    assert arguments.indications_for(codes) == expected


@pytest.mark.parametrize(
    ("plan_type", "size", "codes", "applies", "law"),
    [
        ("employer_fully_insured", "", ("F33.2",), True, "group"),
        ("employer_fully_insured", "small", ("F33.2",), True, "group"),
        ("employer_self_funded", "large", ("F33.2",), True, "group"),
        ("employer_self_funded", "small", ("F33.2",), False, ""),
        ("employer_self_funded", "unknown", ("F33.2",), False, ""),
        ("marketplace", "", ("F43.12",), True, "individual"),
        ("medicaid", "", ("F33.2",), True, "medicaid"),
        ("medicare", "", ("F33.2",), False, ""),
        ("medicare_advantage", "", ("F33.2",), False, ""),
        ("tricare", "", ("F33.2",), False, ""),
        ("va", "", ("F33.2",), False, ""),
        ("other", "", ("F33.2",), False, ""),
        ("employer_fully_insured", "", ("G90.50",), False, ""),  # pain is not mental health
        ("employer_fully_insured", "", ("G90.50", "F33.2"), True, "group"),
        ("employer_fully_insured", "", (), False, ""),
    ],
)
def test_parity_only_for_mental_health_under_a_plan_the_law_reaches(
    plan_type, size, codes, applies, law
):
    basis = arguments.parity_basis(plan_type, size, codes)
    assert (basis.applies, basis.law) == (applies, law)
    assert basis.applies or basis.why_not


def test_verified_references_are_complete_and_traceable():
    for ref in LIBRARY:
        assert ref.key in BY_KEY and ref.finding.endswith(".")
        if ref.verified:
            assert ref.url.startswith("https://"), ref.key
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", ref.reviewed), ref.key
            assert ref.treatments and ref.indications, ref.key
            if ref.kind in (Kind.RCT, Kind.META):
                assert re.search(r"\d", ref.finding), f"{ref.key}: a finding states its numbers"


def test_no_reference_cited_for_iv_ketamine_names_esketamine():
    for ref in LIBRARY:
        if "iv_ketamine" in ref.treatments and ref.verified:
            words = f"{ref.citation} {ref.finding}"
            assert not re.search("esketamine|spravato", words, re.IGNORECASE), ref.key


@pytest.mark.parametrize(
    ("treatment", "indications", "kinds", "expected"),
    [
        ("esketamine", (Indication.TRD,), {Kind.LABEL}, ["spravato-label"]),
        ("iv_ketamine", (Indication.TRD,), {Kind.LABEL}, []),
        ("iv_ketamine", (Indication.TRD,), {Kind.RCT, Kind.META}, ["elekt-d", "han-2016"]),
        (
            "iv_ketamine",
            (Indication.MDD_SI,),
            {Kind.RCT, Kind.META},
            ["wilkinson-2018", "grunebaum-2018"],
        ),
        ("iv_ketamine", (Indication.PTSD,), set(Kind), []),  # the PTSD trial is not yet checked
        ("iv_ketamine", (Indication.PAIN,), {Kind.CONSENSUS}, ["cohen-2018"]),
        ("im_ketamine", (Indication.TRD,), set(Kind), []),
        ("esketamine", (Indication.TRD,), {Kind.GUIDELINE}, []),  # VA/DoD not yet checked
    ],
)
def test_only_verified_references_for_the_treatment_and_indication_are_cited(
    treatment, indications, kinds, expected
):
    assert [r.key for r in cited_for(treatment, indications, kinds)] == expected


@pytest.mark.parametrize(
    ("codes", "specialty"),
    [(("F33.2",), "psychiatry"), (("G90.50",), "pain medicine"), ((), "psychiatry")],
)
def test_the_reviewer_should_share_the_prescribers_field(codes, specialty):
    assert arguments.reviewer_specialty(codes) == specialty


def test_enclosures_follow_the_sections_each_once():
    found = arguments.enclosures_for(["criteria", "history", "history", "contacts"], True)
    assert found == [
        arguments.ENCLOSURES["criteria"],
        arguments.ENCLOSURES["history"],
        arguments.ENCLOSURES["contacts"],
        arguments.PRESCRIBER_LETTER,
    ]


def test_every_section_has_a_plain_name_for_the_check_page():
    keys = {key for sections in arguments.SECTIONS.values() for key in sections}
    assert keys == set(arguments.SECTION_NAMES)


def test_every_reason_a_denial_can_give_has_its_own_strategy_on_the_page():
    from patients.knowledge.strategy import STRATEGIES

    assert set(STRATEGIES) == set(DenialReasonKind.values)
