"""The wording of each reason kind: the phrases insurers use for it, and which kind a
sentence that names two of them gives."""

import re

from .criteria import NOT_MET_CELL, POLICY_TERMS, POLICY_TITLE
from .phrases import AUTH_ON_FILE, FIRST_STEP_WORDS, NECESSITY_STANDARD, REASON_PATTERNS
from .plain import plain

REASONS = {key: re.compile(p, re.I) for key, p in REASON_PATTERNS.items()}

CRITERIA_WORD = re.compile(
    r"\b(criteria|criterion|clinical (coverage )?(policy|guidelines?)|coverage (policy|"
    r"guidelines?) requirements|medical policy requirements|prior authori[sz]ation requirements|"
    r"requirements (of|in|under) (the |our |"
    r"your plan's )?(medical |clinical |coverage |drug )?polic(y|ies))\b",
    re.I,
)
# The criteria named and said unmet: "does not meet", "were not met", "fails to satisfy".
NEGATION = re.compile(
    r"\b(not|n't|never|fails?|failed|unable to)\b[^.]{0,30}\b(meet|met|satisf\w*|qualif\w*|"
    r"fulfil\w*)\b|\b(meet|met|satisf\w*)\b[^.]{0,25}\bnot\b|\bunmet\b|"
    # "does not line up with the requirements of the guideline"
    r"\bnot (line up|match up|align|conform) (with|to)\b[^.;]{0,40}\b(requirements?|criteria|"
    r"guidelines?|polic(y|ies))\b",
    re.I,
)

# A kind found in a sentence that gives a stronger one is that one's wording, not a reason:
# "non-covered because not deemed a medical necessity" is a medical-necessity denial.
OUTRANKED_BY = {
    "exclusion": (
        "not_necessary",
        "experimental",
        "out_of_network",
        "no_prior_auth",
        "criteria_not_met",
        # "… limited to one session a week, and the Plan does not cover a return to twice-weekly
        # dosing": a limit's wording (no answer file gives both in one sentence)
        "dose_frequency",
    ),
    "missing_docs": ("no_prior_auth",),
    # "The visits are part of the same investigational treatment and cannot be paid on their own"
    "other": ("experimental",),
    # "did not ask us to change the authorization to the 84 mg dose": the authorization's reason
    "dose_frequency": ("no_prior_auth",),
    "coding_error": ("missing_docs", "no_prior_auth"),
    # Criteria unmet *because* of a missing step, a dose or missing records: that is the reason.
    "criteria_not_met": ("step_therapy", "dose_frequency", "missing_docs", "no_prior_auth"),
    # "does not meet the medical necessity criteria of policy X": the policy's criteria.
    "not_necessary": ("criteria_not_met",),
}
# The price, not the amount: "charge exceeds fee schedule/maximum allowable" (CO-45), as OCR
# may spell it.
NOT_DOSE = re.compile(
    r"fee sch\w*|allow\w{1,3}ble|allowed amount|amount (billed|charged)|contract\w*|legisl|"
    r"charges? exceeds?|\bfiling (limit|deadline)|timely filing|"
    r"within (the|this|that|your|our) ([\w'’-]+ ){0,2}(limit|number|amount)",
    re.I,
)


