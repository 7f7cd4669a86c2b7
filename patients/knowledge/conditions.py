"""Conditions beyond major depression that ketamine is sought for: what our sources say of
each, said plainly where no payer policy or label speaks to it, and what the patient can do."""

from dataclasses import dataclass

from . import sources
from .sources import Source


@dataclass(frozen=True)
class Condition:
    name: str
    prefixes: tuple[str, ...]  # ICD-10-CM code prefixes
    says: str  # what our sources say, or that none speaks to it
    can_do: str  # what the patient can do then
    source: Source | None = None


_DEPRESSION_TOO = (
    "If you also have major depressive disorder, your depression is what the criteria above "
    "check: make sure its diagnosis and treatment history are recorded."
)

CONDITIONS = (
    Condition(
        "Bipolar depression",
        ("F31",),
        "Esketamine's label covers major depressive disorder only, not bipolar depression, and "
        "no payer policy in our sources covers ketamine for bipolar depression.",
        "Expect a denial as not covered or experimental; ask your prescriber about the "
        "treatments labeled for bipolar depression, or about a clinical trial. " + _DEPRESSION_TOO,
        sources.SPRAVATO_PI,
    ),
    Condition(
        "PTSD",
        ("F43.1",),
        "No payer policy in our sources covers ketamine for PTSD, and Aetna's policy 0938 calls "
        "it experimental for PTSD.",
        "Look at the veteran and access programs in step 9, and ask about clinical trials. "
        + _DEPRESSION_TOO,
        sources.AETNA_0938,
    ),
    Condition(
        "Anxiety disorders",
        ("F41",),
        "No payer policy or label in our sources covers ketamine or esketamine for anxiety "
        "disorders.",
        "Plan to pay yourself (see step 9 for help), or ask about clinical trials. "
        + _DEPRESSION_TOO,
    ),
    Condition(
        "Chronic pain (CRPS)",
        ("G90.5",),
        "No payer policy in our sources covers ketamine for complex regional pain syndrome; "
        "pain treatment is decided under a plan's pain-medicine policies, not its mental "
        "health ones.",
        "Ask your pain specialist to request prior authorization under the plan's pain "
        "policy, and ask the plan for that policy's criteria (step 4).",
    ),
)


def conditions_for(codes):
    """The conditions among a case's diagnosis codes that our depression criteria don't cover."""
    return [c for c in CONDITIONS if any(code.startswith(c.prefixes) for code in codes)]
