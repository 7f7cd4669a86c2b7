"""Sentences that give no reason whatever their words: what a claim was reviewed under, a
statement's counts and "this is not a bill", a line paid, the sender's own guesses above a letter
forwarded, another request closed, a plan document's list of exclusions quoted, where the plan's
rules are told, what an independent review organization reviews."""

import re

NOT_REASON = re.compile(
    # what the claim was reviewed under, named with its title: "This claim was reviewed under LCD
    # L39874, Off-Label Infusion Therapies for Mental Health Conditions."
    r"^(?![^.]*\b(not|no|never|because|found|finds|denied|deny|so)\b)\W*(this|the|your) (claim|"
    r"request|appeal|service|case)s? (was|were|has been|is) (reviewed|decided|evaluated|processed|"
    r"checked) (under|using|against|according to|based on)\b|"
    # a statement's count: "Number of services the plan did not cover"
    r"^\W*(the )?(number|total|count) of (services|claims|items|lines|visits)\b[^.]{0,40}$|"
    r"\b(this is not a bill|not a bill|language assistance|discriminat|free of charge|"
    r"surprise[- ]bill(s|ing)?|no surprises act|(those|these|such) protections (do|does|did) not "
    r"apply|(may|can|will|must) not (be )?(bill|balance[- ]bill|charge)(ed)? (you|"
    r"members?|the member|patients?|for))\b"
    # an aside about other uses: "For your information, the policy also calls it unproven for …"
    r"|\bpaid (it |them |the claim )?at (your|the) out[- ]of[- ]network (benefit|level|rate)\b"
    # "evidence not submitted at the reconsideration level may be excluded from consideration"
    r"|\bexcluded from (consideration|review|the record)\b|\bevidence\b[^.]{0,60}\b(may|will|"
    r"can) be excluded\b"
    # a line paid: "Line 3 was paid at the Original Medicare rate for a non-contracted provider"
    r"|\b(was|were) paid (at|in full|under)\b(?![^.]*(\b(not|denied|but|except|because|due to|"
    r"reduced|only|as|since)\b|\$\s?0\b))"
    # the sender's own guess above a forwarded letter: "maybe it's because they think …"
    r"|^\W*(i guess|not sure|probably)\b|\b(maybe|idk)\b|\bthey are (still |now )?saying\b|"
    r"\bas I read it\b|\bthey are (still |now )?calling it\b|\bprobably\b[^.]{0,20}\b(denied|"
    r"because)\b|\b(i|they) (also |just |still )?(think|"
    r"guess|wonder)\b|"
    # "This amount was applied to your Part B deductible, so Medicare did not pay": no denial
    r"^(?![^.]*\b(denied|not (covered|paid|approved))\b)[^.]*\bapplied to (your|the) "
    r"([\w ]{0,15} )?deductible\b|"
    r"^\W*for your information\b|\bfor (all |any )?other (uses?|conditions?|indications?|"
    r"diagnos[ie]s)\b"
    # (not where it goes on to this claim: "for other conditions, including the post-traumatic
    # stress disorder billed on this claim, it is considered experimental")
    r"(?![^.]{0,80}\b(billed|on this claim|in this request|your (diagnosis|condition))\b)"
    # a portal's status: "Status: PROCESSED - Some services not covered"; a right the law gives
    r"|\bsome (services|items|lines|charges) (were |are )?not covered\b|\b(law|laws|rules?|"
    r"regulations?) gives? you the right\b"
    # another request closed: "Your earlier request for this drug (PA-…, decided May 21, 2026)
    # was closed because we did not get the office notes we asked for."
    r"|\b(your|the|an) (earlier|previous|prior|first|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec)[a-z]*) ([\w-]+ )?request\b[^.]{0,70}\b(was|were) ("
    r"closed|cancel+ed|withdrawn|dismissed)\b|\b(could not|did not|couldn't|didn't) approve (an|"
    r"your|the) (earlier|previous|prior) request\b|^\W*(earlier|previous|prior) requests?\s*:"
    # what an independent review organization reviews: "An IRO reviews denials based on medical
    # necessity, … or that a treatment is experimental or investigational."
    # where the plan's rules are told: "Services that are experimental …, or that are not
    # covered …, are explained in your Evidence of Coverage, Chapter 4."; a plan's rule for all
    # (not an exclusion "listed in your Certificate of Coverage")
    r"|\b(are|is) (explained|described) in (your|the) (Evidence of Coverage|EOC|member "
    r"handbook|certificate|plan documents?)\b|^\W*out[- ]of[- ]network (care|services?) (is|are) "
    r"not covered\b[^.]{0,40}\bexcept\b"
    # the drug listed: "SPRAVATO is on our 2025 Drug List (tier 5, …) for prescriptions that are
    # not covered under Part B"; an MSN's "Codes you did not see on this page, such as …"
    # (not a decision: "We denied your request because SPRAVATO is on our Drug List with a step
    # therapy requirement")
    r"|^(?![^.]*\b(because|denied|with an? (step|quantity))\b)[^.]*\b(is|are) on (our|the|your "
    r"plan's) (\d{4} )?(drug list|formulary)\b|\b(codes|notes) you "
    r"did not see\b"
    # a plan document's list of exclusions quoted: "(q) services or supplies that are not …",
    # numbered by its section ("8.1 Services that are …") or in brackets ("(12) Services …")
    r"|^\W*(\(?[a-z]{1,2}\)|\(\d{1,2}\)|\d{1,2}\.\d{1,2})\s+(services|supplies|drugs|charges|"
    r"treatments?|care)\b[^.]{0,30}\b("
    r"that|which|for which|received from)\b|^\W*\([a-z]{1,2}\)\s[^.]{0,200};\s*$"
    # a policy's rule for all requests: "Esketamine requests that do not meet the criteria in I
    # or II are considered not medically necessary."
    r"|^\W*([\w-]+ ){0,3}(requests|services|claims|uses) that (do|does) not meet\b[^.]{0,60}\b("
    r"are|is)( considered| deemed)? not\b"
    # a key run into one sentence: "Decision key: A1 Approved as requested - M1 Approved with
    # changes … - D4 Denied, information not received - 07 Denied, provider not eligible"
    r"|^\W*(decision|determination|reason|status|note|remark|message) (codes? )?key\s*:(?=(["
    r"^.]*?\s[-–]\s\w{2,3}\s){2})"
    r"|\b(IRO|IRE|independent review organi[sz]ation|external reviewer)s? (reviews?|handles?|"
    r"looks at|considers?) (denials|decisions|appeals|cases)\b"
    # a complaint to a regulator, in the complainant's words: "In her complaint, Ms. Oduya states
    # that Oscar "called ketamine experimental"", "Mr. Vukovich states that his claim … was
    # "denied as experimental" and asks the Department to require Cigna to pay the claim."
    r"|\bin (his|her|their|your|the) (complaint|grievance|inquiry|request for (help|"
    r"assistance))\b(?:[^.]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){0,40}\b(states?|says|said|"
    r"writes?|wrote|claims?|believes?|asks?)\b|\b(states?|says|writes?|claims?|believes?) that ("
    r"his|her|their) (claim|request)\b[^.]*\basks? (the|this) (department|office|bureau|"
    r"division|unit|commissioner|ombuds\w*)\b"
    # what a regulator cannot decide: "The Department cannot make medical necessity
    # determinations, cannot decide whether a treatment is experimental …"
    r"|\b(department|office|bureau|division|commissioner|unit|agency)\b[^.]{0,30}\b(cannot|can't|"
    r"can not|is not able to|(does|do) not have (the )?(authority|power) to|has no (authority|"
    r"power) to) (make|decide|determine|rule on|review)\b"
    # a hospital's bill and its own help: "This balance is your responsibility because it is not
    # covered by your insurance", "Financial assistance does not cover services that are …"
    r"|\bbalance (is|has been) (now )?(your responsibility|transferred to (you|the patient|patient "
    r"responsibility))\b|\b(financial assistance|charity care)( program| policy)? (does|do|will) "
    r"not (cover|apply to|include)\b"
    # a parity disclosure's comparison of limits: "NQTL B - Step therapy (fail-first)."
    r"|\bNQTLs?\b|\bnon-?quantitative treatment limitations?\b"
    # an edit a coder overrode: "CO-236 applied 01/27/2026 …; edit overridden 02/03/2026 on
    # coding review … Line reprocessed and allowed."
    r"|\bedit (was )?overridden\b|\b(reprocessed|released) and (allowed|paid)\b"
    # a statement's key: "Services your Plan excludes, such as …, are shown as "not covered.""
    r"|^(?![^.]*\bbecause\b)[^.]*\b(are|is) (shown|marked|listed|labell?ed) (as|with) [\"“]"
    # the decision with no reason: "Our decision is that your claim is not covered by Medicare."
    r"|^\W*(our|the|this) (decision|determination) is that\b[^.]{0,40}\bnot covered( by "
    r"[\w ]{1,30})?\W*$"
    # a section's title: "… Chapter 4, Section 3 (What services are not covered by our plan)"
    r"|\((what|which) (services|drugs|care|items) (are|is) (not )?covered\b"
    # "We did not receive the other plan's EOB, but that did not affect this decision", "We had
    # not received the records when we made our first decision, but …"
    # (to the sentence's end: not "…, but it did not change our decision because …")
    # "Although this provider is out of network, that did not affect this decision; …"
    r"|^\W*(although|though|even though|while)\b[^.;]{0,80}, (that|this|it) (did|does|has) not ("
    r"affect|change|enter into|play a part in)\b"
    r"|\bbut (that|this|it) (did|does|has) not (affect|enter into|play a part in) (this|our|the) "
    r"(decision|review|determination)\W*$|\b(when|before) we (made|issued|reached) (our|the) "
    r"(first|original|earlier|initial) (decision|determination)\b[^.]{0,20}\bbut (we )?(have|"
    r"got|received) (them|it|those|these)( now)?\W*$"
    # what a plan covers, and what was reviewed: "Your plan has out-of-network benefits for …",
    # "We have finished reviewing your appeal about the claim … from X, an out-of-network provider"
    r"|(?<!not )(?<!never )\b(has|have|includes?|offers?) (an? )?out[- ]of[- ]network (benefits?|"
    r"coverage)\b(?![^.]*\b(not|no|only|except|outside|denied|deny|denies|so)\b)|^\W*we have "
    r"(now )?(finished|completed) (reviewing|our review of)\b(?![^.]*\b(because|since|denied|"
    r"deny|denies|uph[eo]ld|decided|found|determined|concluded|not)\b)"
    # a label's provider with its status, where OCR lost the colon: "Provider X (out of network)"
    r"|^\W*(rendering |billing |treating )?(provider|facility|clinic|pharmacy)\b[^.()]{0,80}\("
    r"(out[- ]of[- ]network|non-?participating|non-?contracted|not in the [\w ]{1,30} network\b["
    r"^()]*)\)|^\W*\((out[- ]of[- ]network|not in the [\w ]{1,30} network)\b[^()]*\)\W*$"
    # what was asked for: "Dr. W asked us to let you get esketamine treatment at T, which is not in
    # the Harvard Pilgrim network, at your in-network cost"
    # (not one never made: "we have no record that your provider asked us to approve more", "no
    # one asked us to approve these visits")
    r"|^(?!.*\b(because|cannot|can't|denied|deny|not approved|no record|no one|nobody|never|did "
    r"not|didn't|had not|has not)\b).*\basked us to (let you|"
    r"allow you to|approve|cover)\b"
    # how the request was handled: "it did not meet urgent criteria and was processed as a
    # standard pre-service request"
    r"|\bnot meet (the )?(urgent|expedited|fast)[\w ]{0,20} (criteria|definition|standard)\b"
    # what someone was told or guesses, in a note added to the letter: "the nurse told me it was
    # denied as …", "her understanding was that …", "From what I can see, …", "she thinks …"
    # (not the plan's own staff: "Our pharmacist said the request exceeds …")
    r"|\b(told me|I was told|we were told|(her|his|my) understanding (is|was)|from what I can "
    r"see|(she|he) thinks|(?<!\bour )(?<!\bplan's )(?<!\bplan )(?<!\boffice )(rep|representative|"
    r"pharmacist|nurse|agent|front desk|someone|customer service|member services|lady|woman|man|"
    r"guy|person)("
    r" on the phone| I (talked|spoke) to| at the pharmacy)? (said|told|says|stated|confirmed)\b|"
    r"\bper (the|a|their) (rep|"
    r"representative|agent)\b|\baccording to "
    r"(the|a|their) (rep|representative|agent|"
    r"person|lady|woman|man|guy|customer service|member services)\b|\bI was (informed|advised) "
    r"(that|it)\b)"
    # (not where the plan made the call: "We called the office, and they said the records would
    # be faxed, but we did not receive them")
    r"|^(?!\W*we (called|contacted|phoned|reached|asked)\b)[^.]*?\bthey (said|told (me|us))\b"
    # an answer to a new rationale that did not come
    r"|\bnew rationale\b[^.]*\brespon(d|se)\b"
    # the request sent on to the right benefit: "so we moved the request to your Part B benefit"
    r"|^(?![^.]*\b(denied|because)\b)[^.]*\b(moved|transferred|forwarded) (the|your|this) request "
    r"to (your|the) (Part [A-D]|medical|pharmacy)\b"
    # "Spravato is on our Drug List with prior authorization and a quantity limit": its terms
    # (not where the sentence says it is why: "We denied your request because Spravato is …")
    r"|^(?![^.]*\b(because|denied)\b[^.]*\b(is|are) (listed )?(on|in) (our|the|your)\b)[^.]*\b(is|"
    r"are) (listed )?(on|in) (our|the|your) ([\w' ]{0,20} )?(drug list|formulary)\b[^.]{0,60}\bwith"
    r"\b"
    # "A noncontracted provider may also ask for a payment appeal …", as the sentence's start
    r"|^[^,;]{0,60}\b(may|can) (also )?(ask|request|file) (for )?(an? |the )?(payment )?(appeal|"
    r"review|reconsideration|redetermination|hearing|dispute)\b"
    # "A new request that includes the missing information may be submitted at any time"
    r"|\bnew request\b[^.]{0,60}\b(may|can) (also )?be (sent|submitted|made|filed)\b|\b(may|"
    r"can) (also )?(send|submit|file|make) (us )?a new request\b"
    # "The clinic may send a corrected claim with the right NDC …", as the sentence's start
    r"|^[^,;]{0,60}\b(may|can) (send|submit|file|resubmit) (us )?(a|the) corrected claim\b"
    # "Your doctor can send us the missing records with a new request or with an appeal.", "…
    # at any time and ask us to look at the request again."
    r"|^[^,;]{0,60}\b(may|can) (send|submit|fax) (us )?(the|any) missing (records|information|"
    r"documents|notes)\b[^.]{0,30}\b((with|in|as part of) (a|an|the|your) (new request|appeal)|"
    r"at any time|and ask us to)\b"
    # "Your provider may want to talk with you about treatments that Medicare covers, such as …"
    r"|^\W*(your|the) (doctor|provider|prescriber|physician|clinician)('s office)? ((may|might) "
    r"want to (talk|speak|discuss)|(may|might|can) (talk|speak) (with|to) you about)\b"
    # a plan document's other exclusions: "Section 7 also lists other exclusions, for example
    # services that are experimental …"; what a review is for: "IMR is used when a service is
    # denied, changed or delayed as not medically necessary, experimental or investigational."
    r"|\b(also )?(lists?|includes?|names?) other (exclusions|limitations)\b|\b(claims?|services?|"
    r"requests?) (are|is) sometimes (not covered|denied)\b|\bno ([\w-]+ ){0,2}(requirement|limit|"
    r"rule)s? (applies|apply|applied)\b|^\W*(transition|continuity) of care (lets|allows|means)\b"
    r"|\bno (criterion|criteria|requirement)s? (was|were|is|are) (found (to be )?)?(not met|"
    r"unmet)\b|\bAdvance Beneficiary Notice\b"
    # a PPO's rule: "so you may see doctors and other providers outside our network who …"
    r"|\b(may|can) (also )?(see|use|visit) [\w ]{0,30}\b(providers?|doctors?)\b[^.]{0,20}\b("
    r"outside|out of) (our|the|your plan's) network\b"
    # a claims page's general text: "Why claims may not be paid (general information) Some
    # services are not paid because …"; a rule for when you use a provider out of the network
    r"|^\W*some (services|claims|requests|lines) (are|were) (not (paid|covered|approved)|denied) ("
    r"because|when)\b|\(general information\)|\bwhen you (use|see|visit|go to) an? (provider|"
    r"doctor|clinic|facility)\b[^.]{0,30}\b(not in|outside|out of) (the|our|your plan's) network\b"
    # "… so the CO group code means you cannot be billed for them"
    r"|\b(can ?not|can't) be (billed|charged) for (it|them|this|these)\b"
    # "Your provider does not need to appeal to fix a billing error; a corrected claim …"
    r"|\b(do|does|did) not need to (file an? )?appeal to (fix|correct)\b"
    r"|\b(IMR|IRO|"
    r"independent medical review|external review)s? (is|are) used (when|if|for)\b",
    re.I,
)
