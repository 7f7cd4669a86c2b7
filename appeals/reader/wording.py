"""The wording of each reason kind: the phrases insurers use for it, and which kind a
sentence that names two of them gives."""

import re

REASON_PATTERNS = {
    "experimental": r"experimental|investigational|unproven|not (been )?proven|"
    r"insufficient (clinical |scientific |published )?evidence|evidence (is|was) (insufficient|"
    r"inadequate|limited|lacking)|lack of (sufficient |adequate )?(clinical |scientific )?"
    r"evidence|not (yet )?(been )?established as (safe|effective)|does not permit conclusions|"
    r"off-label|not (fda[- ])?approved (by the fda )?for (this|the requested|your) (use|"
    r"indication|condition|diagnosis)|not (yet )?(generally )?accepted (as )?(standard|"
    r"medical practice)",
    "not_necessary": r"not (considered |deemed )?medically (reasonable and )?necessary|"
    r"not (medically )?reasonable and necessary|(does|do|did) not support the (medical )?need|"
    r"(not|n't) (show|establish|demonstrate|support)[^.]{0,80}\b(medically|reasonable and) "
    r"necessary|not (been )?(shown|demonstrated|established) to be (medically |reasonable and )?"
    r"necessary|(not|n't) (show|establish|demonstrate|support) (a |the )?medical need\b|"
    r"(not|n't) (show|establish|demonstrate) that you need\b|"
    r"not (deemed |considered )?(a )?[\"']?medical(ly)? necessity|"
    r"(does|did) not meet (the|our|your plan's|the plan's) "
    r"definition of medical(ly)? necess|lack of medical necessity|medical necessity (was|has) "
    r"not|medical necessity (has|was) not (been )?(established|demonstrated|shown|documented)|"
    r"not (medically )?appropriate for (you|your)|medical necessity\b[^.]{0,60}\b(was|has|were) "
    r"not (been )?(established|demonstrated|shown|documented)|(less intensive|lower level of care)"
    r"[^.]{0,60}\b(appropriate|available|would meet)|most appropriate level",
    # Fewer antidepressant trials than a policy asks for is its criteria unmet, not a step.
    "criteria_not_met": r"(has|have|had) not (tried|had (adequate )?trials? of|responded to) (at "
    r"least )?(two|2|three|3|four|4)\b|only one (adequate )?(antidepressant )?trial\b|"
    r"(criteria|criterion|requirements?|guidelines?)\b[^.]{0,60}\b(not (been )?met|"
    r"(was|were|are|is) not (satisfied|met))|(does|did|do) not meet[^.]{0,60}\b(criteria|"
    r"clinical (policy|guidelines?)|coverage (policy|criteria|guidelines?)|medical policy|"
    r"requirements)|not (been )?met[^.]{0,40}\bcriteria|criteria for coverage (are|were) not|"
    r"(not (include|show|document|contain|have)|no (record|documentation) of)[^.]{0,140}\b(the|"
    r"our|this|your plan's) (policy|criteria|guidelines?) (requires?|calls? for)|required by "
    r"(the|our|this) (policy|criteria|guidelines?)|(policy|criteria|guidelines?)\b"
    r"(?:[^.]|\.(?=\S)){0,60}\brequires?\b(?:[^.]|\.(?=\S)){0,140}\b(do|does|did) not "
    r"(include|show|document|contain|have)|(do|does|did) not (include|show|document|contain)"
    r"[^.]{0,200}\b(which|that) (is|are) (one of |among |part of )?(the|our|its|their) "
    r"(coverage |clinical |policy |medical )?(criteria|requirements)",
    "step_therapy": r"step[- ]therapy|must (first )?(try|have tried)|\bfirst try|"
    r"\b(try|trial of)[^.]{0,100}\bbefore\b[^.]{0,40}\b(covered|approved|approve|cover)|"
    r"\b(try|trial)[^.]{0,40}\b(first\b|before\b(?! (\d|two|three|four|six|eight|twelve|the end|"
    r"completing|you appeal)))|(has|have) not (tried|had a trial of) (a |the |any )?(preferred|"
    r"formulary|required|covered|generic|first-line)|\b(after|once|until) (a member|you|"
    r"the member|the patient|members) (has|have) (first )?(tried|had a trial of)|"
    r"(has|have) not (yet )?(tried|had a trial of)\b[^.]{0,40}\brequires? before|"
    r"\btrial of\b[^.]{0,200}\b(is|are) needed first\b|formulary alternatives?|"
    r"preferred (drugs?|alternatives?)[^.]{0,40}(first|before|tried)|"
    r"\b(tried|try) and fail(ed)?\b|(could not|couldn't) (verify|confirm) that you (have )?tried\b|"
    r"\b(must|should) (first )?(be|have been) tried\b|"
    r"\btrial of\b[^.]{0,200}\brequired before\b|"
    r"prerequisite (drug|therapy|medication|treatment)s?",
    "no_prior_auth": r"(prior authori[sz]ation|pre-?authori[sz]ation|precertification|"
    r"pre-certification|prior approval|authori[sz]ation)[^.]{0,60}(not (been )?(obtained|"
    r"requested|on file|received|approved in advance)|absent|was not (obtained|requested)|"
    r"required but)|without (a |an |the )?(approved |valid |required )?(prior |pre-?)?"
    r"(authori[sz]ation|approval|precertification)|"
    r"no (prior )?(approved |valid )?(authori[sz]ation|precertification|approval) (was |is )?on "
    r"file|"
    r"no (prior |pre-?)?(authori[sz]ation|approval|precertification) (was |were |has been )?"
    r"(requested|obtained|covered|given)|no record (that|of)\b[^.]{0,60}\b(asked|requested)"
    r"[^.]{0,40}\b(approval|authori[sz]ation|precertification)|"
    r"authori[sz]ation[^.]{0,120}\b(does|did) not cover|authori[sz]ation\b[^.]{0,60}\bapproved "
    r"only\b|"
    r"(did not|didn't) (receive|get) a request for (prior |pre-?)?(authori[sz]ation|approval)|"
    r"no record (that|of) (a )?(prior |pre-?)?(authori[sz]ation|approval|precertification)|"
    r"(missing|invalid|incomplete)[^.]{0,40}authori[sz]ation (code|number)|"
    r"requires? (prior |pre-?)authori[sz]ation[^.]{0,60}\b(no (authori[sz]ation|approval|request)"
    r"|none (was|were|has been|had been) (requested|obtained|approved|on file))|"
    r"^\W*no (prior |pre-?)?(authori[sz]ation|approval|precertification)\b[^.]{0,40}\b(was|were) "
    r"(requested|obtained)|"
    r"not (prior[- ]|pre-?)?(authori[sz]ed|approved|certified) (in advance|before|prior to)|"
    r"^\W*no request for (prior )?(approval|authori[sz]ation|precertification)\b|(did not|didn't) "
    r"(get|obtain|request) (prior )?(approval|authori[sz]ation|precertification)\b|no (new |"
    r"current )?(approval|authori[sz]ation) covers\b|"
    r"(could not|couldn't|were unable to) (verify|confirm|find)[^.]{0,80}\b(authori[sz]ation|"
    r"approval|precertification)|(pre-?certification|prior authori[sz]ation|pre-?authori[sz]ation)"
    r" requirements? (was|were) not (met|satisfied|followed)|(pre-?certification|pre-certification|"
    r"prior authori[sz]ation)\b[^.]{0,120}\bno record (that|of)\b",
    "out_of_network": r"out[- ]of[- ]network|not an? ([\w&' ]{0,30} )?(plan|network|participating|"
    r"in-network|contracted) (provider|doctor|facility|clinic)|"
    r"not in (our|the|your plan's|your) network|"
    r"non-?participating|non-?contracted|not (a )?(participating|contracted|network) provider|"
    r"not in [\w' ]{1,30}'s network|not (in|part of) (the |our |your )?[\w&' ]{1,40} network\b|"
    r"not contracted with\b|(does not|doesn't) participate in (the |our |your )?[\w&' ]{0,40}"
    r"network\b|"
    r"outside (of )?(your|the|our) (plan's )?(network|service area)|"
    r"not (in|part of) (the |your plan's )?network [A-Z0-9]\b|(does not|doesn't|did not) have an? "
    r"contract with|\bhas no contract with",
    "missing_docs": r"(did not|have not|has not|was not|were not) (send( us)?|receive|"
    r"been received|received|provided|submitted)( (the|your|any|all))?"
    r"( (requested|needed|required))?"
    r"( (medical|clinical))? (information|records|documentation|notes|chart)|"
    r"(information|records|documentation|notes|history|pages|copies|statement|forms?|scores?)\b"
    r"[^.]{0,80}\b(not|never) (been )?(received|provided|submitted|sent to us|come with)|(asked|"
    r"requested)\b[^.]{0,160}\bnothing (had|has|was) (been )?received|(record|records|information|"
    r"form|forms|notes) (was|were) never (returned|sent|received)|(records|notes|information)"
    r" were requested\b(?:[^.]|(?<=Dr)\.){0,120}\bwere not received|(did not|didn't) receive "
    r"(those|these) (records|notes|documents|forms)|(missing|incomplete|insufficient) "
    r"(medical |clinical )?(records?|information|documentation|notes)|lacks? (the )?"
    r"(information|documentation)|additional (information|documentation|records) (is|was|are|"
    r"were) (needed|required|requested)|without (the )?(requested |required )?(clinical )?"
    r"(records|documentation|information)|(did not|didn't|have not|has not) (receive|received|"
    r"get) (them|it|a response)|no (medical |clinical )?(records|information|documentation) "
    r"(was|were) (received|submitted|provided)|unable to (determine|make a decision|review|"
    r"complete)[^.]{0,60}\b(information|records|documentation)|(did not|didn't) (get|receive) "
    r"(this|the|that|any|your|all the )?\s?(requested |needed )?(information|records|"
    r"documentation|notes)",
    "coding_error": r"(invalid|incorrect|inconsistent|unlisted|missing|wrong)\b[^.]{0,30}\b(code|"
    r"modifier|procedure code|diagnosis code)|code[^.]{0,40}\b(is|was) (invalid|inconsistent|"
    r"incorrect)|(diagnosis|procedure|modifier|codes?)\b[^.]{0,30}\b(is|are|was|were) "
    r"(invalid|inconsistent|incorrect|not valid)|(code|codes|units?)(?:[^.]|\.(?=\S)){0,80}(does "
    r"not|do not|did not)"
    r" (match|correspond|support)|(doesn't|does not|do not) match the (procedure |billing |"
    r"diagnosis )?codes?\b|place of service\b[^.]{0,80}\b(is|was|are) not valid\b|\b(is|are) "
    r"(reported|billed) per \d+ ?(mg|units?)\b[^.]{0,60}\bbilled|"
    r"billing error|billed incorrectly|coding error|(modifier|code)"
    r"[^.]{0,40}\b(cannot|can't|may not) be (billed|used|reported)|without (the|a|an) [\w/ ]{0,20}"
    r"modifier|(code|codes)\b(?:[^.]|\.(?=\S)){0,40}\b(is|are|was|were) not consistent with|"
    r"(code|codes)\b(?:[^.]|\.(?=\S)){0,30}\b(was|were|has been|have been) (discontinued|deleted|"
    r"retired|ended)|without (the |a |an )?[\w -]{0,20}(national drug code|NDC\b)|"
    r"diagnosis (code )?(?:[^.]|\.(?=\S)){0,80}\b(does|do|did) not support|(missing|incomplete|"
    r"invalid)\b[^.]{0,30}\bunits of service",
    "dose_frequency": r"exceeds?[^.]{0,40}(quantity|frequency|dose|dosage|maximum|limit|number "
    r"of)|quantity limit|frequency limit|(more|greater) than the (allowed|maximum|approved|"
    r"permitted)|maximum (number|allowed)|dose (exceeds|above)|"
    r"beyond the (approved|allowed) (number|quantity)|more (often|frequent(ly)?) than|more "
    r"(services|sessions|visits|treatments|units|doses) than (allowed|approved|covered|the plan)|"
    r"more than (the|your|our) (plan|policy|benefit) (allows|covers|permits)|"
    r"(is|are) limited to (one|two|three|four|\d+) (sessions?|doses?|treatments?|infusions?|"
    r"units?|visits?|devices?) (per|every|a|each)|(frequency|dosing|dose|quantity)[^.]{0,40}"
    r"\b(is|was|are|were) not (supported|approved|covered)|\b(only|up to) \d+ (sessions|"
    r"treatments|infusions|units|visits|doses|devices)[^.]{0,40}\b(approved|covered|allowed)|"
    r"more than the (limit|maximum)\b|\b(second|third|fourth|fifth) (session|dose|visit|"
    r"treatment|infusion) in (the|one|a) \d+ days\b|"
    r"(coverage|benefits?) (is|are) limited to (the (dose|dosing|"
    r"quantity|frequency)|(one|two|three|four|five|six|eight|\d+) [\w -]{0,20}(sessions?|doses?|"
    r"treatments?|infusions?|units?|visits?))|(benefit|visit|session) (maximum|limit)\b[^.]{0,80}\b"
    r"(has been|have been|was|were|is) (met|reached|used|exhausted)|"
    r"\b(allows?|covers?|permits?|approves?)\b[^.]{0,30}?"
    r"(only |up to |no more than |at most |\b)(one|two|"
    r"three|four|five|six|eight|\d+) (sessions?|doses?|treatments?|infusions?|units?|visits?) "
    r"(a|per|each|every|in)\b",
    "other": r"\bduplicates?\b|billed (twice|more than once)|not (paid|payable|reimbursed) "
    r"separately|included in (the )?"
    r"(payment|allowance|reimbursement)[/\w ]{0,20} for|bundled|timely filing|\brepeats line\b|"
    r"not paid a second time|"
    r"filed (too late|after the)|received[^.]{0,60}\bafter (that|the) (limit|deadline|time limit)|"
    r"coverage (ended|terminated|was not in effect)|coverage\b[^.]{0,30}\b(ended|terminated)\b"
    r"[^.]{0,40}\bbefore\b|after (your |the )?coverage (ends|ended|terminated)|(cannot|can't|can "
    r"not) be paid on its own|not eligible on the date|filed more than "
    r"\d+ (days|months)|(past|after|beyond) the (plan's )?(timely )?filing (limit|deadline)|"
    r"(is|are) (covered|billed|paid|payable) (under|by) (medicare )?part [abd]\b|"
    r"not (a )?(REMS[- ])?certified|(handled|covered|paid) under (the|your) (plan's )?"
    r"(prescription drug|pharmacy|medical) benefit,? not\b|other "
    r"(insurance|coverage) (is|should be) (primary|billed first)",
    "exclusion": r"not a covered (benefit|service)|not a benefit (of|under|in)\b|"
    r"(is|are) (excluded|not covered) (under|by|from)|"
    r"exclu(ded|des|sion)\b|non-?covered benefit|not covered under (your|the|this)|"
    r"(your|the|the member's) (plan|policy|benefit plan|benefit program|benefits|coverage) (does|"
    r"do) not (cover|"
    r"include|provide|pay for)|benefit exclusion|"
    r"not (on|included in) (the|your|our) (plan's )?(formulary|drug list)|\b(not|cannot|can't)\b"
    r"[^.]{0,200}\bmedically accepted indication|medically accepted indication\b[^.]{0,200}\b(not|"
    r"cannot|can't)\b",
}
REASONS = {key: re.compile(p, re.I) for key, p in REASON_PATTERNS.items()}

