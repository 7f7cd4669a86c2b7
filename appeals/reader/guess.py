"""The reader's last resort: where the rules find no reason in a letter's decision, the words of
its decision's first sentence that says no, read loosely, for a guess the patient confirms. Every
letter gives a reason; a guess shown with its sentence is quicker to check than an empty list.

Written on the first reads of dev letters in which the rules of the day found nothing (on those
39, with their answers in view: 23 right, 3 wrong, 13 left empty); a guess is marked as one
(`GUESS`), and the review page says so beside it."""

import re

# Each kind's words, loosely, most telling first: a sentence that names two is the first's.
LOOSE = [
    ("other", r"\bPart B\b[^.]*\bPart D\b|\bPart D\b[^.]*\bPart B\b|\bmedical benefit\b[^.]*\b("
     r"pharmacy|prescription)\b|\b(pharmacy|prescription)\b[^.]*\bmedical benefit\b|"
     r"\bworkers'? comp|\bpayer of last resort\b|\bduplicate\b"),
    ("missing_docs", r"\b(records?|notes|information|documentation|documents)\b[^.]*\b(not (been )?"
     r"received|weren't received|wasn't received|did not (get|receive)|didn't (get|receive)|(were|"
     r"was|have|has) not (been )?(sent|provided|submitted|received)|never (came|arrived))|"
     r"\b(have|has) not received\b|\bnever (sent|provided|submitted)\b[^.]*\b(records?|notes|"
     r"information|documentation)\b"),
    ("coding_error", r"\b(codes?|modifier)\b[^.]*\b(not valid|invalid|(does|do) not describe|wrong|"
     r"incorrect|(does|do) not match|not correct)\b"),
    ("criteria_not_met", r"\b(criteria|criterion|requirements?|guidelines?|polic(y|y's|ies))\b[^.]*"
     r"\b(not (been )?(met|satisfied|documented)|falls? short|(does|do) not meet|isn't met)\b|"
     r"\b(not|isn't) (met|satisfied)\b[^.]*\b(criteria|requirements?|policy)\b|\bfalls short of\b"),
    ("dose_frequency", r"\b(this many|more (sessions|treatments|often|frequent)|more than (one|two|"
     r"three|\d+) (sessions?|treatments?|times|doses?)|(second|third) (one|session|treatment) "
     r"(billed )?(in|for) (the|that|one)|times on the same day)\b|\blimits?\b[^.]{0,40}\bto (\d+|"
     r"one|two|three|four) (kits?|sessions?|doses?|treatments?|units?)\b"),
    ("no_prior_auth", r"\b(no|without( an?)?|never (got|obtained|requested)) (prior (approval|"
     r"authorization)|precertification|pre-?approval|preauthorization)\b(?! (is|was) (needed|"
     r"required))|\bprior authori[sz]ation\b[^.]{0,30}\bnone (was|were) (requested|obtained)\b|"
     r"\b(prior (approval|"
     r"authorization)|precertification|pre-?approval|preauthorization)\b[^.]{0,60}\b(not|never) "
     r"(obtained|requested|issued|in place|on file|submitted|received)\b|\b(receive|received|"
     r"submitted|requested)\b[^.]{0,40}\b(after|until)\b[^.]{0,90}\b(given|started|began|"
     r"provided)\b|\bnot notified\b"),
    ("step_therapy", r"\b(tr(y|ied) (first|before)|first try|must first|step therapy)\b"),
    ("out_of_network", r"\bout[- ]of[- ]network\b|\bnot (in|part of) (the |our |your )?"
     r"[\w&' ]{0,30}network\b|\bnon-?(participating|contracted|network)\b|\bnot (a )?("
     r"participating|contracted|network) (provider|clinic|doctor|pharmacy)\b|\boutside (the|our|"
     r"your) network\b"),
    ("experimental", r"\b(experimental|investigational|unproven)\b"),
    ("not_necessary", r"\b(medically|reasonable and) necessary\b|\bnot necessary\b"),
    ("exclusion", r"\b(not covered|(does|do|doesn't|don't|won't|will not) (pay for|cover)|not a "
     r"(covered )?benefit|excluded|exclusions?|not (a )?Part D drugs?|aren't Part D)\b"),
]  # fmt: skip
LOOSE = [(kind, re.compile(pattern, re.I)) for kind, pattern in LOOSE]
# A sentence that says no, or why.
SAYS_NO = re.compile(
    r"\b(because|due to|reason|so (it|this|the|we)|denied|deny|denying|not (approve|cover|pay)|"
    r"cannot|can't|won't|doesn't|didn't|not|never|unable|wrong|only|must first|upheld|uphold|"
    r"falls short|isn't|aren't|no prior|none)\b",
    re.I,
)


# What asks or supposes rather than decides: "Call us if you have not received the forms".
ASKS = re.compile(r"\b(if|unless)\b|^\W*(call|contact|ask|please|you (may|can|should))\b", re.I)


def loose_kind(sentence):
    """The kind a sentence that says no names loosely, if any."""
    if not SAYS_NO.search(sentence) or ASKS.search(sentence):
        return None
    return next((kind for kind, words in LOOSE if words.search(sentence)), None)
