"""A reason worded as no rule knows it, read where the letter says outright that this is its
reason: "We denied the sessions because …", "Reason for our decision: …", "…, so we cannot pay
for it". What the words after that name says which kind. Only a sentence in which no rule found
a reason is read this way, and never one that gives none (a conditional, a denial of a reason,
rights): the wording rules come first, this is the net under them."""

import re

from .plain import plain
from .wording import FOR_EXAMPLE

# A decision against the person, then the words that say why.
DENIED = (
    r"\b(denied|denying|deny|said no|uph[eo]ld(ing)?|not (be )?(approved|covered|paid|payable|"
    r"certified|authori[sz]ed)|(cannot|can't|will not|won't) be (paid|approved|covered)|(cannot|"
    r"can't|could not|couldn't|will not|won't|(are|were|was)? ?unable to|did not|didn't|do not|"
    r"does not) (approve|pay|cover|authori[sz]e|certify))\b"
)
BECAUSE = re.compile(
    rf"{DENIED}[^.;]{{0,140}}?\b(because|since|due to)\b(?!\s+of\s+the\s+reasons?\b)(?P<why>.+)",
    re.I,
)
# "Reason for our decision: …", "Why: …", "Rationale: …" at the start of a sentence.
LABEL = re.compile(
    r"^\W*(the )?((denial |decision )?reasons?( (for|of) (the |our |this |your )?(denial|"
    r"decision|determination|non-?certification))?|why( we (said no|denied( this| it| them| "
    r"your request)?|made this decision))?|rationale|basis( for (the |our |this )?(decision|"
    r"denial))?)\s*(is that\b|[:–—-])\s*(?P<why>.{12,})",
    re.I,
)
# "…, so we cannot pay for it" / "…, so the claim was denied": the why comes first.
SO = re.compile(
    rf"^(?P<why>.{{12,}}?)[,;]? (and )?(so|therefore|(which|that|this) is why)\b[^.]{{0,60}}"
    rf"{DENIED}",
    re.I,
)

# What the reason's words name, the most particular first: the first that matches is the kind.
CUES = (
    # the criteria named unmet: "does not meet the coverage rules for esketamine under Part B"
    ("criteria_not_met", r"\b(does|do|did) not (meet|satisfy|fulfil)"),
    (
        "experimental",
        r"\bnot (been )?(FDA[- ])?approved (by the FDA|for (this|the) use)|\b(no|insufficient|"
        r"not enough|limited|lack of|inadequate) (scientific |clinical |medical |"
        r"published )?evidence\b|\bnot (been )?proven\b|\bunproven\b|\bexperimental|"
        r"investigational",
    ),
    (
        "dose_frequency",
        r"\bmore (sessions|treatments|doses|visits|devices|units|kits) than\b|\b(more|"
        r"fewer) than (the )?(\w+ )?(number|limit|quantity|dose|doses|sessions?|times|once|twice|"
        r"one|allowed|permitted)\b(?! (years?|months?|days?)\b)|\b(higher|more|"
        r"greater) than the (most|maximum|max|limit|largest)\b|\b(exceeds?|exceeded|"
        r"over) (the )?(\w+ )?(limit|number|quantity|dos\w+|frequency)\b|\bquantity limit|"
        r"\bfrequency\b|\bhow often\b",
    ),
    (
        "no_prior_auth",
        r"\b(no|without|missing|not|never)\b[^.]{0,40}\b(prior |pre-?)?(authori[sz]ation|approval|"
        r"precertification|referral)\b|\bbefore\b[^.]{0,40}\b(asked|requested|approval|"
        r"authori[sz]ation)\b|\b(approval|authori[sz]ation)\b[^.]{0,60}\b(ended|expired|starts?|"
        r"started|does not cover|did not cover)\b|\bpre-?cert\w*|"
        r"\brequires? prior authori[sz]ation\b|\bapproved (dates|sessions|period)\b",
    ),
    (
        "missing_docs",
        r"^\W*without (them|it|these|those|the (records|notes|information))\b|\bno way to (check|"
        r"tell|review|confirm)\b|\b(did not|didn't|never|not|failed to) (receive|reach|"
        r"arrive)\w*\b|\b(did not|didn't|never|not|failed to) (get|send|submit|"
        r"provide)\w* (us )?(the |any |your |those |these )?([\w-]+ )?(records?|notes|information|"
        r"forms?|scores?|statement|documents?|documentation)\b|\b(never|not) (came|come) (to us|"
        r"in)\b|\bhear back\b|\b(was|were|has|have|had) (not|never) (yet )?(been )?(received|sent|"
        r"provided|submitted|returned)\b|\bno (response|reply|answer)\b|\b(did not|didn't) have "
        r"(the|enough|any) (information|records|documentation)\b",
    ),
    (
        "coding_error",
        r"\bmodifier|\bNDC\b|\b(invalid|incorrect|wrong|mismatch\w*|not valid|inconsistent|"
        r"unlisted)\b[^.]{0,40}\b(codes?|units?|diagnos\w+|modifiers?)\b|\b(codes?|units?|"
        r"diagnos\w+)\b[^.]{0,50}\b(invalid|incorrect|wrong|not valid|not accepted|inconsistent|"
        r"(do|does|did)(n't| not) match|(is|was) not (a )?valid)\b|\b(do|does|"
        r"did) not match\b[^.]{0,40}\b(codes?|units?|billed)\b|\bbilled (with|as|"
        r"under) (the )?(codes?|units?)\b",
    ),
    (
        "other",
        r"\bpays? first\b|\bprimary (payer|insurance|coverage|plan)\b|\b(is|are) (the )?primary\b|"
        r"coordination of benefits|\b(other|another) (insurance|coverage|plan|insurer|"
        r"group health plan|payer)\b|\bPart [BD]\b(?![^.]{0,30}\bfor this (use|condition|"
        r"diagnosis)\b)|\b(pharmacy|prescription drug) benefit|"
        r"\bduplicate|\balready includes?\b|\btwice\b[^.]{0,20}\b(billed|paid|claim)|\b(billed|"
        r"paid|submitted)\b[^.]{0,40}\b(twice|already|again)\b|\balready (been )?paid\b|"
        r"\bincluded in (the )?(payment|rate|fee|allowance|per diem|bundle)\b|\bpaid separately\b|"
        r"\bbundl\w+|\bpart of (the|another|an?|that)\b[^.]{0,30}\b(session|service|visit|"
        r"procedure|payment)\b|\b(before|after) (your|the) coverage\b|\bcoverage (started|ended|"
        r"began|begins|ends)\b|\b(not|was not|were not) (eligible|enrolled)\b|\benrolled in\b|"
        r"\bcarve|\bmust be (sent|billed|submitted) to\b|\b(wrong|correct) (plan|payer|insurer)\b|"
        r"\btimely filing\b|\bfiled (too )?late\b|\b(received|filed|"
        r"submitted)\b[^.]{0,80}\b(years?|days|months) after\b",
    ),
    (
        "out_of_network",
        r"\bout[- ]of[- ]network\b|\bnon-?(participating|contracted|network|par)\b|\bnot (a |"
        r"an )?(participating|contracted|network|in-network|plan)\b[^.]{0,20}\b(provider|clinic|"
        r"doctor|facility)|\bnot (in|part of) (our|the|your plan's|its) network\b",
    ),
    (
        "step_therapy",
        r"\btried first\b|\bfirst (try|tried)\b|\bstep\b|\badd-on\b|\baugment\w*|\b(other|another|"
        r"alternative) (drugs?|medicines?|medications?|treatments?)\b[^.]{0,40}\bfirst\b",
    ),
    ("criteria_not_met", r"\b(criteria|criterion|polic(y|ies)|guidelines?)\b|\brequires?\b"),
    (
        "not_necessary",
        r"\bmedical(ly)? necess|\bimprov\w+|\brespon(se|ded|ding)\b|\bno longer need|"
        r"\bremission\b|\bnot needed\b",
    ),
    (
        "exclusion",
        r"\bnot (a )?covered\b|\b(does|do) not cover\b|\bexclu\w+|\bnot (a )?(benefit|payable)\b|"
        r"\bnon-?covered (service|benefit|drug|item|treatment)s?\b",
    ),
)
CUE_PATTERNS = tuple((kind, re.compile(pattern, re.I)) for kind, pattern in CUES)


