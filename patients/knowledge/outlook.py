"""How likely a plan is to cover the treatment sought, with the reasons and what would help."""

from dataclasses import dataclass

from . import sources
from .sources import Source

LIKELY, POSSIBLE, UNLIKELY, NOT_COVERED = "likely", "possible", "unlikely", "not_covered"
BANDS = (LIKELY, POSSIBLE, UNLIKELY, NOT_COVERED)
BAND_NAMES = {
    LIKELY: "Likely",
    POSSIBLE: "Possible",
    UNLIKELY: "Unlikely",
    NOT_COVERED: "Not covered",
}
KETAMINE = ("iv_ketamine", "im_ketamine", "kap")
COMMERCIAL = ("employer_self_funded", "employer_fully_insured", "marketplace")


@dataclass(frozen=True)
class PlanFacts:
    plan_type: str = ""
    treatment: str = "iv_ketamine"
    insurer: str = ""
    state: str = ""
    mental_health_coverage: str = ""
    experimental_exclusion: str = ""
    prior_auth_required: str = ""
    out_of_network_benefits: str = ""
    clinic_in_network: str = ""
    clinic_billing: str = ""
    is_veteran: bool | None = None


@dataclass(frozen=True)
class Point:
    text: str
    source: Source | None  # None for a fact from the patient's own answers
    verified: bool = True


@dataclass(frozen=True)
class Outlook:
    band: str
    reasons: tuple[Point, ...]
    actions: tuple[Point, ...]

    @property
    def band_name(self):
        return BAND_NAMES[self.band]


def _lower(band, steps=1):
    return BANDS[min(BANDS.index(band) + steps, len(BANDS) - 1)]


def _is(insurer, *words):
    return any(w in insurer.lower() for w in words)


def _esketamine_band(facts, reasons):
    reasons.append(
        Point(
            "Esketamine (Spravato) is FDA-approved for treatment-resistant "
            "depression and for major depression with suicidal thoughts, so "
            "plans cover it when their criteria are met.",
            sources.SPRAVATO_PI,
        )
    )
    if facts.plan_type in ("medicare", "medicare_advantage"):
        reasons.append(
            Point("Medicare pays for esketamine visits billed with G2082 or G2083.", sources.HCPCS)
        )
        reasons.append(
            Point(
                "Which diagnoses Medicare covers is in billing article A59250.",
                sources.MEDICARE_A59250,
                verified=False,
            )
        )
        return LIKELY
    if facts.plan_type == "medicaid":
        reasons.append(
            Point(
                "Each state sets its Medicaid coverage of Spravato: ask your plan for its "
                "criteria.",
                sources.MEDICAID_STATE_CONTACT,
            )
        )
        return POSSIBLE
    if facts.plan_type == "tricare":
        reasons.append(
            Point(
                "TRICARE covers Spravato when it is medically necessary, with prior "
                "authorization, under the medical benefit.",
                sources.TRICARE,
            )
        )
        return POSSIBLE
    if facts.plan_type == "va":
        reasons.append(Point("Some VA facilities offer esketamine.", sources.VA_KETAMINE))
        return POSSIBLE
    if facts.plan_type in COMMERCIAL:
        return LIKELY
    return POSSIBLE


