"""The wording of each reason kind: the phrases insurers use for it, and which kind a
sentence that names two of them gives."""

import re

REASON_PATTERNS = {
    "experimental": r"experimental|investigational|unproven|not (been )?proven|"
    r"insufficient (clinical |scientific |published )?evidence|evidence (is|was) (insufficient|"
    r"inadequate|limited|lacking)|lack of (sufficient |adequate )?(clinical |scientific )?evidence|"
    r"not (yet )?(been )?established as (safe|effective)|does not permit conclusions|off-label|"
    r"not (fda[- ])?approved (by the fda )?for (this|the requested|your) (use|indication|condition|"
    r"diagnosis)|not (yet )?(generally )?accepted (as )?(standard|medical practice)",
    "not_necessary": r"not (considered |deemed )?medically (reasonable and )?necessary|"
    r"not (medically )?reasonable and necessary|(does|do|"
    r"did) not support the (medical )?need(?! for this many)|"
    # "demonstrate" as OCR may spell it ("demonswate")
    r"(not|n't) (show|establish|demons\w+|support)[^.]{0,80}\b(medically|reasonable and) "
    r"necessary|not (been )?(shown|demonstrated|"
    r"established) to be (medically |reasonable and )?necessary|(not|n't) (show|establish|"
    r"demonstrate|support) (a |the )?medical need\b|(not|n't) (show|establish|"
    r"demonstrate) that you need\b|not (deemed |considered )?(a )?[\"']?medical(ly)? necessity|"
    r"(does|did) not meet (the|our|your plan's|the plan's) definition of medical(ly)? necess|"
    r"lack of medical necessity|medical necessity (has|"
    r"was) not (been )?(established|demonstrated|shown|documented|met|supported)|"
    r"not (medically )?appropriate for (you|your)|medical necessity\b[^.]{0,60}\b(was|has|"
    r"were) not (been )?(established|demonstrated|shown|documented)|(less intensive|"
    r"lower level of care)[^.]{0,60}\b(appropriate|available|would meet)|most appropriate level",
    # Fewer antidepressant trials than a policy asks for is its criteria unmet, not a step.
    "criteria_not_met": r"\b(do|does|did) not qualify under (these|the|our|its|the plan's) (rules|"
    r"criteria|guidelines|requirements)\b|\bcovered only (when|if)\b[^.]{0,200}\b(no|"
    r"not)\b[^.]{0,60}\b(recorded|"
    r"documented|shown|provided|submitted)\b|\b(covers?|allows?|approves?|"
    r"pays? for)\b[^.]{0,80}\bonly (when|if)\b"
    r"[^.]{0,200}\b(records?|notes|documentation) (do|does|did) not (show|include|document)\b|(do|"
    r"does|did) not meet what\b|"
    r"\b(policy|criteria|guidelines?)\b[^.]{0,30}"
    r"\brequires?\b[^.]{0,200}\b(and|but) (none|no (scores?|records?|ratings?|trials?)) (was|were|"
    r"has been|have been) (sent|submitted|provided|documented|included|given)\b|\b(guidelines?|"
    r"criteria|polic(y|ies))\b"
    r"[^.]{0,40}\b(ask|asks|call|calls) for\b[^.]{0,60}\b(cannot|can't|could not|will not) be "
    r"(approved|covered)|\b(policy|criteria|guidelines?)\b[^.]{0,20}\b(does|do) not cover\b"
    r"[^.]{0,60}\bfor (a person|people|patients|members|adults) (who|with)\b|\b(our |"
    r"the |its )?criteria\b[^.]{0,40}"
    r"\b(do|does) not (cover|include|allow)\b|\brequires?\b[^.]{0,120}\b(records?|notes|"
    r"documentation) (show|shows) (that )?(you (are|were|have) not|no)\b|"
    r"\bcovers?\b[^.]{0,80}\bonly (when|if)\b[^.]{0,200}\b(has|have|was|"
    r"were) not (yet )?(been )?(done|documented|shown|met|provided|completed)\b|"
    r"\brequires? (a|an)\b[^.]{0,140}\b(records?|request|documentation|notes)"
    r"\b[^.]{0,40}\b(do|does|did) not (include|show|document|contain|have)\b|"
    r"(?<!who )(has|have|had) not (tried|had (adequate )?trials? of|"
    r"responded to) (at least )?(two|2|three|3|four|4)\b|"
    r"only one (adequate )?(antidepressant )?trial\b|\b(two|2|three|"
    r"3) [^.]{0,40}\btrials\b[^.]{0,160}\b(show|shows|showed|documents?|lists?|"
    r"includes?) only (one|1)\b|(criteria|criterion|requirements?|"
    r"guidelines?)\b[^.]{0,100}\b(not (been )?met|(was|were|are|is) not (satisfied|met))|(does|did|"
    r"do) not meet[^.]{0,60}\b(criteria|clinical (policy|guidelines?)|coverage (policy|criteria|"
    r"guidelines?)|medical policy|requirements)|not (been )?met[^.]{0,40}\bcriteria|"
    r"criteria for coverage (are|were) not|(not (include|show|document|contain|have)|lacks?|"
    r"no (record|documentation) of)[^.]{0,140}\b(the|our|this|your plan's|which|that)"
    r"( [\w&-]+){0,3}? (policy|criteria|guidelines?)( [\w.-]*\d)? (requires?|calls? for)|"
    r"required by (the|our|this) (policy|criteria|guidelines?)|(policy|criteria|"
    r"guidelines?)\b(?:[^.]|\.(?=\S)){0,60}\brequires?\b(?:[^.]|\.(?=\S)){0,140}\b(do|does|"
    r"did) not (include|show|document|contain|have)|(do|does|did) not (include|show|document|"
    r"contain)[^.]{0,200}\b(which|that) (is|are) (one of |among |part of )?(the|our|its|"
    r"their) (coverage |clinical |policy |medical )?(criteria|requirements)",
    "step_therapy": r"\b(has|have|needs?|must) (to )?be tried first\b|\b(that|this|the) step (has|"
    r"needs) to (come|be done|be taken) first\b|"
    r"\bonly after\b[^.]{0,200}\b(not (yet )?(been )?(tried|taken|done|completed)|"
    r"(do|does|did) not show|shows? no)\b|\bnot\b[^.]{0,80}\btried first\b|\ba step\b[^.]{0,40}\b"
    r"requires?\b|\bno [\w-]+ (medicine|medication|drug|agent)s? (has|have) been "
    r"tried\b|"
    r"step[- ]therapy|must (first )?(try|have tried)|\bfirst try|\b(try|"
    r"trial of)[^.]{0,100}\bbefore\b[^.]{0,40}\b(covered|approved|approve|cover)|\b(try|"
    r"trial)\b[^.]{0,40}\b(first\b(?! (?!and\b|or\b|then\b|before\b)[a-z])|before\b(?! (\d|two|"
    r"three|"
    r"four|six|eight|twelve|the end|completing|you appeal)))|(has|have) not (tried|"
    r"had a trial of) (a |the |any )?(preferred|formulary|required|covered|generic|first-line)|"
    r"\b(after|once|until) (a member|you|the member|the patient|members) (has|"
    r"have) (first )?(tried|had a trial of)|(has|have) not (yet )?(tried|"
    r"had a trial of)\b[^.]{0,120}\brequires? before|\btrial of\b[^.]{0,200}\b(is|"
    r"are) needed first\b|formulary alternatives?|preferred (drugs?|alternatives?)[^.]{0,40}(first|"
    r"before|tried)|\b(tried|try) and fail(ed)?\b|(could not|couldn't) (verify|"
    r"confirm) that you (have )?tried\b|\b(must|should) (first )?(be|have been) tried\b|"
    r"\btrial of\b[^.]{0,200}\brequired before\b|"
    r"prerequisite (drug|therapy|medication|treatment)s?|"
    # "before Spravato is covered, the Plan requires that you try …"
    r"\bbefore\b[^.]{0,40}\b(covered|approved)\b[^.]{0,40}\brequires?\b[^.]{0,40}\b(try|tried|"
    r"trial)\b|\brequires?\b[^.]{0,160}\b(augment\w*|add-on)\b[^.]{0,160}\bbefore\b[^.]{0,40}\b"
    r"(is|are|can be) (covered|approved)\b",
    "no_prior_auth": r"\b(authori[sz]ation|approval)\b[^.]{0,120}\bnot covered by (it|that|"
    r"this)\b|\bno (prior )?(approval|authori[sz]ation|"
    r"precertification)\b[^.]{0,20}\b(had "
    r"been|has been|was|were) (requested|asked for|given|obtained)\b|\b(took place|(was|"
    r"were) (given|provided)) after (your|the) (previous |"
    r"prior |earlier )?(authori[sz]ation|approval) (ended|expired)\b|\bbefore (anyone|you|your "
    r"[\w ]{1,20}|the [\w ]{1,20}|we) (asked (us )?for "
    r"(prior )?(authori[sz]ation|approval)|received a request)\b|\bapproval\b[^.]{0,120}\b(does|"
    r"did) not cover\b|(is|are|was|were) not covered by (the|your|an?|that|this) (prior )?"
    r"(authori[sz]ation|approval|precertification)|(did not|didn't) ask (us )?for (prior )?"
    r"(authori[sz]ation|approval|precertification) (until|before)\b|\bno one (asked|requested)\b"
    r"[^.]{0,40}\b(approval|authori[sz]ation|precertification)|"
    r"\bauthori[sz]ation on file\b[^.]{0,120}\b(covered|covers|was for)\b"
    r"[^.]{0,80}\bonly\b|\bneither\b[^.]{0,60}\b(asked|requested|obtained|got)\b[^.]{0,30}\b(prior "
    r"authori[sz]ation|pre-?authori[sz]ation|approval|precertification)|"
    r"\bno record (that|of)\b[^.]{0,40}\b(prior authori[sz]ation|"
    r"pre-?authori[sz]ation|precertification|referral)|\b(there (was|is|were)|we (have|had)) no "
    r"(prior )?(approval|"
    r"authori[sz]ation|precertification)\b|(prior authori[sz]ation|pre-?authori[sz]ation|"
    r"precertification|pre-certification|prior approval|"
    r"authori[sz]ation)[^.]{0,60}(not (been )?(obtained|requested|on file|received|"
    r"approved in advance)|absent|was not (obtained|requested)|required but)|without (a |an |"
    r"the )?(approved |valid |required )?(prior |pre-?)?(authori[sz]ation|approval|"
    r"precertification)|no (prior )?(approved |valid )?(authori[sz]ation|precertification|"
    r"approval) (was |is )?on file|no (prior |pre-?)?(authori[sz]ation|approval|"
    r"precertification) (was |were |has been )?(requested|obtained|covered|given)|no record (that|"
    r"of)\b[^.]{0,60}\b(asked|requested)[^.]{0,40}\b(approval|authori[sz]ation|precertification)|"
    r"authori[sz]ation[^.]{0,120}\b(does|did) not cover|"
    r"authori[sz]ation\b[^.]{0,60}\bapproved only\b|(did not|didn't) (receive|"
    r"get) a request for (prior |pre-?)?(authori[sz]ation|approval)|no record (that|"
    r"of) (a )?(prior |pre-?)?(authori[sz]ation|approval|precertification)|(missing|invalid|"
    r"incomplete)[^.]{0,40}authori[sz]ation (code|number)|requires? (prior |"
    r"pre-?)authori[sz]ation[^.]{0,60}\b(no (authori[sz]ation|approval|request)|none (was|were|"
    r"has been|had been) (requested|obtained|approved|on file))|^\W*no (prior |"
    r"pre-?)?(authori[sz]ation|approval|precertification)\b[^.]{0,40}\b(was|were) (requested|"
    r"obtained)|not (prior[- ]|pre-?)?(authori[sz]ed|approved|certified) (in advance|before|"
    r"prior to)|^\W*no request for (prior )?(approval|authori[sz]ation|precertification)\b|"
    r"(did not|didn't) (get|obtain|request) (prior )?(approval|authori[sz]ation|"
    r"precertification)\b|no (new |current )?(approval|authori[sz]ation) covers\b|(could not|"
    r"couldn't|were unable to) (verify|confirm|find)[^.]{0,80}\b(authori[sz]ation|approval|"
    r"precertification)|(pre-?certification|prior authori[sz]ation|"
    r"pre-?authori[sz]ation) requirements? (was|were) not (met|satisfied|followed)|"
    r"(pre-?certification|pre-certification|prior authori[sz]ation)\b[^.]{0,120}\bno record (that|"
    r"of)\b",
    "out_of_network": r"out[- ]of[- ]network|not an? ([\w&' ]{0,30} )?(plan|network|participating|"
    r"in-network|contracted) (provider|doctor|facility|clinic)|not in (our|the|your plan's|"
    r"your) network|non-?participating|non-?contracted|not (a )?(participating|contracted|"
    r"network) provider|not in [\w' ]{1,30}'s network|not (in|part of) (the |our |"
    r"your )?[\w&' ]{1,40} network\b|not contracted with\b|not participating in (the |your |"
    r"our )?[\w&' ]{0,40}network\b|(does not|doesn't) participate in (the |our |"
    r"your )?[\w&' ]{0,40}network\b|outside (of )?(your|the|our) (plan's )?(network|service area)|"
    r"not (in|part of) (the |your plan's )?network [A-Z0-9]\b|(does not|doesn't|"
    r"did not) have an? contract with|\bhas no contract with",
    "missing_docs": r"\b(did not|didn't) (get|receive) an? (reply|response|answer)\b|"
    r"\b(none of (these|the|those) (records|notes|documents)|nothing) (reached|"
    r"arrived|came)\b|\bnever received (the |any |your )?(requested )?([\w-]+ )?(records|notes|"
    r"information|documentation)\b|\b(did not|didn't|never) reach(ed)? us\b|(did not|have not|"
    r"has not|was not|"
    r"were not) (send( us)?|receive|"
    r"been received|received|provided|submitted)( (the|your|any|all))?( (requested|needed|"
    r"required))?( (medical|clinical|office|visit|progress|treatment))? (information|records|"
    r"documentation|notes|chart)|(information|records|documentation|notes|history|pages|copies|"
    r"statement|forms?|scores?|results)\b(?:[^.]|(?<=Dr)\.){0,80}\b(not|never) (been )?(received|"
    r"provided|submitted|sent to us|come with)|"
    r"(asked|requested)\b[^.]{0,160}\bnothing (had|has|was) (been )?received|"
    r"(record|records|information|form|forms|notes) (was|were) never (returned|sent|received)|"
    r"(records|notes|information) were requested\b(?:[^.]|(?<=Dr)\.){0,120}\bwere not received|"
    r"(did not|didn't) receive (those|these) (records|notes|documents|forms)|(missing|incomplete|"
    r"insufficient) (medical |clinical )?(records?|information|documentation|notes)|"
    r"lacks? (the )?(information|documentation)|additional (information|documentation|records) (is|"
    r"was|are|were) (needed|required|requested)|without (the )?(requested |"
    r"required )?(clinical )?(records|documentation|information)|(did not|didn't|have not|"
    r"has not) (receive|received|get) (them|it|a response)|no (medical |clinical )?(records|"
    r"information|documentation) (was|were) (received|submitted|provided)|unable to (determine|"
    r"make a decision|review|complete)[^.]{0,60}\b(information|records|documentation)|(did not|"
    r"didn't) (get|receive) (this|the|that|any|your|all the )?\s?(requested |needed )?(medical |"
    r"clinical |office )?(information|records|documentation|notes|supporting statement)|"
    r"\bwe (had|have|has) not (yet )?(been )?received (them|it|these|those|the (records|notes|"
    r"statement|scores?|forms?))\b[^.]{0,80}\b(by|before|within)\b",
    "coding_error": r"\bnot an? valid ([\w-]+ ){0,2}code\b|\bnot an? valid NDC\b|(did not|"
    r"does not|didn't) (include|have|"
    r"show) (this|the|a|an|the required) ([\w-]+ ){0,2}modifier\b|(did not|does not|didn't) "
    r"(include|have|show|list) an? valid\b[^.]{0,40}\b(code|NDC|national drug code|modifier)|"
    r"(invalid|incorrect|inconsistent|missing|wrong)\b[^.]{0,30}\b(code|modifier|"
    r"procedure code|diagnosis code)|code[^.]{0,40}\b(is|was) (invalid|inconsistent|incorrect)|"
    r"(diagnosis|procedure|modifier|codes?)\b[^.]{0,30}\b(is|are|was|were) (invalid|inconsistent|"
    r"incorrect|not valid)|(code|codes|units?)(?:[^.]|\.(?=\S)){0,80}(does not|do not|"
    r"did not) (match|correspond|support)|(doesn't|does not|do not) match the (procedure |billing |"
    r"diagnosis )?codes?\b|place of service\b[^.]{0,80}\b(is|was|are) not valid\b|\b(is|"
    r"are) (reported|billed) per \d+ ?(mg|units?)\b[^.]{0,60}\bbilled|billing error|"
    r"billed incorrectly|coding error|codes? (that|which) [\w ]{0,30}\b(does not|doesn't|do not|"
    r"did not) (accept|recogni[sz]e)|(modifier|code)[^.]{0,40}\b(cannot|can't|may not) be (billed|"
    r"used|reported)|without (the|a|an) [\w/ ]{0,20}modifier|(code|codes)\b(?:[^.]|"
    r"\.(?=\S)){0,40}\b(is|are|was|were) not consistent with|(code|codes)\b(?:[^.]|"
    r"\.(?=\S)){0,30}\b(was|were|has been|have been) (discontinued|deleted|retired|ended)|"
    r"without (the |a |an )?[\w -]{0,20}(national drug code|NDC\b)|diagnosis (code )?(?:[^.]|"
    r"\.(?=\S)){0,80}\b(does|do|did) not support|(missing|incomplete|"
    r"invalid)\b[^.]{0,30}\bunits of service",
    "dose_frequency": r"\b(above|over|beyond) the (dose|number|amount|frequency|limit) (allowed|"
    r"permitted|covered)\b|\bmore than the frequency (allowed|permitted|covered)\b|\b(how often|"
    r"frequency|number of (sessions|treatments|doses))\b[^.]{0,60}"
    r"\bmore than (what|"
    r"the amount|"
    r"the number) (is )?(allowed|permitted|covered)\b|\b(dose|amount) higher than the (label )?"
    r"(maximum|most)\b|\bdo(es)? not approve a dose higher\b|"
    r"\ballows?\b[^.]{0,60}\bno more than (once|one|twice|two)\b[^.]{0,20}\b(a|"
    r"per|each) (week|day|month)\b|\b(approved|covered|allowed) (for )?no more than (one|two|once|"
    r"twice|"
    r"\d+)\b|"
    r"\b(goes|go|is|are) (past|beyond|above) the (frequency|limit|number)\b|"
    r"\bas many (of these )?(treatments|services|sessions|visits|"
    r"items)\b[^.]{0,40}"
    r"\bas\b[^.]{0,30}\bcovers?\b|need for this many\b|\bonly (one|1|two|2) (sessions?|"
    r"treatments?|doses?) "
    r"(per|a|each) (week|day|month)\b[^.]{0,30}\b(can|will|may) be (approved|covered)\b|"
    r"more than the number (allowed|approved|covered|"
    r"permitted)\b|covered no more than (once|twice|one|two|\d+)\b|"
    r"more than the (dosing |treatment )?(schedule|dosing|frequency)\b[^.]{0,40}\b(allows?|"
    r"permits?|covers?)\b|\basked for (one|two|three|four|five|"
    r"six|\d+) "
    r"(sessions?|doses?|treatments?|infusions?|visits?) (a|per|each) (day|week|month)\b[^.]{0,120}"
    r"\b(approved|recommended|labell?ed|allowed|covered) (dosing|dose|schedule|frequency)\b|"
    r"(not|n't) cover more than (one|two|three|four|\d+) "
    r"[\w -]{0,30}(sessions?|doses?|treatments?|infusions?|visits?) (a|per|each|every)\b|"
    r"more than the number of (sessions|treatments|visits|doses|units|infusions) (the|your|our) "
    r"(plan|policy|criteria) (covers|allows|permits)\b|"
    r"more than (the|your|our) (criteria|policy|guidelines?|"
    r"plan) (allows?|permits?|covers?)\b|exceeds?[^.]{0,40}(quantity|frequency|dose|dosage|"
    r"maximum|limit|number of)|quantity limit|frequency limit|(more|greater) than the (allowed|"
    r"maximum|approved|permitted)|maximum (number|allowed)|dose (exceeds|above)|"
    r"beyond the (approved|allowed) (number|quantity)|more (often|frequent(ly)?) than|"
    r"more (services|sessions|visits|treatments|units|doses) than (allowed|approved|covered|"
    r"the plan)|more than (the|your|our) (plan|policy|benefit) (allows|covers|permits)|(is|"
    r"are) limited to (one|two|three|four|\d+) (sessions?|doses?|treatments?|infusions?|units?|"
    r"visits?|devices?) (per|every|a|each)|(frequency|dosing|dose|quantity)[^.]{0,40}\b(is|was|are|"
    r"were) not (supported|approved|covered)|\b(only|up to) \d+ (sessions|treatments|infusions|"
    r"units|visits|doses|devices)[^.]{0,40}\b(approved|covered|allowed)|more than (the|that|"
    r"this) (limit|maximum)\b|\b(second|third|fourth|fifth) (session|dose|visit|treatment|"
    r"infusion) in (the|one|a) \d+ days\b|(coverage|benefits?) (is|are) limited to (the (dose|"
    r"dosing|quantity|frequency)|(one|two|three|four|five|six|eight|\d+) [\w -]{0,20}(sessions?|"
    r"doses?|treatments?|infusions?|units?|visits?))|(benefit|visit|session) (maximum|"
    r"limit)\b[^.]{0,80}\b(has been|have been|was|were|is) (met|reached|used|exhausted)|\b(allow(s|"
    r"ed)?|cover(s|ed)?|permit(s|ted)?|approves?)\b[^.]{0,30}?(only |up to |no more than |at most |"
    r"\b)(one|two|three|four|five|six|eight|\d+) (sessions?|doses?|treatments?|infusions?|units?|"
    r"visits?) (a|per|each|every|in)\b",
    "other": r"\bduplicates?\b|\bfalls under (Medicare )?Part B\b|\bPart B rather than\b|"
    r"\bcannot pay (it|them|for it) (a second time|again)\b|\bas part of "
    r"the [\w ]{0,20}(session|visit|service) payment\b|\b(code|payment|rate|fee|session|visit|"
    r"[GSJ]\d{4})\b[^.]{0,30}\balready includes\b|"
    r"\bcannot be paid again\b|"
    r"before (your )?coverage (started|began|took effect)|\bcorrect "
    r"payer\b|\bclaim must be sent to\b|already (been )?paid under (your|the) [\w ]{0,20}(part d|"
    r"pharmacy|prescription drug) benefit|billed the same (services?|sessions?|"
    r"claim)\b[^.]{0,60}\btwice\b|"
    r"enrolled in an? medicare advantage plan\b|\bonly (under|through) (your|the) (plan's )?"
    r"(outpatient )?(pharmacy|prescription drug|medical) benefit|"
    r"already (been )?paid\b[^.]{0,80}\b(as an?|under an?|"
    r"on an?|through) (separate |different )?(pharmacy|prescription|other) claim|"
    r"payment for\b[^.]{0,60}\b(already )?includes\b|separate (drug )?(charge|"
    r"payment)[^.]{0,40}\b(cannot|can't|will not|is not) be paid|billed (twice|more than once)|"
    r"not (paid|payable|reimbursed) separately|included in (the )?(payment|allowance|"
    r"reimbursement)[/\w ]{0,20} for|bundled|timely filing|\brepeats line\b|not paid a second time|"
    r"filed (too late|after the)|received[^.]{0,60}\bafter (that|the) (limit|deadline|time limit)|"
    r"coverage (ended|terminated|was not in effect)|coverage\b[^.]{0,30}\b(ended|"
    r"terminated)\b[^.]{0,40}\bbefore\b|after (your |the )?coverage (ends|ended|terminated)|"
    r"(cannot|can't|can not) be paid on its own|"
    r"(?<!if you are )(?<!if you were )not eligible on the date|filed more than \d+ (days|"
    r"months)|(past|after|beyond) the (plan's )?(timely )?filing (limit|deadline)|(is|"
    r"are) (covered|billed|paid|payable) (under|by) (medicare )?part [abd]\b|"
    r"not (a )?REMS[- ]certified|\bREMS\b[^.]{0,160}\bnot (a )?certified|not (a )?certified\b"
    r"[^.]{0,60}\bREMS\b|"
    r"(handled|covered|paid) under (the|"
    r"your) (plan's )?(outpatient )?(prescription drug|pharmacy|medical) benefit,? not\b|"
    r"other (insurance|coverage) (is|should be) (primary|billed first)|(that|the other|another|"
    r"your other|the employer|the group) ([\w ]{0,20} )?(plan|insurance|coverage)\b[^.]{0,80}\b("
    r"must |should |has to )?pays? first\b|\b(other insurance|other coverage)\b[^.]{0,80}\b(must|"
    r"should|has to) pay first\b|\bis the secondary payer\b",
    "exclusion": r"\bnot an? (covered )?Part D drug\b|not a covered ([\w-]+ ){0,2}(benefit|"
    r"service)|not an? (service|benefit|"
    r"treatment|drug) (that )?(the|your|our) [\w' ]{0,40}\b(covers|pays for|includes)\b|not an? "
    r"(service|benefit|treatment|drug) (that|which) [\w' -]{0,60}\b(covers|pays for)\b|(not|"
    r"n't) (appear )?on a funded line|below the funding line|not a benefit (of|under|in)\b|(is|"
    r"are) (excluded|not covered) (under|by|from)(?! (the|your|an?|that|this) (prior )?"
    r"(authori[sz]ation|approval|precertification|referral))|exclu(ded|des|sion)\b|"
    r"non-?covered benefit|"
    r"not covered under (your|the|this)|(your|the|the member's) (plan|policy|benefit plan|"
    r"benefit program|benefits|coverage) (does|do) not (cover|include|provide|pay for)|"
    r"benefit exclusion|not (on|included in) (the|your|our) (plan's )?(formulary|drug list)|\b(not|"
    r"cannot|can't)\b[^.]{0,200}\bmedically accepted indication|\bonly for\b[^.]{0,60}\bmedically "
    r"accepted indication|"
    r"medically accepted indication\b[^.]{0,200}\b(not|cannot|can't)\b",
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
    "exclusion": (
        "not_necessary",
        "experimental",
        "out_of_network",
        "no_prior_auth",
        "criteria_not_met",
    ),
    "missing_docs": ("no_prior_auth",),
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
    r"charges? exceeds?|within "
    r"(the|this|that|your|our) ([\w'’-]+ ){0,2}(limit|number|amount)",
    re.I,
)