# Whom a rule reaches, not where this care was given: "requires prior authorization, including
# from providers who are not in our network", "in or out of network".
NETWORK_SCOPE = re.compile(
    r"\b(including|even) (from |for |by |at )?(providers?|doctors?|clinics?|pharmac(y|ies)|"
    r"facilit(y|ies)) (who|that) (are|is) not in (our|the|your) network\b|"
    r"\bin[- ]or[- ]out[- ]of[- ]network\b|\bin[- ]network or out[- ]of[- ]network\b|"
    # a table's two columns: "Deductible … In-network  Out-of-network"
    r"\bin[- ]network\s+out[- ]of[- ]network\b",
    re.I,
)
EXPERIMENTAL_IS_UNNECESSARY = re.compile(
    r"\b(experimental|investigational|unproven)\b[^.]{0,40}\b(are|is) (also )?not (considered |"
    r"deemed )?medically necessary",
    re.I,
)
# What is unproven failing the standard of what is covered: the unproven reason, not criteria.
# The criteria a technology assessment weighs the evidence by, not the patient's: "did not meet
# Technology Evaluation Criteria 2 through 5" is the unproven reason.
EVIDENCE_CRITERIA = re.compile(r"\b(technology (evaluation|assessment)|TEC) criteri", re.I)
UNPROVEN_FAILS = re.compile(
    r"\b(experimental|investigational|unproven)\b[^.]{0,40}\b(does|do|did) not meet (that|this|"
    r"the) standard\b",
    re.I,
)
# CARC 16's own words name no reason: the remark code beside it says what was missing or wrong.
CARC_16 = re.compile(
    r"((lacks|is missing) information|information is missing) or (the (claim|service|line) )?has "
    r"(a )?(submi\w*\W{0,3})?bil+ing\b|"
    r"^\W*(CO|PR|OA)?\W{0,2}16\b[^.;]{0,12}\b(claim|service|"
    r"claim/service) lacks information\b(\s*or has submi\w*\W{0,3}bil+ing\b)?",
    re.I,
)


# The criteria of an exception to the network: "the exception criteria are not met".
NETWORK_EXCEPTION = re.compile(
    r"\bnetwork (exception|adequacy)|\bexception to (the|our|your plan's) network|"
    r"\bout[- ]of[- ]network (exception|approval)|\b(rules|criteria|requirements?|conditions) for "
    r"(out[- ]of[- ]network|non-?network) (care|services|coverage|providers?|benefits)\b|"
    r"\bout[- ]of[- ]network\b[^.]{0,80}\bexcept\b[^.]{0,80}\b(does|do|did) not (meet|qualify "
    r"for) (that|the|this|an?) exception\b|"
    # "… available from LocalPlus providers …, so the conditions for an exception are not met"
    r"^(?![^.]*\b(step therapy|formulary|tier(ing)?|quantity|prior authori[sz]ation)\b)[^.]*\b"
    r"((network|plan|local\w*|nearby|participating|contracted)\b[^.]{0,40} providers?\b|"
    r"\bproviders? (in|within|near|from) (our|your|the plan's|the)? ?(network|area|\d+ miles)\b)"
    r"[^.]{0,160}"
    r"\b(conditions|criteria|requirements?) for (an? |the )?exception\b",
    re.I,
)
# An HMO's approval to see a provider outside its network is the network's reason, not prior
# authorization's: "there was no approval on file for you to see this clinic".
SEE_OUTSIDE = re.compile(
    r"\b(approval|authori[sz]ation|referral)\b[^.]{0,30}\bto (see|use|visit|go to) (this|that|"
    r"the|an?|your) ([\w-]+ ){0,3}(clinic|provider|doctor|specialist|facility|pharmacy)\b",
    re.I,
)
# Fewer antidepressant trials than a policy asks for is its criteria unmet, even in words of
# trying first ("you must have tried at least two different antidepressants"); a drug or
# treatment of another kind to try first is a step.
TRIALS_COUNTED = re.compile(
    r"\b(two|2|three|3|a second|another|second)\b[^.]{0,30}\bantidepressants?\b|"
    r"\bsecond (full |adequate )?trial\b",
    re.I,
)
# the trials counted against the number asked for: "tried only one antidepressant …", "a second
# full trial of a different antidepressant … is still needed"
ONLY_ONE_TRIED = re.compile(
    r"\b(tried|taken|had|lists?|shows?|documents?) (only )?(one|1|a single)[\s.]([\w-]+ )?"
    r"antidepressant\b|\bsecond (full |"
    r"adequate )?trial of (a |an )?(different |other )?antidepressant\b",
    re.I,
)
FIRST_STEP = re.compile(FIRST_STEP_WORDS, re.I)
# how good a trial must be, in plain words: "first try at least two antidepressant medicines long
# enough and at a high enough dose" asks for the policy's count of trials, not for a step (a
# checklist's "first try … two different antidepressants at an adequate dose" may be its step)
ADEQUATE = re.compile(r"\blong enough\b|\bhigh enough (dose|doses)\b", re.I)
ADD_ON = re.compile(r"\b(add-on|augment\w*|adjunct\w*)\b", re.I)
NOT_MET = re.compile(NOT_MET_CELL)
STEP = re.compile(
    r"augment|add-on|adjunct|aripiprazole|quetiapine|brexpiprazole|lithium|liothyronine|thyroid|"
    r"\bTMS\b|transcranial|\bECT\b|electroconvulsive|psychotherapy|preferred|formulary|"
    r"step therapy|\bstep\b|\bfirst (try|tried)\b|\btried first\b|"
    r"\bcovered (under|by|on) (your|the)\b",
    re.I,
)


