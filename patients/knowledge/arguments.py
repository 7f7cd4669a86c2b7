"""Which argument answers each denial reason, and which evidence it carries: a rule from keys
(the reason, the treatment, the case's diagnosis codes, the plan type) to the keys of the
letter's sections and the library's references. The prose of each section is in the letter
templates; nothing here is matched against a title or a sentence."""

from dataclasses import dataclass

from . import sources
from .evidence import Indication, Kind, cited_for
from .sources import Source

# The sections that answer each reason, in the order the letter makes them.
SECTIONS = {
    "experimental": (
        "plan_definition",
        "approval",
        "peer_reviewed",
        "guidelines",
        "practice",
        "history",
    ),
    "not_necessary": ("criteria", "history", "alternatives", "risk", "evidence"),
    "criteria_not_met": ("criteria", "history", "alternatives", "risk", "evidence"),
    "step_therapy": ("history", "alternatives"),
    "no_prior_auth": ("retroactive", "contacts"),
    "out_of_network": ("network_adequacy", "contacts"),
    "coding_error": ("coding",),
    "missing_docs": ("documents",),
    "exclusion": ("exclusion",),
    "dose_frequency": ("dosing", "evidence"),
    "other": ("direct_answer",),
}
# Each section in plain words, for the page that shows what a letter will say.
SECTION_NAMES = {
    "plan_definition": "your plan's definition of experimental",
    "approval": "the drug's approval status",
    "peer_reviewed": "the published evidence",
    "guidelines": "professional guidance",
    "practice": "accepted practice",
    "history": "the treatments you have tried",
    "criteria": "the plan's criteria, point by point",
    "alternatives": "why the alternatives don't fit",
    "risk": "the risk of waiting",
    "evidence": "the evidence for the treatment",
    "retroactive": "a request for retroactive authorization",
    "contacts": "your contacts with the insurer",
    "network_adequacy": "a request for a single-case agreement",
    "coding": "the corrected codes",
    "documents": "the missing records",
    "exclusion": "the exclusion's wording",
    "dosing": "the dose and schedule",
    "direct_answer": "a direct answer to the reason",
}

# Reasons that rest on a medical judgment: the plan must explain the scientific or clinical
# judgment behind them (29 CFR 2560.503-1(g)(1)(v)(B)).
JUDGMENT_REASONS = frozenset(
    {"experimental", "not_necessary", "criteria_not_met", "dose_frequency"}
)

# Which kinds of reference each section cites.
SECTION_EVIDENCE = {
    "approval": frozenset({Kind.LABEL}),
    "peer_reviewed": frozenset({Kind.RCT, Kind.META}),
    "guidelines": frozenset({Kind.GUIDELINE, Kind.CONSENSUS}),
    "evidence": frozenset({Kind.LABEL, Kind.RCT, Kind.META, Kind.GUIDELINE, Kind.CONSENSUS}),
}


def sections_for(reason):
    return SECTIONS.get(reason, SECTIONS["other"])


def indications_for(codes):
    """The evidence library's indications that the case's ICD-10-CM codes document."""
    codes = [c.upper() for c in codes]
    depression = any(c.startswith(("F32", "F33")) for c in codes)
    found = []
    if depression:
        found.append(Indication.TRD)
    if depression and any(c.startswith(("R45.851", "Z91.51")) for c in codes):
        found.append(Indication.MDD_SI)
    if any(c.startswith("F31") for c in codes):
        found.append(Indication.BIPOLAR)
    if any(c.startswith("F43.1") for c in codes):
        found.append(Indication.PTSD)
    if any(c.startswith(("G90.5", "G89.4")) for c in codes):
        found.append(Indication.PAIN)
    return tuple(found)


def references_for(section, treatment, indications):
    """The verified references a section cites for this treatment and these indications."""
    kinds = SECTION_EVIDENCE.get(section)
    return cited_for(treatment, indications, kinds) if kinds else []


def is_mental_health(code):
    """ICD-10-CM chapter 5, F01-F99: mental, behavioral and neurodevelopmental disorders."""
    return code.upper().startswith("F")


