"""Golden letters: for every denial reason and both treatments, the appeal's text (extracted from
its PDF) holds what an appeal must hold and the reason's own answer; every citation it prints is
a verified library entry; an IV ketamine letter never names esketamine; parity only where the
law reaches; two reasons, two answers; a late appeal never claims to be on time."""

import datetime
import io
import re

import pytest
from pypdf import PdfReader

from appeals.kinds import LETTER_KINDS
from appeals.services import make_letter
from patients.knowledge import arguments
from patients.knowledge.evidence import LIBRARY
from patients.models import Case, DenialReasonKind
from tests.factories import (
    CaseFactory,
    ClaimFactory,
    ClaimLineFactory,
    ContactFactory,
    DenialFactory,
    DenialReasonFactory,
    DiagnosisFactory,
    PolicyFactory,
    PriorAuthFactory,
    ProviderFactory,
    ScoreFactory,
    TreatmentFactory,
)

TODAY = datetime.date.today()
RECENT = TODAY - datetime.timedelta(days=10)
WORDS = "Quoted from the notice for this reason."

# A phrase each section prints whenever the case's data lets it speak.
SECTION_MARKS = {
    "plan_definition": "My plan defines",
    "approval": "Approval status",
    "peer_reviewed": "Published evidence",
    "guidelines": "Professional guidance",
    "practice": "Accepted practice",
    "history": "each at the dose and for the time shown",
    "criteria": "criteria",
    "alternatives": "The alternatives",
    "risk": "suicidal ideation or a history of suicidal behavior",
    "evidence": "The published evidence for this treatment",
    "retroactive": "authorize this treatment retroactively",
    "contacts": "My contacts with you about this",
    "network_adequacy": "single-case agreement",
    "coding": "reprocess the claim",
    "documents": "The enclosed records supply it",
    "exclusion": "as my plan document words it",
    "dosing": "The dose and frequency are those my prescriber set",
    "direct_answer": "I disagree with this reason",
}
# What every appeal holds (DESIGN's domain notes, section 9: identifiers, the denial, the
# requests, enclosures, signature).
EVERY_APPEAL = (
    "Robin Quinn",
    "Member ID: AH-2024-77",
    "Group GRP-9",
    "DN-4411",
    "I am appealing the denial dated",
    WORDS,
    "free of charge",
    "criteria you relied on",
    "names and qualifications",
    "appropriate training and experience in psychiatry",
    "peer-to-peer review with my treating prescriber, Amara Okafor, MD",
    "Enclosures",
    "A copy of the denial notice",
    "Sincerely",
)


def pdf_text(version):
    reader = PdfReader(io.BytesIO(bytes(version.pdf)))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def has(text, fact):
    """Whether the letter holds the fact, however its lines and table cells wrapped."""
    return "".join(fact.split()) in "".join(text.split())


def build_case(treatment, reasons, plan_type="employer_fully_insured", codes=("F33.2",), **extra):
    case = CaseFactory(treatment=treatment, patient_name="Robin Quinn")
    PolicyFactory(
        case=case,
        plan_type=plan_type,
        member_id="AH-2024-77",
        group_number="GRP-9",
        employer_size=extra.get("employer_size", "large"),
    )
    ProviderFactory(case=case, phone="617-555-0100")
    for code in codes:
        DiagnosisFactory(case=case, code=code)
    ScoreFactory(case=case, scale="PHQ9", score=21)
    TreatmentFactory(case=case, name="Sertraline", dose_mg_per_day=200)
    TreatmentFactory(case=case, name="Bupropion XL", drug_class="atypical", dose_mg_per_day=300)
    TreatmentFactory(case=case, kind="tms", name="TMS", drug_class="", dose_mg_per_day=None)
    ContactFactory(case=case)
    claim = ClaimFactory(case=case, service_date=RECENT, submitted_on=RECENT)
    ClaimLineFactory(claim=claim)
    request = PriorAuthFactory(
        case=case,
        service=treatment,
        dosing_plan="56 mg twice a week for 4 weeks",
        urgency=extra.get("urgency", "standard"),
        decision="denied",
    )
    denial = DenialFactory(
        case=case,
        prior_authorization=request,
        notice_date=extra.get("notice_date", RECENT),
        reference_number="DN-4411",
        plan_definition="A service is experimental if it is not approved by the FDA.",
        alternatives_note="My prescriber advises against ECT for me.",
        reason=None,
    )
    for reason in reasons:
        DenialReasonFactory(denial=denial, reason=reason, insurer_wording=WORDS)
    return Case.objects.with_step_data().get(pk=case.pk)


