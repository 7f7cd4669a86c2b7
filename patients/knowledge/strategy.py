"""What to argue against each denial reason, and the evidence to attach."""

from dataclasses import dataclass

from . import sources
from .sources import Source

PARITY_PLAN_TYPES = ("employer_self_funded", "employer_fully_insured", "marketplace")


@dataclass(frozen=True)
class Evidence:
    text: str
    needs: str = ""  # what in the case shows it: "treatments", "scores", "diagnoses",
    # "prescriber", "contacts", "claim_lines"; empty when the case can't show it


@dataclass(frozen=True)
class Strategy:
    reason: str
    argue: tuple[str, ...]  # points the appeal letter makes to the plan
    evidence: tuple[Evidence, ...]
    source: Source
    ask: tuple[str, ...] = ()  # what the patient asks the plan for (shown on the page)


STRATEGIES = {
    s.reason: s
    for s in (
        Strategy(
            "experimental",
            (
                "Answer the plan's definition of experimental part by part: the drug's approval "
                "status, the published evidence, professional guidance and accepted practice.",
                "The specific use is supported by peer-reviewed evidence and clinical guidelines.",
            ),
            (
                Evidence("Your plan document's definition of experimental or investigational"),
                Evidence("A letter from your prescriber", "prescriber"),
            ),
            sources.CFR_2560_503_1,
            ask=("Ask for the criteria the plan applied.",),
        ),
        Strategy(
            "not_necessary",
            (
                "You meet the plan's own criteria point by point: diagnosis, severity scores, "
                "failed adequate trials, psychotherapy, risk.",
            ),
            (
                Evidence("Your treatment history table", "treatments"),
                Evidence("Symptom scores with dates", "scores"),
                Evidence("Your diagnosis with its ICD-10-CM code", "diagnoses"),
                Evidence("A letter from your prescriber", "prescriber"),
            ),
            sources.CFR_2560_503_1,
        ),
        Strategy(
            "criteria_not_met",
            (
                "You meet the plan's criteria point by point: your appeal sets each one beside "
                "the facts of your case.",
            ),
            (
                Evidence("Your treatment history table", "treatments"),
                Evidence("Symptom scores with dates", "scores"),
                Evidence("Your diagnosis with its ICD-10-CM code", "diagnoses"),
                Evidence("A letter from your prescriber", "prescriber"),
            ),
            sources.CFR_2560_503_1,
            ask=("Ask which criterion the plan found unmet, and on what records.",),
        ),
        Strategy(
            "dose_frequency",
            ("The dose and schedule are your prescriber's plan for your condition.",),
            (Evidence("A letter from your prescriber", "prescriber"),),
            sources.CFR_2560_503_1,
            ask=("Ask what dose or frequency the plan would cover, and on what criteria.",),
        ),
        Strategy(
            "no_prior_auth",
            (
                "Treatment was urgent, or prior authorization could not be obtained; ask for "
                "retroactive authorization.",
            ),
            (
                Evidence("Dates of treatment and of each request"),
                Evidence(
                    "Notes of your contacts with the insurer, with reference numbers", "contacts"
                ),
            ),
            sources.HEALTHCARE_GOV_APPEALS,
        ),
        Strategy(
            "out_of_network",
            (
                "No in-network provider offers the service within a reasonable distance or time "
                "(network adequacy); ask for a single-case agreement or a gap exception.",
            ),
            (Evidence("The in-network providers you contacted and their answers", "contacts"),),
            sources.HEALTHCARE_GOV_APPEALS,
        ),
        Strategy(
            "missing_docs",
            ("Supply what was missing and resubmit.",),
            (
                Evidence("The corrected claim or a superbill", "claim_lines"),
                Evidence("A letter from your prescriber", "prescriber"),
            ),
            sources.HEALTHCARE_GOV_APPEALS,
        ),
        Strategy(
            "coding_error",
            ("Correct the codes and resubmit.",),
            (Evidence("The corrected claim or a superbill", "claim_lines"),),
            sources.HEALTHCARE_GOV_APPEALS,
        ),
        Strategy(
            "exclusion",
            (
                "The exclusion does not apply as written, or it is applied more strictly to mental "
                "health care than to comparable medical or surgical care (parity).",
            ),
            (
                Evidence("The plan document's wording"),
                Evidence("Comparable medical benefits the plan covers"),
            ),
            sources.CFR_2590_712,
        ),
        Strategy(
            "step_therapy",
            ("You already tried the required steps, or they are unsafe for you.",),
            (Evidence("Your treatment history table", "treatments"),),
            sources.CFR_2560_503_1,
        ),
        Strategy(
            "other",
            (
                "Quote the reason from the notice and answer it directly; ask for the criteria the "
                "plan applied and your claim file.",
            ),
            (Evidence("A letter from your prescriber", "prescriber"),),
            sources.CFR_2560_503_1,
        ),
    )
}

# The same requests, as the patient makes them in an appeal letter.
LETTER_REQUESTS = (
    "Send me, free of charge, every document relevant to my claim (my claim file).",
    "Send me the internal rule, guideline or criteria you relied on, and the diagnosis and "
    "treatment codes.",
)

ALWAYS_ASK = (
    "Ask for your claim file, free of charge: every document relevant to the claim.",
    "Ask for the internal rule or criteria the plan relied on, and the diagnosis and treatment "
    "codes.",
)


@dataclass(frozen=True)
class Parity:
    applies: bool | None  # None: our sources don't say
    text: str
    source: Source
    enforcement_source: Source = sources.PARITY_2025


def parity_for(plan_type):
    if plan_type in PARITY_PLAN_TYPES:
        return Parity(
            True,
            "Mental health parity law applies to your plan: it may not limit "
            "mental health care (with experimental exclusions or prior-authorization "
            "rules) more strictly than comparable medical care. Cite the statute and "
            "the 2013 rule; the 2024 additions are not being enforced.",
            sources.CFR_2590_712,
        )
    return Parity(
        None,
        "Our sources don't establish whether federal parity rules apply to "
        "this plan type; ask your plan or a patient advocate.",
        sources.CFR_2590_712,
    )


@dataclass(frozen=True)
class EvidenceCheck:
    text: str
    have: bool | None  # None: the case can't show it; gather it yourself


def strategy_for(reason, case_has):
    """The strategy for a denial reason, with each piece of evidence checked against the case.

    `case_has` is the set of evidence kinds the case holds (see Evidence.needs)."""
    strategy = STRATEGIES.get(reason, STRATEGIES["other"])
    checks = tuple(
        EvidenceCheck(e.text, (e.needs in case_has) if e.needs else None) for e in strategy.evidence
    )
    return strategy, checks