CRITERIA_WORD = re.compile(
    r"\b(criteria|criterion|clinical (policy|guidelines?)|coverage (policy|guidelines?) "
    r"requirements|medical policy requirements)\b",
    re.I,
)
# The criteria named and said unmet: "does not meet", "were not met", "fails to satisfy".
NEGATION = re.compile(
    r"\b(not|n't|never|fails?|failed|unable to)\b[^.]{0,30}\b(meet|met|satisf\w*|qualif\w*|"
    r"fulfil\w*)\b|\b(meet|met|satisf\w*)\b[^.]{0,25}\bnot\b|\bunmet\b",
    re.I,
)

# A kind found in a sentence that gives a stronger one is that one's wording, not a reason:
# "non-covered because not deemed a medical necessity" is a medical-necessity denial.
OUTRANKED_BY = {
    "exclusion": ("not_necessary", "experimental", "out_of_network", "no_prior_auth"),
    "missing_docs": ("no_prior_auth",),
    "coding_error": ("missing_docs", "no_prior_auth"),
    # Criteria unmet *because* of a missing step, a dose or missing records: that is the reason.
    "criteria_not_met": ("step_therapy", "dose_frequency", "missing_docs", "no_prior_auth"),
    # "does not meet the medical necessity criteria of policy X": the policy's criteria.
    "not_necessary": ("criteria_not_met",),
}
# The price, not the amount: "charge exceeds fee schedule/maximum allowable" (CO-45), as OCR
# may spell it.
NOT_DOSE = re.compile(
    r"fee sch\w*|allow\w{1,3}ble|allowed amount|contract\w*|legisl|charges? exceeds?|within "
    r"(the|this|that|your) (limit|number|amount)",
    re.I,
)


STRAIGHT = str.maketrans("‘’“”", "''\"\"")
# CARC 16's own words name no reason: the remark code beside it says what was missing or wrong.
CARC_16 = re.compile(r"lacks information or has submission\W{0,3}bil+ing\b", re.I)


def kinds_in(sentence):
    sentence = sentence.translate(STRAIGHT)  # "Molina’s network", "a ‘medical necessity’"
    sentence = CARC_16.sub(" ", sentence)
    kinds = [kind for kind, pattern in REASONS.items() if pattern.search(sentence)]
    if (
        "criteria_not_met" not in kinds
        and CRITERIA_WORD.search(sentence)
        and NEGATION.search(sentence)
        and not re.search(r"\b(copy|copies|request|ask)\b[^.]{0,40}\bcriteria", sentence, re.I)
    ):
        kinds.append("criteria_not_met")
    if "dose_frequency" in kinds and NOT_DOSE.search(sentence):
        kinds.remove("dose_frequency")
    return [
        kind
        for kind in kinds
        if not any(stronger in kinds for stronger in OUTRANKED_BY.get(kind, ()))
    ]