def appeal_text(case):
    """The first appeal's letter: under Original Medicare, the redetermination request."""
    original_medicare = case.policy.plan_type == "medicare"
    kind = LETTER_KINDS["medicare-redetermination" if original_medicare else "appeal"]
    return pdf_text(make_letter(kind, case, kind.options(case)[0]))


def cited_references(text):
    return [r for r in LIBRARY if r.title in text or (r.doi and r.doi in text)]


@pytest.mark.parametrize("treatment", ["iv_ketamine", "esketamine"])
@pytest.mark.parametrize("reason", list(DenialReasonKind.values))
def test_each_reason_and_treatment_is_answered_with_the_case_facts(db, reason, treatment):
    case = build_case(treatment, [reason])
    text = appeal_text(case)
    for fact in EVERY_APPEAL:
        assert fact in text, fact
    for key in arguments.sections_for(reason):
        if key == "risk" or (key in ("guidelines", "evidence") and not cited_references(text)):
            continue  # speaks only when the case documents risk, or evidence exists
        assert SECTION_MARKS[key] in text, key
    for reference in cited_references(text):
        assert reference.verified, reference.key
    if reason in arguments.JUDGMENT_REASONS:
        assert "scientific or clinical judgment" in text
    if treatment == "iv_ketamine":
        assert not re.search("esketamine|spravato", text, re.IGNORECASE)


def test_an_experimental_denial_of_iv_ketamine_cites_trials_and_never_esketamine(db):
    text = appeal_text(build_case("iv_ketamine", ["experimental"]))
    assert "My plan defines “experimental or investigational” this way" in text
    assert "55.4% responded to ketamine" in text  # ELEKT-D
    assert "10.1056/NEJMoa2302399" in text
    assert "off-label use of an approved drug" in text
    assert not re.search("esketamine|spravato", text, re.IGNORECASE)


def test_an_experimental_denial_of_esketamine_argues_its_approval_from_the_label(db):
    text = appeal_text(build_case("esketamine", ["experimental"]))
    assert "approved by the U.S. Food and Drug Administration for my condition" in text
    assert "SPRAVATO (esketamine) nasal spray" in text
    assert "27.1% were in remission" in text  # ESCAPE-TRD


def test_a_medical_necessity_denial_answers_criteria_with_trials_and_alternatives(db):
    text = appeal_text(build_case("esketamine", ["not_necessary"]))
    for fact in ("Sertraline", "200 mg/day", "Bupropion XL", "PHQ-9", "I have already tried TMS"):
        assert has(text, fact), fact
    assert "I meet your criteria point by point" in text
    assert "My prescriber advises against ECT for me." in text


def test_every_citation_in_every_letter_is_a_verified_library_entry(db):
    case = build_case("iv_ketamine", ["experimental", "not_necessary"], codes=("F33.2", "R45.851"))
    unverified = [r for r in LIBRARY if not r.verified]
    for kind in LETTER_KINDS.values():
        for target in kind.options(case)[:1]:
            text = pdf_text(make_letter(kind, case, target))
            for reference in unverified:
                assert reference.title not in text, (kind.slug, reference.key)
            numbered = re.findall(r"\[(\d+)\]", text)
            assert len(set(numbered)) == len(cited_references(text)), kind.slug


def test_a_denial_with_two_reasons_gets_both_answered(db):
    text = appeal_text(build_case("iv_ketamine", ["no_prior_auth", "experimental"]))
    assert "The notice gives 2 reasons" in text
    assert "Reason 1: No prior authorization" in text
    assert "Reason 2: Experimental or investigational" in text
    assert SECTION_MARKS["retroactive"] in text and SECTION_MARKS["approval"] in text


@pytest.mark.parametrize(
    ("plan_type", "codes", "size", "law"),
    [
        ("employer_fully_insured", ("F33.2",), "large", "1185a(a)(8)"),
        ("employer_self_funded", ("F33.2",), "large", "1185a(a)(8)"),
        ("marketplace", ("F33.2",), "", "federal mental health parity requirements"),
        ("medicaid", ("F33.2",), "", "42 CFR part 438, subpart K"),
        ("employer_fully_insured", ("G90.50",), "large", None),  # a pain diagnosis
        ("employer_self_funded", ("F33.2",), "small", None),  # the small-employer exemption
        ("employer_self_funded", ("F33.2",), "", None),  # size unknown: not claimed
        ("medicare", ("F33.2",), "", None),
        ("medicare_advantage", ("F33.2",), "", None),
        ("tricare", ("F33.2",), "", None),
        ("va", ("F33.2",), "", None),
    ],
)
def test_parity_is_argued_only_for_a_mental_health_diagnosis_under_a_plan_it_reaches(
    db, plan_type, codes, size, law
):
    case = build_case("iv_ketamine", ["exclusion"], plan_type, codes, employer_size=size)
    text = appeal_text(case)
    if law:
        assert "Mental health parity" in text and law in text
    else:
        assert "parity" not in text.lower()