@dataclass(frozen=True)
class ParityBasis:
    """Whether a letter may argue mental health parity, on what law, and if not, why not."""

    applies: bool
    law: str = ""  # "group", "individual" or "medicaid": which paragraph the letter prints
    why_not: str = ""
    source: Source = sources.CFR_2590_712


NO_PARITY_PLANS = {
    "medicare": "Federal parity law does not apply to Medicare.",
    "medicare_advantage": "Federal parity law does not apply to Medicare Advantage plans.",
    "tricare": "Federal parity law does not apply to TRICARE.",
    "va": "Federal parity law does not apply to VA health care.",
}


def parity_basis(plan_type, employer_size, codes):
    """Mental health parity applies only to a mental health or substance use diagnosis, under a
    plan the law reaches: group plans (not a self-funded plan of an employer with 50 or fewer
    employees), individual and marketplace plans, and Medicaid managed care under its own rule."""
    if not any(is_mental_health(c) for c in codes):
        return ParityBasis(
            False, why_not="Parity law covers mental health and substance use conditions only."
        )
    if plan_type in NO_PARITY_PLANS:
        return ParityBasis(False, why_not=NO_PARITY_PLANS[plan_type])
    if plan_type == "employer_self_funded":
        if employer_size == "small":
            return ParityBasis(
                False,
                why_not="The parity law exempts self-funded plans of employers with 50 or "
                "fewer employees.",
                source=sources.USC_1185A,
            )
        if employer_size != "large":
            return ParityBasis(
                False,
                why_not="Parity law exempts self-funded plans of small employers: tell us on "
                "step 1 whether your employer has more than 50 employees.",
                source=sources.USC_1185A,
            )
        return ParityBasis(True, "group", source=sources.USC_1185A)
    if plan_type == "employer_fully_insured":
        return ParityBasis(True, "group", source=sources.USC_1185A)
    if plan_type == "marketplace":
        return ParityBasis(True, "individual")
    if plan_type == "medicaid":
        return ParityBasis(True, "medicaid", source=sources.MEDICAID_PARITY)
    return ParityBasis(False, why_not="We don't know whether parity law reaches this plan.")


def reviewer_specialty(codes):
    """The field of medicine a reviewer of this case should practice: the same or a similar
    specialty to the treating prescriber's (29 CFR 2560.503-1(h)(3)(iii))."""
    if codes and not any(is_mental_health(c) for c in codes):
        return "pain medicine"
    return "psychiatry"


# What each section asks to be sent with the letter, in the letter's own words.
ENCLOSURES = {
    "history": "My treatment history, with pharmacy and medical records",
    "criteria": "The records that show each criterion met: diagnosis, severity scores and "
    "treatment history",
    "retroactive": "The dates of my treatment and of each request for authorization",
    "contacts": "My notes of our contacts, with their reference numbers",
    "network_adequacy": "The in-network providers I contacted, and their answers",
    "coding": "The corrected claim or an itemized superbill",
    "documents": "The records you said were missing",
    "exclusion": "The page of my plan document that holds the exclusion",
}
PRESCRIBER_LETTER = "A letter of medical necessity from my prescriber"


def enclosures_for(section_keys, judgment):
    """The enclosures a letter lists for the sections it makes, in order, each once."""
    found = [ENCLOSURES[key] for key in section_keys if key in ENCLOSURES]
    if judgment:
        found.append(PRESCRIBER_LETTER)
    return list(dict.fromkeys(found))


# The rule that gives the patient their claim file and the criteria used, by plan family.
CLAIM_FILE_RULES = {
    "group": ("29 CFR 2560.503-1(h)(2)(iii)", sources.CFR_2560_503_1),
    "individual": ("45 CFR 147.136(b) and 29 CFR 2560.503-1(h)(2)(iii)", sources.CFR_147_136),
    "medicaid": ("42 CFR 438.404(b)(2)", sources.CFR_438),
}


def claim_file_rule(family):
    """(the citation a claim-file request makes, its source), or None where we have none."""
    return CLAIM_FILE_RULES.get(family)