def _ketamine_band(facts, reasons, actions):
    reasons.append(
        Point(
            "Ketamine is FDA-approved only as an anesthetic. Its use for "
            "depression, anxiety, PTSD or pain is off-label, which is why most "
            "insurers call it experimental or investigational.",
            sources.KETALAR,
        )
    )
    if _is(facts.insurer, "aetna"):
        reasons.append(
            Point(
                "Aetna's policy 0938 calls ketamine by any route experimental for "
                "depression, PTSD and suicidal thoughts.",
                sources.AETNA_0938,
            )
        )
        return NOT_COVERED
    if (
        facts.treatment == "iv_ketamine"
        and _is(facts.insurer, "blue cross", "bcbs")
        and facts.state == "MA"
    ):
        reasons.append(
            Point(
                "Blue Cross Blue Shield of Massachusetts covers IV ketamine for "
                "treatment-resistant depression with prior authorization.",
                sources.BCBSMA_087,
            )
        )
        return POSSIBLE
    if facts.plan_type == "tricare":
        reasons.append(
            Point(
                "TRICARE's West region contractor lists ketamine, by any route, as not a "
                "covered benefit.",
                sources.TRICARE_WEST_KETAMINE,
            )
        )
    if facts.plan_type == "va":
        reasons.append(Point("Some VA facilities offer ketamine.", sources.VA_KETAMINE))
        return POSSIBLE
    if facts.treatment == "kap":
        actions.append(
            Point(
                "The psychotherapy part of ketamine-assisted psychotherapy may be "
                "billed as psychotherapy (CPT 90833, 90836, 90838), which plans "
                "usually cover.",
                sources.CPT,
            )
        )
    if facts.experimental_exclusion == "yes":
        reasons.append(
            Point(
                "Your plan excludes experimental or investigational treatment.",
                None,
            )
        )
        return UNLIKELY
    if facts.experimental_exclusion == "no":
        reasons.append(
            Point(
                "Your plan has no experimental exclusion, so a medical-necessity "
                "case has firmer ground.",
                None,
            )
        )
        return POSSIBLE
    return UNLIKELY


def coverage_outlook(facts):
    """The band, the reasons behind it, and actions that would improve the odds."""
    reasons, actions = [], []
    if facts.treatment == "esketamine":
        band = _esketamine_band(facts, reasons)
    else:
        band = _ketamine_band(facts, reasons, actions)
        better = coverage_outlook(PlanFacts(**{**facts.__dict__, "treatment": "esketamine"}))
        if BANDS.index(better.band) < BANDS.index(band):
            actions.append(
                Point(
                    f"Ask your prescriber about esketamine (Spravato): for your "
                    f"plan its outlook is {better.band_name.lower()}.",
                    sources.SPRAVATO_PI,
                )
            )
    if facts.mental_health_coverage == "no":
        reasons.insert(0, Point("Your plan does not cover mental health care.", None))
        band = NOT_COVERED
    elif facts.mental_health_coverage in ("", "unknown"):
        reasons.append(
            Point(
                "We don't know yet whether your plan covers mental health care: "
                "ask your insurer (step 4).",
                None,
            )
        )
    if facts.clinic_in_network == "no" and facts.out_of_network_benefits == "no":
        reasons.append(
            Point(
                "Your clinic is out of network and your plan pays nothing out of network.",
                None,
            )
        )
        actions.append(
            Point(
                "Ask for a network gap exception or a single-case agreement, or "
                "choose an in-network clinic.",
                sources.NAIC_NETWORK_ADEQUACY,
            )
        )
        band = _lower(band)
    elif facts.out_of_network_benefits == "yes" and facts.clinic_billing == "superbill":
        actions.append(
            Point(
                "Pay the clinic, then claim with a superbill through your "
                "out-of-network benefits: the plan pays its share of its allowed "
                "amount after your deductible.",
                sources.HEALTHCARE_GOV_ALLOWED,
            )
        )
    if facts.prior_auth_required in ("yes", "unknown", ""):
        actions.append(
            Point(
                "Ask for prior authorization before treatment starts, with a "
                "letter of medical necessity.",
                sources.CFR_2560_503_1,
            )
        )
    if facts.is_veteran:
        actions.append(
            Point(
                "As a veteran, ask the VA: some facilities offer ketamine and "
                "esketamine, and community care is possible when the VA can't see "
                "you within a 30-minute drive or 20 days.",
                sources.CFR_17_4040,
            )
        )
    if not actions:
        actions.append(
            Point(
                "Keep your symptom scores and treatment history up to date: they are what a "
                "reviewer checks first.",
                None,
            )
        )
    return Outlook(band, tuple(reasons), tuple(actions))
