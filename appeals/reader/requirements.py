"""A requirement a letter states and then shows unmet — "The criteria call for two
antidepressant trials. Your records show one." — which gives the criteria unmet where no
sentence near it names a reason of its own."""

import re

from .stated import stated_kind
from .wording import ADD_ON, NO_RESPONSE, kinds_in

# A requirement stated, then shown unmet in the sentences after it: "The criteria call for two
# antidepressant trials. Your records show one." / "… is required. This was not documented."
REQUIREMENT = re.compile(
    r"\b(criteria|criterion|policy|guidelines?)\b[^.]{0,160}\b(must|requires?|required|"
    r"calls? for|asks? that)\b|\brequires? a diagnosis of\b|\b(policy|criteria|"
    r"guidelines?)\b[^.]{0,60}\b(does|do) not allow (approval|"
    r"coverage)\b|\b(covers?|(is|are) covered)\b[^.]{0,60}\bonly (when|if|for)\b|"
    r"\bonly covers?\b|\b(plan|"
    r"policy) covers? (it|this (drug|medicine|medication|service)|spravato|esketamine|ketamine|"
    r"continued use)\b[^.]{0,20}\b(when|if)\b",
    re.I,
)
SCHEDULE = re.compile(
    r"\b(a|per|each|every) (day|week|month|two weeks)\b|\bschedule\b|weekly\b|\b(daily|monthly)\b",
    re.I,
)
SHOWN_UNMET = re.compile(
    r"^\W*(you are|the (member|patient) is) \d{1,2}( years old)?\b|"
    r"^\W*the (physician )?reviewer noted\b|^\W*((your|the|our) ([\w'’-]+ )?(records?|prescriber|"
    r"request|documentation|chart|form|(office )?notes|pharmacy (claims|records)|medication list|"
    r"information)\b[^.]{0,40}\b(shows?|showed|says?|lists?|indicates? (neither|no|none)|said|"
    r"states?|is an?|do not|does not|did not|only)\b|(this|that|these|it)\b[^.]{0,20}\b(was|"
    r"were|is|are|has|have) not (been )?(documented|shown|met|provided|found|submitted))",
    re.I,
)

NEGATIVE = re.compile(r"\b(not|no|only|never)\b", re.I)
TRIED = re.compile(r"\b(try|tried|trials?)\b", re.I)


def requirements_unmet(sentences, kinds, silent):
    """The reason of a requirement the next three sentences show unmet, where none of them
    names a reason of its own; `silent` are the sentences that can give none."""
    for number, sentence in enumerate(sentences):
        if kinds[number] or silent[number] or not REQUIREMENT.search(sentence):
            continue
        if stated_kind(sentence):
            continue  # "… because the policy requires that you first take …": its own reason
        just_given = [kind for found in kinds[max(0, number - 2) : number] for kind in found]
        if "dose_frequency" in just_given and SCHEDULE.search(sentence):
            continue  # the schedule a dose reason just given rests on, not a reason of its own
        if "step_therapy" in just_given and re.search(
            r"\b(this|that) ([\w-]+ )?(trial|step)\b", sentence, re.I
        ):
            continue  # what the step just given asks, not a requirement of its own
        if re.match(r"^\W*(this|that|the) (limit|rule|schedule)\b", sentence, re.I):
            continue  # where a limit already given comes from, not a requirement of its own
        # shown unmet in the same sentence: "Esketamine is covered only when it is used together
        # with an oral antidepressant, and the clinic notes you sent state that you stopped …"
        # (not trials, which the steps' and criteria's own words judge)
        rest = (re.split(r", and |, but |; ", sentence, maxsplit=1) + [""])[1]
        if (
            rest
            and SHOWN_UNMET.search(rest)
            and NEGATIVE.search(rest)
            and not TRIED.search(sentence)
        ):
            kinds[number] = ["criteria_not_met"]
            continue
        # shown unmet in the sentences after it, or in the one just before it, in the negative
        for after in [*range(number + 1, min(number + 4, len(sentences))), number - 1]:
            if after < 0 or kinds[after]:
                break
            if SHOWN_UNMET.search(sentences[after]) and (
                after > number or NEGATIVE.search(sentences[after])
            ):
                # (a trial of an add-on the policy calls for first is a step)
                kinds[number] = ["step_therapy" if ADD_ON.search(sentence) else "criteria_not_met"]
                break


def response_judged(sentences, kinds):
    """A response not shown ("does not show that the treatment is helping you") beside a sentence
    that calls more treatment not medically necessary: that judgment is the letter's reason, and
    the response its grounds, not a continuation's criteria of their own."""
    for number, sentence in enumerate(sentences):
        if kinds[number] != ["criteria_not_met"] or not NO_RESPONSE.search(sentence):
            continue
        if "criteria_not_met" in kinds_in(NO_RESPONSE.sub(" ", sentence)):
            continue  # criteria it names besides
        near = kinds[max(0, number - 3) : number] + kinds[number + 1 : number + 3]
        if any("not_necessary" in found for found in near):
            kinds[number] = []


# A schedule the plan allows, said after the request that went past it: "Dr. Halloran asked for
# two sessions every week during this period. After the first eight weeks of treatment, Medical
# Policy 5.01.044 allows sessions no more often than once a week, or once every two weeks".
ALLOWED_SCHEDULE = re.compile(
    r"\b(allows?|covers?|permits?|approves?|pays? for)\b[^.]{0,40}\b((sessions|treatments|visits|"
    r"doses|infusions)\b[^.]{0,20}\b(no more (often|frequently) than (once|one)|(once )?every "
    r"(2|two|other|3|three) weeks?|once (a|per|each) week)|(one|1) ([\w-]+ )?(session|treatment|"
    r"visit|dose|infusion) (a|per|each) week)\b",
    re.I,
)
# … just after a request for more, or for the part not approved.
PAST_IT = re.compile(
    r"\b(asked|asks|requested|requests|ordered)\b[^.]{0,30}\b(two|2|three|3) (sessions|treatments|"
    r"visits|doses|infusions) (a|per|each|every) week\b|\b(asked|asks|requested|requests|"
    r"ordered)\b[^.]{0,30}\b(twice|two times|three times)[- ](a )?week(ly)?\b|"
    r"\b(did not|didn't|could not|cannot|can't) approve the (other|remaining|rest of the|extra) "
    r"([\w-]+ )?(sessions|treatments|visits|doses|infusions)\b|"
    r"^\W*why (the |part of )?(the |this |your )?request (is|was) (still |partly )?denied\W*$|"
    r"\bpart of (the|this|your) request (is|was) (still )?(denied|not approved)\b",
    re.I,
)


def limit_passed(sentences, kinds, silent):
    """A schedule the plan allows, said within two sentences after a request for more than it or
    after the part not approved, where neither names a reason of its own: the limit is the
    letter's reason."""
    for number, sentence in enumerate(sentences):
        if kinds[number] or silent[number] or not ALLOWED_SCHEDULE.search(sentence):
            continue
        before = range(max(0, number - 2), number)
        if any(PAST_IT.search(sentences[at]) for at in before) and not any(
            kinds[at] for at in before
        ):
            kinds[number] = ["dose_frequency"]