# Whom a policy covers, not what this person lacks: "approved … after the member has not
# responded to at least two antidepressants", "covers it for adults who have not tried …".
POLICY_TERMS = re.compile(
    r"\b(approv\w*|cover\w*|eligible|provides? that)\b[^.]{0,80}\b(after|when|if|once|who)\b"
    r"[^.]{0,30}\b(has|have|had) not (tried|responded|had)\b[^.;,]*",
    re.I,
)
TERMS_KINDS = ("criteria_not_met",)
EXPERIMENTAL_IS_UNNECESSARY = re.compile(
    r"\b(experimental|investigational|unproven)\b[^.]{0,40}\b(are|is) not (considered |deemed )?"
    r"medically necessary",
    re.I,
)
STRAIGHT = str.maketrans("‘’“”", "''\"\"")
# CARC 16's own words name no reason: the remark code beside it says what was missing or wrong.
CARC_16 = re.compile(r"lacks information or has submi\w*\W{0,3}bil+ing\b", re.I)


# The criteria of an exception to the network: "the exception criteria are not met".
NETWORK_EXCEPTION = re.compile(
    r"\bnetwork exception|\bexception to (the|our|your plan's) network|\bout[- ]of[- ]network "
    r"(exception|approval)",
    re.I,
)
# Fewer antidepressant trials than a policy asks for is its criteria unmet, even in words of
# trying first ("you must have tried at least two different antidepressants"); a drug or
# treatment of another kind to try first is a step.
TRIALS_COUNTED = re.compile(
    r"\b(two|2|three|3|a second|another|second)\b[^.]{0,30}\bantidepressants?\b|\bsecond "
    r"(full |adequate )?trial\b",
    re.I,
)
STEP = re.compile(
    r"augment|add-on|adjunct|aripiprazole|quetiapine|brexpiprazole|lithium|liothyronine|thyroid|"
    r"\bTMS\b|transcranial|\bECT\b|electroconvulsive|psychotherapy|preferred|formulary|step "
    r"therapy|\bstep\b|\bfirst (try|tried)\b|\btried first\b|\bcovered (under|by|on) (your|the)\b",
    re.I,
)


