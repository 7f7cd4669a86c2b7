"""The criteria sets the app knows: the general definition, the label, and payers' policies,
each with its source and its rules."""

from dataclasses import dataclass

from . import sources
from .sources import Source

AUGMENTATION_CLASSES = {"antipsychotic", "lithium"}
USUAL_AUGMENTATION = frozenset(AUGMENTATION_CLASSES)
ANY_SECOND_AGENT = frozenset({*AUGMENTATION_CLASSES, "second agent"})


@dataclass(frozen=True)
class CriteriaSet:
    key: str
    name: str
    treatments: tuple[str, ...]
    checks: tuple[str, ...]
    source: Source
    min_trials: int = 2
    min_weeks: int = 6
    distinct_classes: bool = False
    min_classes: int = 0  # with distinct_classes: how many classes (0: one per trial)
    insurer_words: tuple[str, ...] = ()  # applies only when the insurer's name has one of these
    states: tuple[str, ...] = ()
    plan_types: tuple[str, ...] = ()  # applies only to these plan types (like "tricare")
    verified: bool = True
    note: str = ""
    # What the policy takes as augmentation: the usual antipsychotic or lithium, or, where its
    # wording says "a second agent", any second agent added to an antidepressant.
    augmentation: frozenset = USUAL_AUGMENTATION
    # Clinician-rated severity the policy asks for: the least score on each scale it accepts.
    thresholds: tuple[tuple[str, int], ...] = ()
    # A path that stands in for the trials: "suicidal_ideation" (major depression with acute
    # suicidal thoughts or behavior, as the label's second indication).
    alternate: str = ""
    # A partial response counts as a failed trial only up to this improvement, in percent.
    max_improvement: int | None = None
    # How long a first approval runs and what a renewal asks, where the source says; "" where
    # what we read doesn't (the card then says so).
    renewal: str = ""


ALL_TREATMENTS = ("iv_ketamine", "esketamine", "im_ketamine", "kap")
ESKETAMINE_CHECKS = (
    "adult",
    "mdd",
    "severity",
    "trials",
    "psychiatrist",
    "rems",
    "pdmp",
    "oral_antidepressant",
)

