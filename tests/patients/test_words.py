import pytest

from patients.words import in_sentence


@pytest.mark.parametrize(
    ("name", "inside"),
    [
        ("IV ketamine infusions", "IV ketamine infusions"),  # not "iv ketamine"
        ("Medicare redetermination", "Medicare redetermination"),
        ("State fair hearing (Medicaid)", "state fair hearing (Medicaid)"),
        ("First internal appeal", "first internal appeal"),
        ("TRICARE appeal", "TRICARE appeal"),
    ],
)
def test_names_inside_a_sentence_keep_proper_names_and_acronyms(name, inside):
    assert in_sentence(name) == inside