# "Your other plan pays first, so we need its explanation of benefits": the EOB is missing.
OTHER_PLANS_EOB = re.compile(r"\b(explanation of benefits|EOB|remittance)\b", re.I)


# No response shown to the treatment so far: the continuation's criteria unmet, unless the
# letter calls it not medically necessary for that reason.
NO_RESPONSE = re.compile(
    r"\b(does|do) not show (a |any |the )?(clinical |measured |measurable |meaningful |"
    r"significant |documented )?(response|improvement|benefit)\b|"
    r"\b(does|do) not show that you (got|get|are getting) better\b|"
    r"\b(does|do) not show that (the|this|your) (treatment|therapy|medicine|medication|drug|"
    r"spravato|esketamine|ketamine) (has )?(helped|worked|is (helping|working))\b",
    re.I,
)
# Medicare's local coverage, a finding of what is reasonable and necessary there: "Ketamine
# infusions to treat depression are not covered by Medicare in this area."
LOCAL = re.compile(r"\bnot covered by Medicare in (this|your) (area|region|state)\b", re.I)
# Not covered under the pharmacy benefit because it is under the medical one: where to bill it.
OTHER_BENEFIT = re.compile(
    # (not a list of what a benefit excludes: "lists … among the services that are not covered
    # under the medical benefit")
    r"(?<!that are )(?<!which are )\bnot covered (under|by|through) (your|the) (part d )?(pharmacy|"
    r"medical|prescription drug) benefit\b(?! rider)|"
    # "a drug covered under Part B as prescribed (42 CFR 423.100) is not a Part D drug"
    r"\bpart b\b(?:[^.]|\.(?=\d)){0,160}\bnot an? (covered )?part d drug\b|"
    # "Spravato is not a Part D drug when it is used the way it must be used": the way it is given
    # (not a use outside the label: "not a medically accepted indication …, so it is not a Part D
    # drug when used this way")
    r"^(?![^.]*\b(medically accepted|FDA|off-label|compendi\w*|references)\b)[^.]*\bnot an? "
    r"(covered )?part d drug when (it is |it's )?(used|given|administered|taken) (the way|in (a|an|"
    r"your|the) [\w' ]{0,30}(office|setting|clinic|center)|under)\b",
    re.I,
)


# Reasons given as examples of what may happen: "… for example because a service was not …"
FOR_EXAMPLE = re.compile(r"\b(for example|for instance|e\.g\.),? (because|if|when)\b", re.I)
# Kinds offered as choices, not given: three things each with its article, the last after "or".
CHOICES = re.compile(r"\b(the|a|an) [^,.;]{3,50}, (the|a|an) [^,.;]{3,50},? or (the|a|an) \w", re.I)


# Three kinds or more in one list of alternatives ("services that are experimental, not medically
# necessary, or provided out of network"): what a plan covers in general; a decision that gives
# several reasons gives them all ("and").
OR_LIST = re.compile(r",[^,.;]{2,60},? or\b")