# Two reasons given side by side: "… because the records lack a score, and because the plan's
# step therapy program requires …". Each clause is read on its own.
TWO_BECAUSES = re.compile(r",? and (?:also )?because\b", re.I)


def kinds_in(sentence):
    if TWO_BECAUSES.search(sentence):
        kinds = [
            kind for clause in TWO_BECAUSES.split(sentence) if clause for kind in kinds_in(clause)
        ]
        return list(dict.fromkeys(kinds))
    sentence = sentence.translate(STRAIGHT)  # "Molina’s network", "a ‘medical necessity’"
    sentence = CARC_16.sub(" ", sentence)
    kinds = [
        kind
        for kind, pattern in REASONS.items()
        if pattern.search(POLICY_TERMS.sub(" ", sentence) if kind in TERMS_KINDS else sentence)
    ]
    if (
        "criteria_not_met" not in kinds
        and CRITERIA_WORD.search(sentence)
        and NEGATION.search(sentence)
        and not re.search(r"\b(cop(y|ies)|ask (us )?for)\b[^.]{0,40}\bcriteria", sentence, re.I)
    ):
        kinds.append("criteria_not_met")
    if (
        "step_therapy" in kinds
        and TRIALS_COUNTED.search(sentence)
        and CRITERIA_WORD.search(sentence)
        and not STEP.search(sentence)
    ):
        kinds[kinds.index("step_therapy")] = "criteria_not_met"  # a policy's count of trials
    if "criteria_not_met" in kinds and NETWORK_EXCEPTION.search(sentence):
        kinds[kinds.index("criteria_not_met")] = "out_of_network"  # the network's exception
    if "not_necessary" in kinds and EXPERIMENTAL_IS_UNNECESSARY.search(sentence):
        kinds.remove("not_necessary")  # a rule that what is unproven is never necessary
    if "dose_frequency" in kinds and NOT_DOSE.search(sentence):
        kinds.remove("dose_frequency")
    if (
        "experimental" in kinds
        and "exclusion" in kinds
        and not REASONS["experimental"].search(re.sub(r"off-label", " ", sentence, flags=re.I))
    ):
        kinds.remove("experimental")  # an exclusion's list that names off-label use
    kinds = list(dict.fromkeys(kinds))
    return [
        kind
        for kind in kinds
        if not any(stronger in kinds for stronger in OUTRANKED_BY.get(kind, ()))
    ]
