"""A sentence in the words the reason phrases are written in: straight quotes, contractions
spelt out, the one step by its several names, a reviewer's hedge taken out, a decision told in
the past put in the present."""

import re

STRAIGHT = str.maketrans("‘’“”", "''\"\"")
# "isn't", "didn't", "can't", "won't": read as "is not", "did not", "cannot", "will not", the
# words the phrases are written in.
CONTRACTED = re.compile(
    r"\b(is|are|was|were|has|have|had|does|do|did|could|would|should|must|need)n't\b", re.I
)

PRIOR_AUTHORIZATION = re.compile(
    r"\b(pre-?authori[sz]ation|pre-?certification|prior approval|pre-?approval)\b", re.I
)

# A decision told in the past ("the clinic did not participate in our network", "coverage was
# limited to one session a week"), in the present tense the phrases are written in.
TENSES = [
    (re.compile(r"\bdid not (cover|participate)\b"), r"does not \1"),
    (re.compile(r"\bwas (not )?(limited|(?<=not )covered|excluded)\b"), r"is \1\2"),
    (re.compile(r"\bwere (not )?(limited|(?<=not )covered|excluded)\b"), r"are \1\2"),
    (re.compile(r"\bhad not (yet )?been (tried|completed|met|satisfied)\b"), r"has not \1been \2"),
]
# A past that is over: what the plan did then is not what it does now.
THEN = re.compile(r"\b(before|until|previous(ly)?|formerly|last year|in 20\d\d)\b", re.I)

# A reviewer's hedge before the finding: "is not found to be medically necessary", "is
# considered investigational", "does not currently meet", "is, at this time, not".
HEDGE = re.compile(
    r"\b(is|are|was|were|not|does not|do not|did not)(,? at this time,?| currently| presently)? "
    r"(currently |presently )?((found|considered|deemed|determined|shown|felt|judged|thought) "
    r"(to be )?)?(?=(not |medically|experimental|investigational|unproven|covered|a covered|"
    r"eligible|reasonable|meet|met|valid|consistent|satisf))",
    re.I,
)


def plain(sentence):
    """The sentence with straight quotes and its contractions spelt out, for the phrases."""
    sentence = sentence.translate(STRAIGHT)
    sentence = re.sub(r"\b([Cc])an't\b", r"\1annot", sentence)
    sentence = re.sub(r"\b([Ww])on't\b", r"\1ill not", sentence)
    # "medically-necessary", "pre-authorization": the words as the phrases spell them
    sentence = re.sub(
        r"\b(medically)-(necessary|needed|appropriate)\b", r"\1 \2", sentence, flags=re.I
    )
    sentence = re.sub(r"\b(pre)-(authori[sz]|certif)", r"\1\2", sentence, flags=re.I)
    # the one step by its several names: "precertification", "preauthorization", "prior approval"
    sentence = PRIOR_AUTHORIZATION.sub("prior authorization", sentence)
    sentence = HEDGE.sub(r"\1 ", sentence)
    if not THEN.search(sentence):  # "before that date, your plan did not cover it"
        for pattern, present in TENSES:
            sentence = pattern.sub(present, sentence)
    # a letter to the provider: "more than the member's plan allows" is "your plan"
    sentence = re.sub(r"\bthe (member|patient|enrollee|beneficiary)'s\b", "your", sentence)
    return CONTRACTED.sub(r"\1 not", sentence)
