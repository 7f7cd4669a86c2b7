"""The phrases for a named policy's criteria unmet — fewer antidepressant trials than it asks
for, no baseline score, no response shown — as a pattern. Part of `phrases.REASON_PATTERNS`, in
its order. Also what states a policy's own terms rather than what this person lacks."""

import re

# A drug of another kind to take first, which makes a policy's requirement a step: "… requires
# that you first take an add-on medicine …" (also read in `wording.kinds_in`).
FIRST_STEP_WORDS = (
    r"\bfirst (take|try|use|have tried|have (had )?an? (adequate )?trial of)\b[^.]{0,80}\b("
    r"augment\w*|add-on|adjunct\w*|aripiprazole|"
    r"quetiapine|brexpiprazole|lithium|TMS|ECT)\b"
)

# A table's cell beside the requirement it judges: "Baseline score on a standard depression
# rating Not met No baseline rating scale score was included" (not "Met or Not met", a key's
# "Not met =")
NOT_MET_CELL = r"(?-i:(?<=[a-z0-9)] )(?<!\bor )(?<!\band )(Not met|NOT MET|Not Met)\b(?!\s*[=:/]))"

# Fewer antidepressant trials than a policy asks for is its criteria unmet, not a step.
CRITERIA_NOT_MET = (
    # "You have tried only one antidepressant (or medicine) …, and the policy requires that at
    # least two have not worked"
    r"\b(tried|taken|had) only (one|1|a single) (antidepressant|medicine|medication)\b[^.]{0,120}"
    r"\b(policy|criteria|guidelines?)\b[^.]{0,20}\brequires?\b|"
    r"\b(part|requirement) of the (policy|criteria) (is|was) not met\b|" + NOT_MET_CELL + r"|"
    # an age the policy asks for: "… requires that the person receiving SPRAVATO be 18 years of
    # age or older, and our records show Mateo is 16 years old"
    r"\b(18|eighteen) years (of age |old )?or older\b[^.]{0,80}\b(is|was) (1[0-7]|[a-z]+teen) "
    r"years old\b|"
    # "Molina approves the 84 mg dose when a depression rating scale taken after at least four
    # 56 mg doses shows that you have not improved enough, and no such score was sent"
    r"\b(approves?|covers?)\b[^.]{0,80}\bwhen\b[^.]{0,160}, (and|but) no such (score|rating|"
    r"scale|result)s? (was|were|has been|have been) (sent|submitted|provided|received|included)\b|"
    # "Because the response your records show is well short of what the policy requires to
    # continue, …"
    r"\b(short of|less than|below) what (the|our|your plan's) ([\w-]+ )?(policy|criteria|"
    r"guidelines?) (requires?|calls? for|asks? for)\b|"
    # "the records do not show a baseline rating score" (a criterion named by the README's rules)
    r"\b(do|does|did) not (show|include|contain|document) (a|any) baseline ([\w-]+ ){0,3}score\b|"
    # a grid's bracketed cell: "[NOT MET]  Trial of two or more antidepressants"
    r"\[\s?(?-i:NOT MET|Not met|Not Met)\s?\]|"
    # "The records show one antidepressant trial in the current episode, …, and the policy asks
    # for at least two"
    r"\b(shows?|lists?|documents?) (only )?(one|1|a single) antidepressant (trial|medicine)\b"
    r"[^.]{0,120}\b(policy|criteria|guidelines?)\b[^.]{0,20}\b(asks?|calls?) for\b|"
    # "The records … don't show that you will keep taking an oral antidepressant along with it"
    r"\b(do|does|did) not show that you (will keep|will continue|are still|keep|continue) (taking|"
    r"on) an? (oral )?antidepressant\b|"
    # "does not meet the conditions of that policy"; "the records do not show the response …
    # that Clinical Policy OBH-117 requires"; "the scores … do not show a clinically meaningful
    # response"; "the policy also asks for a baseline score …, and the request did not include one"
    r"\b(does|do|did) not meet the (coverage )?conditions (of|in|set out in) (that|this|the|our|"
    r"your plan's) (policy|guideline|medical policy|clinical policy)\b|"
    # "the continuation request does not meet the policy" (not its definition of necessity);
    # "the information sent does not match what our esketamine policy … asks for"; after the
    # policy's conditions are named: "does not show those conditions are met"
    r"\b(does|do|did) not meet (the|our|this|that|its|your plan's) ([\w-]+ ){0,2}(policy|"
    r"guidelines?)\b(?!'|’| (definition|exception))|\b(does|do|did) not match what\b[^.]{0,80}\b("
    r"policy|criteria|guidelines?)\b(?:[^.]|(?<=\w)\.(?=\w)){0,80}\b(asks? for|requires?|calls? "
    r"for)\b|"
    r"\b(does|do|did) not show (that )?(those|these|the|its|the policy's|the plan's) (conditions|"
    r"criteria|requirements) (are|were|have been|had been) met\b|"
    r"\b(do|does|did) not (show|document)\b[^.]{0,200}\b(policy|guideline|criteria)\b[^.]{0,100}"
    r"\brequires\b|\b(policy|criteria|guideline)\b[^.]{0,160}\b(do|does|did) not show (a |any )?(cl"
    r"inically (meaningful|significant) |"
    r"adequate )?(response|improvement)\b|\b(asks?|asked) for\b[^.]{0,120}\b(baseline|score|"
    r"rating)\b[^.]{0,160}\b(did|does|do) not include (one|it|this|that|them|any)\b|"
    # "the plan's rules for Spravato were not met", "the prior authorization rules for Spravato
    # have not been met"
    r"\b(plan's|policy's|our|the) ((prior authorization|coverage|clinical) )?(rules|requirements|"
    r"criteria|conditions) (for|of)\b[^.]{0,40}"
    r"\b(were|are|was|is|have|has) not (been )?(met|satisfied)\b|"
    # "did not show that the clinical criteria of Clinical Coverage Policy UMR-BH-0117 were
    # met", "Item 5 of LMC-219 is not met"
    r"\b(did|does|do) not (show|establish|document|demonstrate) that (the |your |all )?([\w-]+ )"
    r"{0,2}criteria\b[^.]{0,80}\b(were|was|are|is|had been|have been) met\b|\b(item|criterion|"
    r"requirement|section|part) [\w.()]{1,8} (of|in) [\w.-]{2,20}( [\w.-]{2,20}){0,3} (is|was|"
    r"were|are) not met\b|"
    # "calls for a baseline score …; this was not documented", "one of the coverage
    # requirements in Medical Policy 5.01.640 has not been satisfied", "falls short of what
    # Medical Policy RX501.097 requires"
    r"\b(guidelines?|polic(y|ies)|criteria)\b[^.]{0,30}\b(calls? for|requires?|asks? for)\b"
    r"[^.;]{0,120}; (this|that|it|which|none) (was|were|has|is) not (been )?(documented|shown|"
    r"provided|included|submitted)\b|\b(requirements?|criteri(a|on)|conditions?)\b"
    r"(?:[^.]|(?<=\w)\.(?=\w)){0,80}\b(has|"
    r"have|was|were|is|are) not (been )?(satisfied|fulfilled)\b|\bfalls? short of (what|the)\b"
    r"(?:[^.]|(?<=\w)\.(?=\w)){0,60}\b(requires?|requirements?|criteria|guidelines?)\b|"
    # "the notes do not include a baseline score …, which the guidelines list as a condition"
    r"\b(do|does|did) not (include|show|contain|document)\b[^.]{0,140}\bwhich (the|our|"
    r"your plan's) (guidelines?|policy|criteria) (lists?|requires?|names?)\b|"
    # "The records do not show trials of two antidepressants", "… two failed antidepressant
    # trials", "… an adequate trial of …"
    r"\b(records?|notes|documentation|chart|information)\b[^.]{0,30}\b(do|does|did) not (show|"
    r"document|include)\b[^.]{0,20}\b(two|2|an adequate|adequate)\b[^.]{0,30}\b(antidepressants?|"
    r"trials?)\b|"
    # "the papers we did receive list only one antidepressant tried"
    r"\b(list|lists|show|shows|document|documents)\b[^.]{0,20}\bonly (one|a single) "
    r"antidepressant (tried|trial)\b|"
    r"\b(does|do) not show that (you|the member|the patient) (meet|meets) "
    r"(all (of )?)?[\w'’ ]{0,30}\bcriteria\b|\b(does|do|did) not (satisfy|"
    r"meet) (requirement|item|criterion|criteria) (#|number |no\. )?\d+\b|\b(does|do|did) not (sati"
    r"sfy|meet) the ((medical |clinical |drug |coverage )?policy's|plan's|"
    r"criteria's|guidelines?') ([\w-]+ ){0,3}requirements?\b|"
    # "The request also did not meet another requirement of the policy: …"
    r"\b(does|do|did) not meet (another|one|a further) requirement (of|in) (the|that|this) ("
    r"policy|criteria|guidelines?)\b|"
    r"\b(does|do) not meet the ([\w-]+ ){1,2}requirements? (of|in) the (policy|"
    r"plan|criteria|guidelines?)\b|\bdoes not meet (the )?guidelines\b|"
    r"\brequires?\b[^.]{0,100}\b(your|the) records show only\b|"
    # "criteria … require that it be used with an antidepressant …, and the information from
    # your prescriber shows that you stopped taking it"
    r"\b(criteria|polic(y|ies)|guidelines?)\b[^.]{0,40}\brequire\b[^.]{0,160}\b(records?|notes|"
    r"documentation|information|chart)\b[^.]{0,40}\b(shows?|showed|indicates?)\b (that )?(you|"
    r"the (member|patient)) (stopped|are not|were not|have not|did not|no longer)\b|"
    # "Your PHQ-9 went from 21 to 19 over eight weeks, which is less than the improvement needed
    # to keep covering treatment past week 8"
    r"\b(less|smaller|lower) than the (improvement|response|change|reduction|drop)\b[^.]{0,20}\b("
    r"needed|required|the (policy|criteria|guidelines?) (requires?|asks? for|calls? for))\b|"
    # "… so this requirement of Medical Policy 5.01.40 is not met", "Item 5 was not met: …"
    r"\b(this|that|the) (requirement|criterion|condition) (of|in) (?:[^.]|\.(?=\d)){0,40}\b(is|was|"
    r"has) not "
    r"(been )?met\b|^\W*(item|criterion|requirement) [\w.()]{1,6} (is|was) not met\b|"
    # "Your MADRS score went from 34 … to 31 …, and the policy asks for a drop of at least 50%";
    # "the notes … do not include a score from a standard depression rating scale"
    r"\bwent from \d+\b[^.]{0,80}\b(policy|criteria|guidelines?)\b[^.]{0,20}\b(asks?|requires?|"
    r"calls?) for\b|\b(do|does|did) not include a (baseline )?(score|rating)\b[^.]{0,40}\b(rating "
    r"scale|PHQ-9|MADRS|HAM-D)\b|"
    # "Spravato is approved only for use alongside a daily oral antidepressant (…), and the
    # discharge summary … shows your sertraline was stopped with no new antidepressant started"
    r"\b(approved|covered|approves|covers)\b[^.]{0,20}\bonly (for use )?(alongside|with|together "
    r"with|in (combination|conjunction) with)\b[^.]{0,200}\b(shows?|showed|indicates?|says?)\b"
    r"[^.]{0,60}\b(stopped|discontinued|no (new |other |current )?(oral )?antidepressant)\b|"
    r"\bdo(es)? not show\b[^.]{0,120}\bas (our|the|your plan's) [\w ]{0,30}(policy|criteria|"
    r"guidelines?) requires?\b|\b(records?|documentation) (does|do|"
    r"did) not show that you (have )?tried (at least )?(two|2)\b|\b(does|do) not meet (this|that|"
    r"these)( requirement| criterion| rule| threshold)?s?\b(?! exception| definition)|"
    r"\bdoes not meet (our|the plan's|the) rules for\b|\bnot meeting (the )?criteria\b|"
    r"\b(documentation|records?) (does|do|"
    r"did) not show that you (have )?(tried and (not )?(responded|failed)|responded|"
    r"had an adequate)\b|\b(did|does|do) not show (that )?(you|the (member|patient)) (meet|"
    r"met)\b|\b(show|shows|document|documents) only (one|1)\b[^.]{0,60}\b(require|requires|"
    r"call for)\b|\b(records?|documentation|notes) (do|does|"
    r"did) not show\b[^.]{0,120}\b(as )?required by (our|the|your plan's) [\w ]{0,40}(policy|"
    r"criteria|guidelines?)|\b(does|do|did) not meet (our|the|your plan's|the plan's) (rules|"
    r"requirements|standards) for (coverage of )?(spravato|esketamine|ketamine|"
    r"this (drug|medicine|service|treatment))\b|\b(do|does|did) not qualify under (these|the|our|"
    r"its|the plan's) (rules|criteria|guidelines|requirements)\b|\bcovered only (when|"
    r"if)\b[^.]{0,200}\b(no|not)\b[^.]{0,60}\b(recorded|documented|shown|provided|"
    r"submitted)\b|\b(covers?|allows?|approves?|pays? for)\b[^.]{0,80}\bonly (when|"
    r"if)\b[^.]{0,200}\b(records?|notes|documentation) (do|does|did) not (show|include|"
    r"document)\b|(do|does|did) not meet what\b|\b(policy|criteria|"
    r"guidelines?)\b[^.]{0,30}\brequires?\b[^.]{0,200}\b(and|but) (none|"
    r"no (scores?|records?|ratings?|trials?)) (was|were|has been|have been) (sent|submitted|"
    r"provided|documented|included|given)\b|\b(guidelines?|criteria|"
    r"polic(y|ies))\b[^.]{0,40}\b(ask|asks|call|calls) for\b[^.]{0,60}\b(cannot|can't|could not|"
    r"will not) be (approved|covered)|\b(policy|criteria|guidelines?)\b[^.]{0,20}\b(does|"
    r"do) not cover\b[^.]{0,60}\bfor (a person|people|patients|members|adults) (who|"
    r"with)\b|\b(our |the |its )?criteria\b[^.]{0,40}\b(do|does) not (cover|include|"
    r"allow)\b|\brequires?\b[^.]{0,120}\b(records?|notes|documentation) (show|"
    r"shows) (that )?(you (are|were|have) not|no)\b|\bcovers?\b[^.]{0,80}\bonly (when|"
    r"if)\b[^.]{0,200}\b(has|have|was|were) not (yet )?(been )?(done|documented|shown|met|provided|"
    r"completed)\b|\brequires? (a|an)\b[^.]{0,140}\b(records?|request|documentation|"
    r"notes)\b[^.]{0,40}\b(do|does|did) not (include|show|document|contain|have)\b|(?<!who )(has|"
    r"have|had) not (tried|had (an )?(adequate )?trials? of) (at least )?(two|2|"
    r"three|3|four|4)\b|only one (such |adequate )?(antidepressant )?trial\b|"
    # "The information we have does not show that the requirements of Guideline CG-BH-044, … are
    # met: …"
    r"\b(does|do|did) not show that (the|its|our|all( of)? the|your plan's)( [\w-]+){0,2} "
    r"(requirements|criteria)\b(?:[^.]|\.(?=\S)){0,120}\b(are|were|have been|has been) met\b|"
    # "The criteria require that you have tried at least two antidepressants …; the request
    # showed one trial"
    r"\b(criteria|polic(y|ies)|guidelines?)\b[^.]{0,40}\brequire\b[^.]{0,200}\b(request|records?|"
    r"notes|documentation|chart)\b[^.]{0,10}\b(shows?|showed|lists?|listed|documents?|documented|"
    r"includes?|included) (only )?(one|1|a single)\b|"
    # "the chart has one medicine tried, and the policy asks for two different antidepressants"
    r"\b(has|shows|lists|documents) (only )?one (medicine|medication|antidepressant|drug|trial)\b"
    r"[^.]{0,60}\b(policy|criteria|guidelines?)\b[^.]{0,20}\b(asks? for|requires?|calls? for|"
    r"needs?) (at least )?(two|2|three|3)\b|\b(two|2|three|"
    r"3) [^.]{0,40}\b(trials|(different )?antidepressants)\b[^.]{0,160}\b(show|shows|showed|"
    r"documents?|lists?|includes?) only (one|1)\b|(criteria|criterion|requirements?|"
    r"guidelines?|policy's conditions)\b[^.]{0,100}\b(not (all )?(been )?met|(was|were|are|"
    r"is) not (all )?(satisfied|met))|(does|did|"
    r"do) not meet[^.]{0,60}\b(criteria|clinical (policy|guidelines?)|"
    r"coverage (policy|criteria|guidelines?|conditions)|medical policy|requirements|"
    r"(prior authori[sz]ation|coverage|clinical|approval) rules)|"
    r"not (been )?met[^.]{0,40}\bcriteria|criteria for coverage (are|were) not|"
    r"(not (include|show|document|contain|have)|lacks?|no (record|"
    r"documentation) of)[^.]{0,140}\b(the|our|this|your plan's|which|that)( [\w&-]+){0,5}? (policy|"
    r"criteria|guidelines?)( [\w.-]*\d)?( for [\w()-]+( [\w()-]+)?)? (requires?|(calls?|asks?) "
    r"for)|"
    r"required by (the|our|this) (policy|"
    r"criteria|guidelines?)|(policy|criteria|guidelines?)\b(?:[^.]|"
    r"\.(?=\S)){0,60}\brequires?\b(?![^.]{0,20}"
    + FIRST_STEP_WORDS
    + r")(?:[^.]|\.(?=\S)){0,140}\b(do|does|did) not (include|show|"
    r"document|contain|have)|(do|does|did) not (include|show|document|contain)[^.]{0,200}\b(which|"
    r"that) (is|are) (one of |among |part of )?(the|our|its|their) (coverage |clinical |policy |"
    r"medical )?(criteria|requirements)"
)


