"""A letter's glossary and keys: what its words mean, not what it decided — an entry
("Experimental ~ a service not proven …", "QL = quantity limit"), a definition ('"Medically
necessary" means …'), and a glossary whose terms stand on lines of their own under its heading."""

import re

# A definition, not a decision: '"Experimental or investigational" means …', 'Medically
# necessary: a service that …'.
DEFINITION = re.compile(
    # (an MSN's "Notes: A A This service …" is a note's letter, not an article)
    r"^\W*[\"“]?(?P<term>[A-Za-z][\w ,/'-]{2,50}?)[\"”]?\s*(:\s+(a|an|any)\s+(?-i:[a-z])|"
    r"\s[-–—]\s+(a|an|"
    r"any) \w+( \w+)? (that|which|who|your|you|we|used)\b|\s(means|refers to|"
    r"is defined as)\b)",
    re.I,
)
# A glossary's entry: the term, a colon or dash, and what it means in lower case.
GLOSSARY = re.compile(
    r"^\W*[\"“]?(medically necessary|medical necessity|experimental|investigational|unproven|"
    r"step therapy|"
    r"prior authori[sz]ation|precertification|out[- ]of[- ]network|in[- ]network|network|formulary|"
    r"exclusion|quantity( or frequency)? limit|frequency limit)\b[\w ,/'()-]{0,30}?[\"”]?\s*"
    r"[:–—~=-]"
    r"\s+(?!not (on file|obtained|found|received|requested)\b)[a-z]",
    re.I,
)
# a key's abbreviation and what it stands for: "QL = quantity limit."
KEY_ENTRY = re.compile(r"^\W*((?i:key)\W+)?\(?[A-Z/]{2,5}\)?\s*[=~]\s*[a-z][\w /-]{0,40}\W*$")


# What a glossary's entry may begin with in capitals: "Items and procedures that …".
MEANING = re.compile(
    r"(a|an|any|items?|services?|health care|care|drugs?|treatments?|procedures?|supplies|those|"
    r"something)\b",
    re.I,
)


# An item of a list of what counts as a denial, said as doing: "Denying a request to get services
# outside the network when …", "Reducing or stopping a service you already get".
# (not a decision said so: "Denying coverage of Spravato because the records do not show …")
WHAT_COUNTS = re.compile(
    r"^\W*(denying|reducing|stopping|suspending|ending|limiting|refusing|failing to|not (paying|"
    r"approving|covering))\b(?![^.]*\b(because|due to|since|as (our|the|your plan's) \w+ "
    r"requires?)\b)",
    re.I,
)

# A glossary's entry with a tilde between the term and its meaning, which no decision uses:
# "Non-covered service ~ a service your benefit plan does not pay for …" (not "Reason ~ …").
TILDE_ENTRY = re.compile(
    r"^\W*(?!(reasons?|why|decision|determination|outcome|result|denial|status)\b)"
    r"(?-i:[A-Z])[\w /'-]{2,40}(?<!\bis)(?<!\bare)(?<!\bnot)\s~\s+(?-i:[a-z])",
    re.I,
)


# A footnote's mark before the term it defines: "3 Experimental or investigational: a drug …"
# (a superscript ³ as text normalised reads it), "† Non-network provider: a provider …".
FOOTNOTE_MARK = re.compile(r"^\W*?(\d{1,2}|[*†‡§])\s+(?=[A-Z])")


def is_definition(sentence):
    sentence = FOOTNOTE_MARK.sub("", sentence)
    if KEY_ENTRY.match(sentence) or WHAT_COUNTS.match(sentence) or TILDE_ENTRY.match(sentence):
        return True
    sentence = re.sub(
        r"(?i)^\W*(definitions?|glossary|key terms)\b([^:]{0,30}:|\s+[-–—])\s*", "", sentence
    )
    if GLOSSARY.match(sentence) and sentence.lstrip(' "“')[:1].isupper():
        entry = re.split(r"\s*[:–—~=-]\s+", sentence, maxsplit=1)
        # "Step therapy applies - member must first try …" says what applies, not what it means
        said = re.search(r"\b(appl(y|ies|ied)|requires?|required|is|are|was|were|not)\b", entry[0])
        if len(entry) == 2 and (entry[1][:1].islower() or MEANING.match(entry[1])) and not said:
            return True
    match = DEFINITION.match(sentence)
    return bool(match) and not re.search(
        r"\b(reasons?|why|what|this|that|it|which|decision|is|are|was|were)\b|\d",
        match.group("term"),
        re.I,
    )


# A glossary's heading: "Words to know", "Terms used in this letter", "Definitions",
# "UNDERSTANDING YOUR EOB - WORDS WE USE".
GLOSSARY_HEADING = re.compile(
    r"^\W*((?-i:[A-Z][A-Z ]{2,30}) [-–—:] )?((words|terms) (to know|we use|used in this (letter|"
    r"notice|statement))|glossary|definitions|key terms|helpful terms)\b"
    r"(.{0,30}|\s[-–—:]\s.{0,80})$",
    re.I,
)
# Past a glossary: the claim's own facts (a date, a number) or the letter's decision.
PAST_GLOSSARY = re.compile(
    # (not a term's meaning: "… may be denied", "Not covered by law.", "Services that are not
    # medically necessary are not covered.")
    r"\d|\b((?<!may be )(?<!can be )denied|decided|reviewed|approved?|because|cannot|can't|"
    r"(?<=\w )(?<!\bare )not covered|this (claim|"
    r"request|letter|notice)|your (claim|request|appeal))\b|^\W*(why|our decision|the reasons?|"
    r"reasons? for)\b",
    re.I,
)


def glossary(sentences):
    """The sentences of a glossary whose terms stand on lines of their own, each with what it
    means below it ("Medically necessary" / "Care that is needed to …"): from its heading up to
    the claim's facts or the letter's decision; and a plan document's exclusions quoted."""
    inside, found = False, set()
    for number, sentence in enumerate(sentences):
        if GLOSSARY_HEADING.match(sentence):
            inside = True
        elif PAST_GLOSSARY.search(sentence):
            inside = False
        if inside:
            found.add(number)
    return found | exclusions_quoted(sentences)


# A plan document's list of exclusions, quoted after its own words: "Except as otherwise stated in
# this Plan, no benefits are payable for:", "The Plan does not pay benefits for the following, even
# if …:" (not the letter's: "Your request is denied under this exclusion:")
EXCLUSIONS_LEAD = re.compile(
    r"^(?![^:]*\b(denied|because|your (request|claim|appeal)|this (request|claim|appeal))\b)"
    r"[^:]*\b(no benefits (are|will be) (payable|paid|provided)|(does|do|will) not (pay|provide) "
    r"benefits|the following (are|is) (excluded|not covered))\b[^:]*:\W*$",
    re.I,
)
# its items, numbered as the document numbers them: "(14) Experimental …", "8.4 Experimental …"
NUMBERED = re.compile(r"^\W{0,2}(\(\d{1,3}\)|\d{1,2}\.\d{1,3}|\(?[a-z]{1,2}\))\s")
# where the letter speaks again
OWN_WORDS = re.compile(r"\b(we|our|us)\b|^(?-i:[A-Z][A-Z ,&'-]{6,})$", re.I)


def exclusions_quoted(sentences):
    found, listing = set(), False
    for number, sentence in enumerate(sentences):
        if EXCLUSIONS_LEAD.match(sentence):
            listing = True
        elif listing and NUMBERED.match(sentence):
            found.add(number)
        elif OWN_WORDS.search(sentence):
            listing = False
    return found
