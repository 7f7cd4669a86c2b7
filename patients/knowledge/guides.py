"""The insurer call script and the clinic-choice checklist."""

from dataclasses import dataclass

from . import sources
from .sources import Source


@dataclass(frozen=True)
class Question:
    text: str
    source: Source | None = None  # the public source behind a fact the question states


def service_codes_to_ask(treatment, plan_type):
    if treatment == "esketamine":
        if plan_type in ("medicare", "medicare_advantage"):
            return "esketamine treatment billed as G2082 or G2083 (the whole visit, drug included)"
        return "esketamine J0013 (one unit per mg; S0013 before 2026) with the office visit"
    if treatment == "im_ketamine":
        return "IM ketamine injection (CPT 96372) with the office visit (99213 or 99214)"
    if treatment == "kap":
        return (
            "ketamine-assisted psychotherapy: the office visit (99213 or 99214) with "
            "psychotherapy (90833, 90836 or 90838)"
        )
    return "ketamine infusion (CPT 96365, 96366) with the office visit (99213 or 99214)"


def call_script(treatment, plan_type):
    """The questions to ask the insurer for this treatment and plan."""
    return (
        Question("Do I have in-network and out-of-network mental health benefits?"),
        Question(
            f"Is {service_codes_to_ask(treatment, plan_type)} covered, and under which "
            "benefit (medical or pharmacy)?"
        ),
        Question("Is prior authorization needed, and how is it submitted? Do I need a referral?"),
        Question(
            "What are my deductible (and how much is met), coinsurance and out-of-pocket maximum?",
            sources.HEALTHCARE_GOV_COINSURANCE,
        ),
        Question(
            "How much does the plan allow for these codes out of network?",
            sources.HEALTHCARE_GOV_ALLOWED,
        ),
        Question(
            "How and where do I submit a superbill, and what is the time limit for "
            "submitting claims?",
            sources.MEDICARE_TIMELY_FILING,
        ),
        Question("What is my mailing address on file?"),
        Question("May I have your name and a reference number for this call?"),
    )


CLINIC_CHECKLIST = (
    Question("Is the clinic in your plan's network? If not, does your plan pay out of network?"),
    Question("Does the clinic bill your insurance, or give you a superbill to claim yourself?"),
    Question(
        "What is the price per session, and how many sessions are planned? In a widely cited "
        "study, the first series was 6 infusions over 12 days.",
        sources.MURROUGH_2013,
    ),
    Question(
        "Will the prescriber write a letter of medical necessity and request prior authorization?"
    ),
    Question(
        "For esketamine: is the clinic certified in the Spravato REMS, with 2 hours of "
        "monitoring after each dose?",
        sources.SPRAVATO_PI,
    ),
    Question(
        "Will the superbill show the provider's NPI and tax ID, the diagnosis codes, and "
        "each service's date, place of service, code, units and charge?",
    ),
    Question("Does the clinic offer payment plans or a sliding-scale price?"),
)