# Whom a policy covers, not what this person lacks: "approved … after the member has not
# responded to at least two antidepressants", "covers it for adults who have not tried …", "we
# cover Spravato for members who are 18 or older …, have not responded to …".
POLICY_TERMS = re.compile(
    r"\b(approv\w*|cover\w*|eligible|provides? that)\b[^.]{0,80}\b((after|when|if|once)\b"
    r"[^.]{0,30}|\b(members|adults|patients|people|enrollees|individuals|persons|those|anyone|"
    r"beneficiaries|an? (member|adult|patient|person|enrollee)) who\b(?:(?!\b(you|because|since|"
    r"records?|notes|chart|shows?)\b)[^.]){0,120})\b(has|have|had) not (tried|responded|had)\b"
    r"[^.;,]*",
    re.I,
)
# A policy's title that names its terms: "the clinical criteria Esketamine (Spravato) Prior
# Authorization with Quantity Limit, criteria ID …".
POLICY_TITLE = re.compile(
    r"\b(criteria|policy|guidelines?|program)\s+((?-i:[A-Z(][\w()/-]*)\s+){1,8}((with|and)\s+"
    r"((?-i:[A-Z(][\w()/-]*)\s+){0,4})?(?-i:Quantity Limits?|Step Therapy)\b",
    re.I,
)
