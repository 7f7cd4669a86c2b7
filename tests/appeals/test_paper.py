"""Letters as they go out on paper: each speaks only to its addressee, is signed by the right
person, carries both address blocks and the patient's own words, prints a name in any script,
never leaves the signature alone on a page, and is a tagged PDF screen readers can read."""

import io
import re

import pytest
from pypdf import PdfReader

from appeals.kinds import LETTER_KINDS, Addressee
from appeals.services import letter_html, make_letter
from coverage_guide.models import Clinic, Membership
from patients.models import Case
from tests.factories import (
    AppealFactory,
    CaseFactory,
    ClaimFactory,
    ClaimLineFactory,
    DenialFactory,
    UserFactory,
    fill_case,
)

# Words meant for the patient that must never reach an insurer, regulator or hearing office.
PATIENT_PHRASES = (
    "Keep a copy",
    "proof that you sent",
    "send as the final denial notice directs",
    "Cite the statute",
    "2024 additions",
    "you may file",
    "you may request",
    "A letter from your prescriber",
    "gather this yourself",
    "Ask for",  # as advice; "I ask for" is the letter's own request
    "your state's department",
    "how ketamine itself is usually billed",
)
OFFICIAL = {a for a in Addressee if a not in (Addressee.PATIENT, Addressee.PRESCRIBER)}
SCRIPTS = {
    "Latin with diacritics": "José Zoë Núñez",
    "Greek": "Ελένη Παπαδοπούλου",
    "Cyrillic": "Дмитрий Иванов",
    "Hebrew": "דוד כהן",
    "Arabic": "محمد علي",
    "Devanagari": "सीता देवी",
    "Hangul": "김민준",
    "Han, simplified": "王小明",
    "Han, traditional": "陳美麗",
    "Japanese": "山田太郎",
}


def reader(version):
    return PdfReader(io.BytesIO(bytes(version.pdf)))


COVER_MARK = "For you: not part of the letter"


def text_of(version, cover=False):
    """The letter's text; with `cover`, its cover sheet's too."""
    pages = [p.extract_text() for p in reader(version).pages]
    return " ".join(" ".join(t for t in pages if cover or COVER_MARK not in t).split())


def full_case(**case_fields):
    case = fill_case(
        CaseFactory(
            patient_name="Robin Quinn",
            street_address="12 Elm Street",
            city="Springfield",
            state="MA",
            zip_code="01103",
            phone="413-555-0123",
            **case_fields,
        )
    )
    denial = case.denials.first()
    denial.appeals_address = "Acme Health Appeals Unit\nPO Box 1450\nBoston, MA 02101"
    denial.appeals_fax = "617-555-0199"
    denial.save()
    AppealFactory(
        denial=denial, level="internal_2", outcome="upheld", decided_on=denial.notice_date
    )
    return Case.objects.with_step_data().get(pk=case.pk)


def every_letter(case, signer=None):
    for kind in LETTER_KINDS.values():
        for target in kind.options(case)[:1]:
            yield kind, make_letter(kind, case, target, signer=signer)


@pytest.mark.django_db
def test_no_letter_to_an_insurer_regulator_or_hearing_office_addresses_the_patient():
    employer = full_case(own_words="Ask for nothing: this is my life.")
    medicaid = full_case(own_words="Ask for nothing: this is my life.")
    medicaid.policy.plan_type = "medicaid"
    medicaid.policy.save()
    medicaid.denials.first().appeals.update(level="internal_1", outcome="upheld")
    medicaid = Case.objects.with_step_data().get(pk=medicaid.pk)
    medicare = full_case(own_words="Ask for nothing: this is my life.")
    medicare.policy.plan_type = "medicare"
    medicare.policy.save()
    medicare.denials.first().appeals.update(level="redetermination", outcome="upheld")
    medicare = Case.objects.with_step_data().get(pk=medicare.pk)
    checked = set()
    for case in (employer, medicaid, medicare):
        for kind, version in every_letter(case):
            if kind.addressee not in OFFICIAL:
                continue
            checked.add(kind.slug)
            text = text_of(version).replace("Ask for nothing", "")  # the patient's own words
            for phrase in PATIENT_PHRASES:
                pattern = rf"(?<!\bI )\b{re.escape(phrase)}\b"
                assert not re.search(pattern, text, re.IGNORECASE), (
                    kind.slug,
                    phrase,
                )
    official = {slug for slug, kind in LETTER_KINDS.items() if kind.addressee in OFFICIAL}
    assert checked == official  # every such kind in the registry