CRITERIA_SETS = (
    CriteriaSet(
        "general-trd",
        "Treatment-resistant depression (the general definition)",
        ALL_TREATMENTS,
        ("mdd", "trials"),
        sources.SPRAVATO_PI,
        note="At least two antidepressants of adequate dose and duration (commonly 6 weeks or "
        "more) that failed in the current episode.",
    ),
    CriteriaSet(
        "esketamine-common",
        "Esketamine: what plans commonly ask for (not one plan's wording)",
        ("esketamine",),
        ESKETAMINE_CHECKS,
        sources.HARDING_2024,
        distinct_classes=True,
        verified=False,
        note="Plans' criteria vary and may ask more than the label; your plan's own policy wins.",
    ),
    CriteriaSet(
        "spravato-label",
        "Esketamine (Spravato): the FDA label's uses",
        ("esketamine",),
        ("adult", "mdd", "trials", "rems"),
        sources.SPRAVATO_PI,
        alternate="suicidal_ideation",
        verified=False,
        note="The label's uses: treatment-resistant depression in adults, alone or with an oral "
        "antidepressant (alone since 2025), and major depression with acute suicidal thoughts or "
        "behavior, with an oral antidepressant. The label's indication doesn't number the "
        "failed trials: two is the common reading, checked here.",
    ),
    CriteriaSet(
        "bcbsma-087",
        "Blue Cross Blue Shield of Massachusetts, policy 087 (esketamine and IV ketamine)",
        ("iv_ketamine", "esketamine"),
        ("adult", "structured_interview", "mdd", "clinician_threshold", "trials"),
        sources.BCBSMA_087,
        min_trials=4,
        thresholds=(("MADRS", 28), ("HAMD", 17)),
        distinct_classes=True,
        min_classes=2,
        insurer_words=("blue cross", "bcbs"),
        states=("MA",),
        verified=False,
        note="Read from a public copy of its request form (undated).",
        renewal="The first approval is for 28 days.",
    ),
    CriteriaSet(
        "cigna-esketamine",
        "Cigna, esketamine (Spravato)",
        ("esketamine",),
        ("adult", "mdd", "trials", "psychiatrist", "pdmp"),
        sources.CIGNA_SPRAVATO,
        distinct_classes=True,
        alternate="suicidal_ideation",
        max_improvement=25,
        insurer_words=("cigna",),
        verified=False,
        note="Nonresponse (25% improvement or less) to at least two antidepressants from "
        "different classes, each at least 6 weeks at a therapeutic dose in the current episode; "
        "a psychiatrist prescribes; the state's prescription monitoring record is checked. A "
        "separate path covers major depression with acute suicidal thoughts. Read from a "
        "summary of the policy, not Cigna's own document.",
    ),
    CriteriaSet(
        "uhc-esketamine",
        "UnitedHealthcare, esketamine (Spravato)",
        ("esketamine",),
        ("mdd", "trials", "clinician_scale"),
        sources.UHC_SPRAVATO,
        insurer_words=("united", "uhc"),
        verified=False,
        note="Asks for a baseline on a clinician-rated scale (HAM-D 17, QIDS-C16 or MADRS). Read "
        "from a 2020 Community Plan version of the policy; the current commercial wording is "
        "unverified.",
    ),
    CriteriaSet(
        "tricare-esketamine",
        "TRICARE, esketamine (Spravato)",
        ("esketamine",),
        ("adult", "mdd", "trials", "rems"),
        sources.TRICARE,
        plan_types=("tricare",),
        verified=False,
        note="TRICARE covers esketamine under the medical benefit, with prior authorization, for "
        "treatment-resistant depression (adults, in the REMS program); other forms of ketamine "
        "are not covered. Its contractors' pages don't publish the trial count: two, the general "
        "reading, is checked. Ask for the contractor's Spravato attestation form.",
    ),
    CriteriaSet(
        "texas-medicaid-esketamine",
        "Texas Medicaid, esketamine (Spravato)",
        ("esketamine",),
        ("adult", "mdd", "trials", "psychiatrist", "rems"),
        sources.TEXAS_MEDICAID_SPRAVATO,
        alternate="suicidal_ideation",
        plan_types=("medicaid",),
        states=("TX",),
        verified=False,
        note="Adults 18 or older; prescribed by or with a psychiatrist; the setting, pharmacy "
        "and patient in the Spravato REMS. A second path covers major depression when the "
        "prescriber's evaluation shows suicidal ideation with intent or a need for hospital "
        "care, with an oral antidepressant and a baseline score attested. The trial count sits "
        "in the provider manual we could not read: two, the general reading, is checked.",
        renewal="The 2019 notice says prior authorization may be approved for six months.",
    ),
    CriteriaSet(
        "bcbsnd-esketamine-2",
        "BCBS North Dakota, esketamine (the later version: two trials)",
        ("esketamine",),
        ("mdd", "trials"),
        sources.BCBSND,
        insurer_words=("blue cross", "bcbs"),
        states=("ND",),
        verified=False,
    ),
    CriteriaSet(
        "bcbsnd-esketamine-3",
        "BCBS North Dakota, esketamine (the earlier version: three trials and augmentation)",
        ("esketamine",),
        ("mdd", "trials", "augmentation"),
        sources.BCBSND,
        min_trials=3,
        augmentation=ANY_SECOND_AGENT,
        insurer_words=("blue cross", "bcbs"),
        states=("ND",),
        verified=False,
    ),
)


@dataclass(frozen=True)
class PolicyGap:
    """A payer whose criteria for a treatment we looked for and could not read: said plainly,
    with what the patient can do, while the general definition is checked."""

    insurer_words: tuple[str, ...]
    treatments: tuple[str, ...]
    says: str


POLICY_GAPS = (
    PolicyGap(
        ("aetna",),
        ("esketamine",),
        "We haven't found Aetna's published criteria for esketamine: they sit in its pharmacy "
        "policies, not in its ketamine bulletin (CPB 0938). Ask Aetna, or your prescriber's "
        "office, for Aetna's Spravato policy by name and choose the closest set below once you "
        "have read it. Until then the general definition is checked.",
    ),
)


def policy_gap(treatment, insurer):
    """What we could not find for this insurer and treatment, or ''."""
    insurer = insurer.lower()
    for gap in POLICY_GAPS:
        if treatment in gap.treatments and any(w in insurer for w in gap.insurer_words):
            return gap.says
    return ""


def criteria_choices():
    """The sets a patient can choose as their plan's policy (blank: chosen from the plan)."""
    return [("", "Let the app choose from your plan")] + [(c.key, c.name) for c in CRITERIA_SETS]