# Two reasons given side by side: "… because the records lack a score, and because the plan's
# step therapy program requires …". Each clause is read on its own.
TWO_BECAUSES = re.compile(r",? and (?:also )?because\b", re.I)
# Two findings joined: "we did not receive the information we requested and the records we do
# have do not show a diagnosis …", "… exceeds the maximum dosing, and the member's MADRS does
# not show a response …"; each clause read alone when each gives a reason.
TWO_FINDINGS = re.compile(
    r",? and (?:also )?(?=(the|your|its|this|these|our|we|it|they|he|she|spravato|esketamine|"
    r"ketamine)\b(?:[^,.;(]|\([^)]*\)){0,80}\b(is|are|was|were|do|does|did|has|have|had)\b)",
    re.I,
)


# No word sent on why more is needed, which is a limit's reason, not records missing.
WHY_MORE = re.compile(
    r"\b(did not|didn't) (send|provide|include|give|receive|get)\b[^.]{0,40}\b(explaining|showing|"
    r"to show) "
    r"why\b[^.]{0,40}\b(more|higher|additional|extra)\b[^.,;]*|"
    # nothing sent that shows what a rule asks ("did not send information showing that these
    # clinics can't meet your needs"), where nothing was asked for: the rule's reason
    r"^(?![^.]*\b(asked|requested)\b)[^.]*?\b(did not|didn't) (send|provide|include|give)\b"
    r"[^.]{0,30}\b(showing|to show|that shows?) that\b[^.,;]*",
    re.I,
)


# The rules a decision used, named: "LCD L39407, … for Label and Off-Label Uses", "Medicare's
# rules for off-label drug use" — not a finding that the use is unproven.
OFF_LABEL_RULES = re.compile(
    r"\b(rules?|polic(y|ies)|guidance|criteria|LCD|article|coverage)\b[^.]{0,40}\b(for|of|on|about)"
    r" ([\w ]{0,20} )?off-label (drug )?uses?\b|\blabel and off-label uses\b",
    re.I,
)
# A site not certified under the REMS that the plan's own criteria require: those criteria
# unmet ("…, which is required by the plan's criteria for esketamine"), not the label's rule.
REMS_UNCERTIFIED = re.compile(
    r"not (a )?REMS[- ]certified|\bREMS\b[^.]{0,160}\bnot (a )?certified|not (a )?certified\b"
    r"[^.]{0,60}\bREMS\b",
    re.I,
)
REMS_BY_POLICY = re.compile(
    r"\b(criteria|criterion|(our|the|plan's|its) [\w ]{0,20}polic(y|ies) requires?|required by "
    r"(the|our|your) (plan's |policy|criteria))",
    re.I,
)
# a clause that sets its kind aside: "Because the plan exclusion does not apply to your plan year"
SET_ASIDE = re.compile(
    r"\b((does|do|did)( not|n't) apply|no longer|not (the|a) reason|not (based on|because))\b|"
    r"^\W*if\b",
    re.I,
)
EXCLUDED = re.compile(r"\bexclu\w+|\bformulary\b|\bdrug list\b|\bcovered benefit\b", re.I)
ACCEPTED_INDICATION = re.compile(r"\bmedically accepted indication\b", re.I)
# "… not on your plan's formulary, and your plan requires that you first try … before a
# non-formulary drug like Spravato can be approved"
STEP_BEFORE_EXCEPTION = re.compile(
    r"\bbefore (a |an |the )?non-?formulary\b|\bnon-?formulary\b[^.]{0,60}\bcan be (approved|"
    r"covered)\b",
    re.I,
)
# "The records did not show that you take an oral antidepressant, so the prior authorization
# requirements were not met": what an approval asks for not shown, not an approval never sought
PA_CRITERIA = re.compile(
    r"\b(records?|notes|documentation|information)\b[^.]{0,80}\b((did|do|does) not show|lists? no|"
    r"shows? no)\b[^.]{0,120}\bprior authori[sz]ation requirements? (was|were|have|has) not "
    r"(been )?(shown to be )?met\b",
    re.I,
)
NOT_UNTIL = re.compile(r"\bnot (cover|pay for|approve)\b[^.;,]{0,60}\buntil\b", re.I)