@pytest.mark.django_db
def test_a_letter_of_medical_necessity_the_patient_makes_is_a_draft_for_the_prescriber():
    case = full_case()
    kind = LETTER_KINDS["medical-necessity"]
    made = text_of(make_letter(kind, case, kind.options(case)[0]))
    assert "Draft for your prescriber to review, edit and sign" in made


@pytest.mark.django_db
def test_a_letter_staff_make_carries_only_their_own_clinic_and_signer():
    case = full_case()  # its treating clinic is "Harbor Clinic"
    clinic = Clinic.objects.create(name="Bay Street Psychiatry", code="BAY1")
    member = Membership.objects.create(
        clinic=clinic, user=UserFactory(), display_name="Dr. Lee Park", credentials="DO", npi=""
    )
    kind = LETTER_KINDS["medical-necessity"]
    text = text_of(make_letter(kind, case, kind.options(case)[0], signer=member.signer()))
    assert "Bay Street Psychiatry" in text and "Dr. Lee Park, DO" in text
    assert "Harbor Clinic" not in text and "Amara Okafor" not in text
    assert "Draft for your prescriber" not in text


@pytest.mark.django_db
def test_the_appeal_carries_the_patients_address_and_the_appeals_unit_address():
    case = full_case()
    kind = LETTER_KINDS["appeal"]
    text = text_of(make_letter(kind, case, kind.options(case)[0]))
    for fact in (
        "12 Elm Street, Springfield, MA 01103",
        "Phone 413-555-0123",
        "Acme Health Appeals Unit PO Box 1450 Boston, MA 02101",
        "Fax 617-555-0199",
    ):
        assert fact in text, fact


@pytest.mark.django_db
def test_the_patients_own_words_are_printed_as_text():
    words = "<b>I lost my job</b> & my <script>sleep</script>."
    case = full_case(own_words=words)
    kind = LETTER_KINDS["appeal"]
    text = text_of(make_letter(kind, case, kind.options(case)[0]))
    assert "How this illness affects my life" in text
    assert words in text


@pytest.mark.django_db
@pytest.mark.parametrize("script", SCRIPTS)
def test_a_name_in_each_script_comes_out_of_the_pdf_unchanged(script):
    name = SCRIPTS[script]
    case = full_case()
    Case.objects.filter(pk=case.pk).update(patient_name=name)
    case = Case.objects.with_step_data().get(pk=case.pk)
    kind = LETTER_KINDS["appeal"]
    assert name in text_of(make_letter(kind, case, kind.options(case)[0]))


def structure_types(node, found):
    node = node.get_object()
    if isinstance(node, dict):
        if "/S" in node:
            found.add(str(node["/S"]))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            if hasattr(kid, "get_object"):
                structure_types(kid, found)
    return found


@pytest.mark.django_db
def test_every_letter_is_a_tagged_pdf_with_its_title_language_and_table_headers():
    case = full_case()
    for kind, version in every_letter(case):
        root = reader(version).trailer["/Root"]
        assert root["/Lang"] == "en", kind.slug
        assert root["/MarkInfo"]["/Marked"], kind.slug
        assert root["/ViewerPreferences"]["/DisplayDocTitle"], kind.slug
        assert reader(version).metadata.title == version.context["title"], kind.slug
        tags = structure_types(root["/StructTreeRoot"], set())
        assert "/H1" in tags, kind.slug
        if "<th" in letter_html(kind, version.context):  # a letter with a table
            assert "/TH" in tags, (kind.slug, sorted(tags))


SIGNATURE_LINES = {"Sincerely,", "Date:", "Page"}