# An earlier decision's reason, told again: "The original request was denied on January 16,
# 2026 because …", "Our first-level appeal decision upheld the denial because …".
EARLIER = re.compile(
    r"\b(original|earlier|previous|initial|first[- ]level|first|"
    r"prior(?! authori[sz]))\b[^.]{0,40}\b(request|claim|decision|denial|letter|notice|"
    r"review)\b[^.]{0,60}\b(denied|upheld)\b|\b(was|were) first denied\b|"
    r"\bdenied on \w+\.? \d{1,2},? \d{4}\b",
    re.I,
)


def why(sentence):
    """The words a sentence gives as the reason for its decision, or None."""
    if EARLIER.search(sentence):
        return None
    for pattern in (LABEL, BECAUSE, SO):
        if match := pattern.search(sentence):
            basis = pattern is LABEL and re.match(r"\W*basis\b", match.group(), re.I)
            if basis and CITATION.match(match.group("why")):
                return None  # "Basis: Drug Coverage Policy IP 0412, Esketamine": its source
            if METHOD.match(match.group("why")):
                return None  # "Reason: We reviewed your request using our Guideline X." (how)
            return match.group("why")
    return None


# What a decision rests on, named without a word of why: "Cigna Drug Coverage Policy IP 0412,
# Esketamine (Spravato); prescribing information, Dosage and Administration".
CITATION = re.compile(
    r"^(?![^.]*\b(not|no|never|without|only|more|fewer|less|exceeds?|is|are|was|were|has|have|"
    r"had|does|did)\b)[^.]*\b(polic(y|ies)|guidelines?|criteria|prescribing information|"
    r"section|rule|regulations?|C\.?F\.?R\.?|code)\b",
    re.I,
)


# How the request was reviewed, and no more: "We reviewed your request using our Clinical UM
# Guideline MED.00139, Ketamine for Psychiatric Conditions."
METHOD = re.compile(
    r"^(?![^.]*\b(not|no|never|without|only|more|fewer|less|exceeds?|because|found|shows?)\b)\W*"
    r"(we|our [\w ]{2,30}?|the (plan|reviewer|doctor|pharmacist)) (reviewed|evaluated|looked at|"
    r"considered|assessed|compared)\b[^.]{0,80}\b(using|under|against|with|according to|based on)"
    r"\b",
    re.I,
)


# A Part D denial's why: the drug is given under a provider's watch, which Part B pays for.
PART_D = re.compile(r"\bPart D\b")
WATCHED = re.compile(
    r"\b(direct )?(observation|supervision)\b|\b(doctor's|provider's) office\b|\bcertified ("
    r"treatment |health care )?setting\b",
    re.I,
)


def stated_kind(sentence):
    """The kind of a reason a sentence says is the decision's: [kind], or []."""
    words = why(plain(sentence))
    if not words or FOR_EXAMPLE.search(sentence):
        return []
    if PART_D.search(sentence) and WATCHED.search(words):
        return ["other"]
    for kind, pattern in CUE_PATTERNS:
        if pattern.search(words):
            return [kind]
    return []