def two_findings(sentence):
    """The kinds of two joined clauses when each gives one, else []."""
    parts = TWO_FINDINGS.split(sentence)[::3]
    # (the grounds of one reason: "because …, and …", "…, and …, so …")
    if len(parts) != 2 or re.search(r"\b(because|since|due to)\b|, so\b", " | ".join(parts), re.I):
        return []
    each = []
    for part in parts:
        kinds = kinds_in(part)
        # (a clause that only says "not covered" is the other's outcome, not an exclusion)
        if kinds == ["exclusion"] and not EXCLUDED.search(part) or SET_ASIDE.search(part):
            kinds = []
        each.append(kinds)
    if not all(each):
        return []
    kinds = list(dict.fromkeys(kind for kinds in each for kind in kinds))
    return [kind for kind in kinds if kind != "exclusion" or "experimental" not in kinds]


def kinds_in(sentence):
    if TWO_BECAUSES.search(sentence):
        kinds = [
            kind for clause in TWO_BECAUSES.split(sentence) if clause for kind in kinds_in(clause)
        ]
        return list(dict.fromkeys(kinds))
    both = two_findings(sentence)
    if both:
        return both
    sentence = plain(sentence)  # "Molina’s network", "a ‘medical necessity’", "isn't"
    sentence = CARC_16.sub(" ", sentence)
    titled = POLICY_TITLE.sub(" ", sentence)
    scoped = {
        "criteria_not_met": POLICY_TERMS.sub(" ", sentence),
        "out_of_network": NETWORK_SCOPE.sub(" ", sentence),
        "dose_frequency": titled,
        "step_therapy": titled,
        "missing_docs": WHY_MORE.sub(" ", sentence),
        "experimental": OFF_LABEL_RULES.sub(" ", sentence),
    }
    kinds = [
        kind for kind, pattern in REASONS.items() if pattern.search(scoped.get(kind, sentence))
    ]
    if (
        "criteria_not_met" not in kinds
        and CRITERIA_WORD.search(sentence)
        and NEGATION.search(sentence)
        and not re.search(r"\b(cop(y|ies)|ask (us )?for)\b[^.]{0,40}\bcriteria", sentence, re.I)
        # not a policy's step: "requires that you first take an antidepressant with an add-on"
        and not FIRST_STEP.search(sentence)
    ):
        kinds.append("criteria_not_met")
    if "step_therapy" in kinds and (
        (
            TRIALS_COUNTED.search(sentence)
            and CRITERIA_WORD.search(sentence)
            or ONLY_ONE_TRIED.search(sentence)
        )
        and not STEP.search(sentence)
        or TRIALS_COUNTED.search(sentence)
        and ADEQUATE.search(sentence)
        and not STEP.search(re.sub(r"(?i)\bfirst try\b", " ", sentence))
    ):
        kinds[kinds.index("step_therapy")] = "criteria_not_met"  # a policy's count of trials
    cell = "criteria_not_met" in kinds and NOT_MET.search(sentence)
    if cell and ADD_ON.search(re.split(r"(?-i:\bMet\b)", sentence[: cell.start()])[-1]):
        kinds[kinds.index("criteria_not_met")] = "step_therapy"  # a table's row for an add-on
    if "criteria_not_met" in kinds and NETWORK_EXCEPTION.search(sentence):
        kinds[kinds.index("criteria_not_met")] = "out_of_network"  # the network's exception
    if {"no_prior_auth", "out_of_network"} <= set(kinds) and SEE_OUTSIDE.search(sentence):
        kinds.remove("no_prior_auth")
    if "not_necessary" in kinds and EXPERIMENTAL_IS_UNNECESSARY.search(sentence):
        kinds.remove("not_necessary")  # a rule that what is unproven is never necessary
    if "other" in kinds and "missing_docs" in kinds and OTHER_PLANS_EOB.search(sentence):
        kinds.remove("other")  # the plan that pays first is named for its EOB, which is missing
    judged = {"criteria_not_met", "not_necessary", "experimental"} & set(kinds)
    if NO_RESPONSE.search(sentence) and not judged:  # (studies that "do not show benefit")
        kinds.append("criteria_not_met")  # a continuation's response not shown
    if (
        {"exclusion", "step_therapy"} <= set(kinds)
        and NOT_UNTIL.search(sentence)
        and not REASONS["exclusion"].search(NOT_UNTIL.sub(" ", sentence))
    ):
        kinds.remove("exclusion")  # "does not cover esketamine until the member has tried …"
    if {"exclusion", "step_therapy"} <= set(kinds) and STEP_BEFORE_EXCEPTION.search(sentence):
        kinds.remove("exclusion")  # off the formulary: the step that an exception waits on
    if (
        {"exclusion", "criteria_not_met"} <= set(kinds)
        and ACCEPTED_INDICATION.search(sentence)
        and not CRITERIA_WORD.search(sentence)
    ):
        kinds.remove("criteria_not_met")  # Part D's rule of what a drug may be used for
    if {"experimental", "criteria_not_met"} <= set(kinds) and UNPROVEN_FAILS.search(sentence):
        kinds.remove("criteria_not_met")  # "investigational services do not meet that standard"
    if "criteria_not_met" in kinds and NECESSITY_STANDARD.search(sentence):
        kinds[kinds.index("criteria_not_met")] = "not_necessary"  # Medicare's standard unmet
    if "criteria_not_met" in kinds and EVIDENCE_CRITERIA.search(sentence):
        kinds[kinds.index("criteria_not_met")] = "experimental"
    if "exclusion" in kinds and LOCAL.search(sentence):
        kinds[kinds.index("exclusion")] = "not_necessary"  # a local coverage decision's
    if "exclusion" in kinds and OTHER_BENEFIT.search(sentence):
        kinds[kinds.index("exclusion")] = "other"  # covered, under the other benefit
    if "other" in kinds and REMS_UNCERTIFIED.search(sentence) and REMS_BY_POLICY.search(sentence):
        kinds[kinds.index("other")] = "criteria_not_met"
    if "no_prior_auth" in kinds and PA_CRITERIA.search(sentence):
        kinds[kinds.index("no_prior_auth")] = "criteria_not_met"  # an approval's terms unmet
    if "dose_frequency" in kinds and NOT_DOSE.search(sentence):
        kinds.remove("dose_frequency")
    if "dose_frequency" in kinds and AUTH_ON_FILE.match(sentence):
        # "Authorization 25-0804 on file for this date covers G2082 and up to 56 units per
        # session": what the approval covers, not the service billed (CO-15, N54)
        kinds[kinds.index("dose_frequency")] = "no_prior_auth"
    if (
        "experimental" in kinds
        and "exclusion" in kinds
        and not REASONS["experimental"].search(re.sub(r"off-label", " ", sentence, flags=re.I))
    ):
        kinds.remove("experimental")  # an exclusion's list that names off-label use
    kinds = list(dict.fromkeys(kinds))
    if FOR_EXAMPLE.search(sentence):
        return []  # "… your plan does not pay - for example because a service was not …"
    if len(kinds) >= 2 and CHOICES.search(sentence) or len(kinds) >= 3 and OR_LIST.search(sentence):
        return []  # "because of the criteria, the quantity limit or a step therapy rule"
    return [
        kind
        for kind in kinds
        if not any(stronger in kinds for stronger in OUTRANKED_BY.get(kind, ()))
    ]