def test_a_late_appeal_asks_to_be_accepted_and_never_says_it_is_on_time(db):
    old = TODAY - datetime.timedelta(days=400)
    text = appeal_text(build_case("iv_ketamine", ["experimental"], notice_date=old))
    assert "within the time allowed" not in text
    assert "I ask you to accept and decide this appeal" in text


def test_an_urgent_request_asks_for_an_expedited_appeal(db):
    text = appeal_text(build_case("esketamine", ["not_necessary"], urgency="urgent"))
    assert "I ask for an expedited appeal" in text


@pytest.mark.parametrize("treatment", ["iv_ketamine", "esketamine"])
def test_the_letter_of_medical_necessity_holds_every_element_the_case_allows(db, treatment):
    case = build_case(treatment, ["not_necessary"], codes=("F33.2", "R45.851"))
    kind = LETTER_KINDS["medical-necessity"]
    text = pdf_text(make_letter(kind, case, kind.options(case)[0]))
    for fact in (
        "Robin Quinn",  # 1. the patient and plan
        "March 14, 1986",
        "AH-2024-77",
        "GRP-9",
        "Acme Health",
        "place of service 11",  # 2. the request and dosing plan
        "6 sessions",
        "56 mg twice a week for 4 weeks",
        "F33.2",  # 3. diagnosis and severity with dates
        "PHQ-9",
        "Jun 2, 2025",
        "Sertraline",  # 4. treatment history
        "TMS",
        "Why this treatment now",  # 5. clinical reasoning and risk
        "suicidal ideation",
        "Evidence",  # 6. evidence with its references
        "I attest",  # 7. attestation, credentials, NPI, signature, contact
        "Amara Okafor, MD",
        "NPI 1234567893",
        "617-555-0100",
    ):
        assert fact in text, fact
    for reference in cited_references(text):
        assert reference.verified
    if treatment == "iv_ketamine":
        assert not re.search("esketamine|spravato", text, re.IGNORECASE)
    else:
        assert "SPRAVATO (esketamine) nasal spray" in text


@pytest.mark.parametrize(
    ("plan_type", "cite"),
    [
        ("employer_self_funded", "(29 CFR 2560.503-1(h)(2)(iii))"),
        ("marketplace", "(45 CFR 147.136(b) and 29 CFR 2560.503-1(h)(2)(iii))"),
        ("medicaid", "(42 CFR 438.404(b)(2))"),
        ("medicare", None),
    ],
)
def test_the_claim_file_request_asks_for_everything_under_the_plan_types_rule(db, plan_type, cite):
    case = build_case("iv_ketamine", ["experimental", "no_prior_auth"], plan_type)
    kind = LETTER_KINDS["claim-file"]
    text = pdf_text(make_letter(kind, case, kind.options(case)[0]))
    for fact in (
        "Request for my claim file and the criteria you applied",
        "giving as its reasons: experimental or investigational; no prior authorization",
        "my claim file",
        "criteria you relied on",
        "names and qualifications",
        "scientific or clinical judgment",
        "does not give up my right to appeal",
        "DN-4411",
    ):
        assert fact in text, fact
    if cite:
        assert cite in text
    else:
        assert "CFR" not in text


def test_the_peer_to_peer_sheet_gives_the_prescriber_reasons_criteria_evidence_and_questions(db):
    case = build_case("esketamine", ["not_necessary"])
    kind = LETTER_KINDS["peer-to-peer"]
    text = pdf_text(make_letter(kind, case, kind.options(case)[0]))
    for fact in (
        "Peer-to-peer review: preparation sheet",
        "Not medically necessary: “Quoted from the notice for this reason.”",
        "the plan's criteria, point by point",
        "Met: A diagnosis of major depressive disorder",
        "Sertraline",
        "27.1% were in remission",
        "Which criterion you find not met",
    ):
        assert has(text, fact), fact


def test_an_expedited_appeal_request_certifies_urgency_in_the_prescribers_voice(db):
    case = build_case("esketamine", ["not_necessary"], codes=("F33.2", "R45.851"))
    kind = LETTER_KINDS["expedited-appeal"]
    text = pdf_text(make_letter(kind, case, kind.options(case)[0]))
    assert "Draft for your prescriber to review, edit and sign" in text
    assert "seriously jeopardize the patient's life or health" in text
    assert "suicidal ideation" in text and "within 72 hours" in text
    assert "NPI 1234567893" in text
