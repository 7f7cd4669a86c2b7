"""Filing after the deadline: the causes a patient can give, and, by plan family and level,
whether a rule lets the forum extend the time for good cause."""

from dataclasses import dataclass

from .. import sources
from ..sources import Source


@dataclass(frozen=True)
class LateCause:
    key: str
    label: str  # the choice the patient makes
    letter: str  # what the letter says, in the patient's voice; "" when the patient explains


# What the patient can say kept them from filing. 42 CFR 405.942(b)(2) weighs the circumstances,
# whether the party was misled, and physical, mental, educational or linguistic limitations;
# (b)(3) names serious illness first. The other causes are facts a patient may state anywhere.
LATE_CAUSES = (
    LateCause(
        "illness",
        "I was seriously ill",
        "I was seriously ill and could not file in time.",
    ),
    LateCause(
        "family",
        "A death or serious illness in my family",
        "A death or serious illness in my immediate family kept me from filing in time.",
    ),
    LateCause(
        "records",
        "Records I needed were lost or destroyed",
        "Records I needed to support this request were lost or destroyed.",
    ),
    LateCause(
        "notice",
        "I received the notice late, or not at all",
        "I did not receive the notice in time to file by the deadline.",
    ),
    LateCause(
        "misled",
        "The plan or an agency gave me wrong or unclear information",
        "I was given incorrect or incomplete information about how or when to file.",
    ),
    LateCause(
        "limitation",
        "A physical, mental, language or reading limitation",
        "A physical, mental, educational or language limitation kept me from filing in time.",
    ),
    LateCause("other", "Something else (explain below)", ""),
)
CAUSE = {c.key: c for c in LATE_CAUSES}
CAUSE_CHOICES = [(c.key, c.label) for c in LATE_CAUSES]


@dataclass(frozen=True)
class Extension:
    """A rule that lets the forum accept a late request for good cause."""

    family: str
    events: frozenset
    rule: str  # where the rule says so, for the letter
    source: Source


EXTENSIONS = (
    Extension(
        "medicare",
        frozenset({"file_appeal"}),
        "42 CFR 405.942(b)",
        sources.CFR_405_GOOD_CAUSE,
    ),
    Extension(
        "medicare",
        frozenset({"file_reconsideration"}),
        "42 CFR 405.962(b)",
        sources.CFR_405_GOOD_CAUSE,
    ),
    Extension(
        "medicare_advantage",
        frozenset({"file_appeal"}),
        "42 CFR 422.582(c)",
        sources.CFR_422_GOOD_CAUSE,
    ),
    Extension(
        "part_d",
        frozenset({"file_appeal"}),
        "42 CFR 423.582(c)",
        sources.CFR_423_GOOD_CAUSE,
    ),
)

NO_EXTENSION_RISK = (
    "The federal rules for this plan set no good-cause extension for a late request (apart from "
    "relief announced after a declared disaster): the plan or reviewer may refuse to hear it, "
    "and a refusal can close the levels after it. Send it at once, say why it is late, and keep "
    "proof of the date you sent it."
)
STATE_MAY_EXTEND = {
    "medicaid": " Your state's own rules may allow more time for good cause: ask your state "
    "Medicaid agency.",
}
EXTENSION_NOTE = (
    "A late request can still be heard if you show good cause ({rule}). Your letter asks for "
    "the extension in writing and says why it is late, as the rule requires."
)


def extension_for(family, event):
    """The good-cause rule for filing this level late, or None where the rules give none."""
    return next((x for x in EXTENSIONS if x.family == family and event in x.events), None)


def late_request(family, event, cause_key, explanation):
    """What a late letter says: the cause in the patient's words, and the rule it asks under."""
    cause = CAUSE.get(cause_key)
    extension = extension_for(family, event)
    return {
        "advice": late_advice(family, event),
        "cause": cause.letter if cause else "",
        "explanation": explanation.strip(),
        "extension": {"rule": extension.rule, "source": extension.source.title}
        if extension
        else None,
    }


def late_advice(family, event):
    """What the page says to a patient past a filing deadline."""
    extension = extension_for(family, event)
    if extension:
        return EXTENSION_NOTE.format(rule=extension.rule)
    return NO_EXTENSION_RISK + STATE_MAY_EXTEND.get(family, "")