@pytest.mark.django_db
def test_no_page_holds_only_the_signature():
    case = full_case(own_words="Word " * 400)  # long enough to push the end of the letter
    for kind, version in every_letter(case):
        for page in reader(version).pages:
            lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
            body = [
                line
                for line in lines
                if not any(line.startswith(mark) for mark in SIGNATURE_LINES)
                and line not in ("Robin Quinn", "•")
                and "NPI" not in line
            ]
            assert body, (kind.slug, lines)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("in_network", "wording"),
    [("yes", "under the patient's benefits"), ("no", "out-of-network reimbursement")],
)
def test_the_superbill_fits_the_clinics_network_and_states_the_drug_and_dose(in_network, wording):
    case = fill_case(CaseFactory())
    case.provider.in_network = in_network
    case.provider.save()
    claim = ClaimFactory(case=case)
    ClaimLineFactory(claim=claim, code="J3490", charge=90, drug_dose="ketamine 35 mg")
    case = Case.objects.with_step_data().get(pk=case.pk)
    kind = LETTER_KINDS["superbill"]
    target = next(t for t in kind.options(case) if t.obj[0].pk == claim.pk)
    text = text_of(make_letter(kind, case, target))
    assert wording in text
    assert "Unclassified drug: ketamine 35 mg" in text
    assert "Sincerely" not in text and "usually billed" not in text


@pytest.mark.django_db
def test_words_in_table_cells_are_never_split():
    case = fill_case(CaseFactory())
    DenialFactory(case=case)
    case.treatments.update(drug_class="antipsychotic")
    case = Case.objects.with_step_data().get(pk=case.pk)
    kind = LETTER_KINDS["medical-necessity"]
    raw = " ".join(
        p.extract_text() for p in reader(make_letter(kind, case, kind.options(case)[0])).pages
    )
    assert "augmentation" in raw.split() or "Antipsychotic" in raw.split()
    assert "Antipsychoti c" not in raw and "augmentatio n" not in raw


@pytest.mark.django_db
def test_what_the_patient_must_do_is_on_a_cover_sheet_before_the_letter():
    case = full_case()
    kind = LETTER_KINDS["appeal"]
    version = make_letter(kind, case, kind.options(case)[0])
    cover = reader(version).pages[0].extract_text()
    cover = " ".join(cover.split())
    for fact in (
        "Before you send your appeal letter",
        "Don't send this page",
        "Acme Health Appeals Unit PO Box 1450 Boston, MA 02101 Fax 617-555-0199",
        "A copy of the denial notice",
        "Keep a copy",
        COVER_MARK,
    ):
        assert fact in cover, fact
    assert "Keep a copy" not in text_of(version)  # the letter itself


@pytest.mark.django_db
def test_staff_letters_and_the_patients_own_papers_have_no_cover_sheet():
    case = full_case()
    clinic = Clinic.objects.create(name="Harbor Clinic", code="HARB2")
    member = Membership.objects.create(clinic=clinic, user=UserFactory(), display_name="Dr. A")
    appeal, script = LETTER_KINDS["appeal"], LETTER_KINDS["call-script"]
    signed = make_letter(appeal, case, appeal.options(case)[0], signer=member.signer())
    own = make_letter(script, case, script.options(case)[0])
    for version in (signed, own):
        assert COVER_MARK not in text_of(version, cover=True)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("plan_type", "form"),
    [
        ("medicare", "Form CMS-1696, Appointment of Representative"),
        ("employer_fully_insured", "Your authorized representative form"),
    ],
)
def test_an_appeal_a_representative_signs_encloses_the_form_that_appoints_them(plan_type, form):
    case = full_case(representative_name="Alex Quinn", representative_relationship="spouse")
    case.policy.plan_type = plan_type
    case.policy.save()
    case = Case.objects.with_step_data().get(pk=case.pk)
    kind = LETTER_KINDS["medicare-redetermination" if plan_type == "medicare" else "appeal"]
    text = text_of(make_letter(kind, case, kind.options(case)[0]))
    assert "I am Alex Quinn, Robin Quinn's spouse, and I write as Robin Quinn's authorized" in text
    assert form in text
    assert "Alex Quinn, authorized representative (spouse), for Robin Quinn" in text
