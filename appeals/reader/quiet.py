"""Sentences that give no reason whatever their words: conditionals and rights, denials of a
reason, definitions and glossaries, notices about bills and language help, facts about the
claim, rows of money."""

import re

from .checklist import BOX, is_unticked
from .druglist import DRUG_LIST_FLAG, lists_terms
from .glossary import is_definition
from .notreason import NOT_REASON
from .plain import plain
from .wording import kinds_in

# What a letter decided, after a mark OCR made of a smudge ("] We denied the services …").
DECIDED = re.compile(
    r"^\W*(we (also )?(denied|are denying|have (also )?denied|did not approve)|your request (was|"
    r"is) denied)\b",
    re.I,
)
# A sentence that explains rights or what would happen, rather than what was decided.
CONDITIONAL = re.compile(
    # "Under Colorado law, external review is available when …": a right, however it starts
    # (or after what comes first: "After the appeal process, you may have the right to …")
    r"^\W*(under [\w' ]{1,40}\b(laws?|rules|regulations),\s*|(after|once|following) (the|your|"
    r"our|this) [\w ]{1,30},\s*(?=you (may|can|have|also have)\b))?(if|whether|unless|si|"
    r"in (the )?case|when you|when (a|an|the|your|this) (denial|decision|"
    r"determination|claim|service|request)|for (denials|decisions|claims) (based|"
    r"involving)|you (may|can|have the right|also have)|"
    r"(an? )?(external review|IMR|independent medical review|(state )?fair hearing)( \(\w+\))? is "
    r"available|"
    r"an external review|the external review|independent review|ask for|to (ask|request|file)|"
    r"please note|note:|you or your|this includes|these include|"
    r"we will (send|review|notify|make|decide|give|tell|look|reconsider|accept|consider)|we must|"
    r"your (rights|right)|such as|for example|some (drugs|services|medicines|treatments|items))\b|"
    r"\bif ?(this|the|your|our|we|a|it)\b[^.]{0,80}\b(was|were|is|are|involves?|involved|based|"
    r"denied)\b|"
    r"\b(e\.g\.|including denials)\b|"
    # the kinds a review right reaches, where OCR read the comma before them as a full stop:
    # "… medical necessity. appropriateness, …) or a determination that a treatment is
    # experimental or investigational, you may request an external review"
    r"\b(experimental or investigational|investigational or experimental)\)?, you (may|can) ("
    r"request|ask for|file for|seek) an? (external|independent)\b|"
    # what kinds of decision a right reaches: "Appeal decisions that turn on medical necessity, on
    # whether a treatment is experimental … can usually be sent to an IRO"
    r"\b(decisions|denials|determinations|cases|disputes) (that|which) (turn|turned|rest|rested) "
    r"on\b|(\bnot|n't) depend on whether\b(?![^.]*:)|\b(may|might) (still )?(cover|pay for) (it|"
    r"this|them)\b[^.]{0,20}\b(when|if)\b|(?<!that )(?<!which )(?<!that one )(?<!that it )\bwo"
    r"uld "
    # not where care "would be given": the place asked about; nor what was to come and did not
    # ("the records would be faxed, but we did not receive them")
    r"(apply|be(?! (given|provided|administered|performed)\b)(?! (faxed|sent|mailed|submitted|"
    r"forwarded|uploaded)\b[^.]{0,40}\bbut\b)|have|need|cover|pay(?! for (one|two|three|four|"
    r"\d+) (sessions?|visits?|doses?) (a|every|each|per) (day|week)))\b|"  # what a count comes to
    # what another notice would say: "A claim turned down as experimental would show a note"
    # (not what notes asked for "would show whether" the treatment helps)
    r"(?<!that )(?<!which )\bwould (use|say|read|cite|list|show)\b(?=[^.]*\b(if|only (for|when|if)|"
    r"instead)\b)|^\W*(a|an|any|another|such an?)\b[^.]{0,20}\b(claim|denial|notice|letter|request)"
    r"\b"
    r"[^.]{0,120}\bwould (use|say|show|read|cite|list)\b|"
    r"\b(explains?|describes?|lists?|indicates?) whether\b|\bwhether to (send|submit|provide)\b|"
    # "it may be covered under Medicare Part B rather than Part D": where else it may be paid
    r"^(?![^.]*\b(denied|not covered|not an? Part D drug)\b)[^.]*\b(may|might|could) (still )?"
    r"be covered under (Medicare )?Part [A-D]\b|"
    # "… is covered under Medicare Part B, so your prescriber may want to talk with you about it"
    r"\bcovered under (Medicare )?Part [A-D]\b[^.]{0,80}\b(may|might) want to\b|"
    # "…; if that happens, you'll see a note explaining it"
    r"\bif (that|this) happens\b(?! again)|"
    r"\b(is|are) (usually|generally|typically|normally) (considered|approved|covered|"
    r"authori[sz]ed)\b|\b(is|are) covered\b(?![^.]*\b(only|not (Part [A-D]|under|by|through|"
    r"your))\b)[^.]{0,80}\b(when|if)\b",
    re.I,
)

NEGATED = re.compile(
    r"^\W*no (lines?|services?|items?|part|claims?)\b[^.]{0,60}\b(was|were) denied\b|"
    # "No quantity limit was applied to this request."
    # "The missing-records issue from June is resolved and is not why the claim is denied now";
    # "the reviewer did not uphold the finding that the infusions are not medically necessary"
    r"\b(is|are|was|were) not why\b|\b(did not|didn't|does not|do not) uphold (the|that|this|"
    r"its|our) (finding|determination|decision|part)\b|"
    # "Your Plan has no network, so no benefits on this claim were reduced because …"
    r"\bno (benefits|lines?|services?|amounts?|payments?)\b[^.]{0,30}\b(was|were) (reduced|"
    r"lowered|denied) (because|as|for)\b|"
    r"^\W*no ([\w-]+ ){1,3}(was|were|is|has been) (applied|used|a factor)\b"
    r"(?![^.]*\b(so|because|not (covered|valid|paid|payable)|denied)\b)|"
    # "Neither line was turned down because …", as OCR may spell it ("tured down")
    r"^\W*(neither|none)\b[^.]{0,40}\b(was|were) (deni\w*|t\w{1,4}d down|refus\w*|reject\w*|"
    r"declined) (because|as|for|on)\b|"
    # "… and neither was denied as experimental or investigational"
    r"\b(neither|none)( of (them|these|those))? (was|were) (denied|turned down|refused) (as|for|"
    r"because)\b|\bhydration excluded\b|"
    # "The CO-16 lines have not been reviewed for medical necessity or …"
    r"\b(has|have) not been (reviewed|evaluated|assessed|considered|looked at) (for|as to)\b|"
    # "We have not found the infusions unproven or not medically necessary"
    r"\b(has|have|did) not (found|find) (the|this|that|these|those|it|them|your)\b[^.;]{0,40}\b("
    r"to be )?(unproven|experimental|investigational|not (medically )?necessary)\b|"
    # "Neither denial above is a decision that the treatment is investigational"
    r"^\W*(neither|none)\b[^.]{0,40}\b(is|was|are|were) (a|an) (decision|determination|finding|"
    r"denial) (that|about|based)\b|(^\W*|, and )nothing (in|on) (this|the|our)\b[^.]{0,40}\b(says|"
    r"means|"
    r"finds|decides|is an? (finding|decision|determination))\b|^\W*nothing (in|on) (this|the|"
    r"our)\b[^.,;]{0,40}\b(was|were) (denied|turned down) (as|for|because)\b|"
    r"((did|does|do) not|no longer) rely on\b|(did|"
    r"does|do|has|have) not (decide|decided|conclude|concluded)\b|\b(decision|[lJI1]etter|notice|"
    r"denial|we|they|it) ((did|does|do|has|have) not|doesn't|didn't|don't) (say|said)\b|"
    # "The Committee did not review, and makes no finding about, whether …"
    r"\b(makes?|made) no (finding|decision|determination) (about|on|as to)\b|"
    r"\b(we are|we're) not saying\b|"
    # "We did not find a coding error: the records show 84 mg was given …"
    r"\b(did|do|does|could) not find (a|an|any) (coding|billing|code) (error|mistake|problem)|"
    r"(has|have) not (found|determined) (that|"
    r"whether)|\b(did|do|does|have|has) not (review|consider|look at|assess|"
    r"evaluate) whether\b|\b(sent|provided|submitted|received|now have|"
    r"got)( us)? the missing\b|\b(did|does) not bill\b[^.]{0,60}\bas\b|\b(not (denied|turned down|"
    r"based|made|"
    r"issued|reached) (as|on|because)|(did|does|do) not need to (decide|determine|consider|"
    r"review)|no longer (find|consider|believe|an? (reason|basis))|(is|are|was|were) not (the|"
    r"a) reason|not because|not an? (decision|determination|denial|finding)( by [\w ]{1,40}?)? ("
    r"that|based|about)|(do|"
    r"does|did) not (require|need) (you )?to try|(does|do|did) not mean\b|(did|does|do) not (find|"
    r"determine|say) (whether|that(?! \w+ (in|on|among) (your|the|our)\b))|"
    r"none of (these|the) (lines|services|items)\b[^.]*\bdenied|"
    r"not (been )?denied (because|as|for|under)|"
    # "We did not use a step therapy rule or a quantity limit to make this decision."
    r"\b(did|do|does) not (use|apply) (a|an|any|the)\b[^.]{0,60}\b(to make|in making) (this|our|"
    r"the) (decision|determination)\b|"
    # "Spravato is not on our plan's list of excluded drugs."
    r"\bnot (on|in|among) (our|the|your) (plan's )?(list of )?(excluded|exclusions)\b|"
    # "Your provider is in network, so no out-of-network rules were applied."
    r"\bno ([\w-]+ ){1,3}(rules?|limits?|penalt(y|ies)|requirements?) (was|were|is|are|has been|"
    r"have been) (applied|used)\b|"
    # Spanish: "Esta decisión no se basa en que el tratamiento no sea médicamente necesario …"
    r"\bno se bas(a|ó|o) en\b|\bno significa que\b|\bno se deb(e|i.) a\b|\bno (es|fue) (por|"
    r"debido a)\b|"
    r"not (about|based on) (any|either|each) of (those|these|them|the above)\b|"
    r"not (about|based on) (whether|medical|"
    r"experimental|the|network|prior|step|your|a|an)|"
    r"no longer (a )?part of(?! (the |our |your |its )?([\w&-]+ ){0,4}network)|\bbox(es)? (for|"
    r"next to)\b[^.]{0,40}\b(was|were|is|are) not (marked|checked|"
    r"ticked)|not an? [\w -]{1,30}?(decision|denial|issue|problem)|not an? (decision|denial|"
    r"determination) (for|based on|about|due to|because of)\b|not an? (medical[- ]necessity|"
    r"E/I|experimental)( or [\w/ -]{1,25})? (decision|determination|finding)\b|(did|do|"
    r"does) not deny\b[^.]{0,60}\b(because|as|for|based|due)|(not|never) (required|asked) to (try|"
    r"have tried)|(do|does|did|will) not (have|need) to try|(is|are|was|were) not (considered |"
    r"deemed )?(experimental|investigational|excluded)\b|(does|do|did) not (treat|regard|view|"
    r"classify|consider|deem) ([\w ]{0,25}?\bas |(it|this|them|that) (to be )?)(experimental|"
    r"investigational|unproven)\b|(does|do|did) not consider [\w-]+ (experimental|investigational|"
    r"unproven)\b(?![^.]*(\band\b|;|\bbut\b|\bhowever\b))|"
    r"^\W*no one (has )?(decided|determined|said) that\b|"
    # "… a Medicare coverage rule and not a plan rule such as prior authorization or a quantity
    # limit"
    r"\bnot an? ([\w-]+ ){0,2}(rule|requirement|limit)s? (such as|like)\b|"
    # "… so missing records are not part of this decision", "The out-of-network issue is resolved."
    r"\b(is|are|was|were) not (a )?part of (today['’]s|this|the|our) (decision|review|denial)\b"
    r"(?![^.]*\bbecause\b)|"
    r"\b(reason|issue|question|problem)\b[^.]{0,10}\b(was|has been|is) (now )?(withdrawn|removed|"
    r"dropped)\b|"
    r"^\W*the [\w -]{0,30}\b(issue|question|problem|matter) (is|was|has been) (now )?(resolved|"
    r"settled|cleared( up)?)(?=\W*$)|"
    # "Nor was the claim denied for lack of precertification or for missing records."
    r"^\W*nor (was|were|is|are|did|does)\b[^.]{0,40}\b(denied|based)\b|"
    r"(did|does|do) not rest on (whether|a finding)\b|"
    # "…; those rules were not used in this decision"
    r"\b(those|these|that|this|its|the) (rules?|provisions?|exclusions?|policies)\b[^.]{0,20}"
    r"\b(was|were|is|are) not (used|applied|considered|relied on)\b|"
    # the last of a list of what it is not based on: "not on …, or on a finding that it is
    # experimental", where OCR may have parted it from its "not"; not after a decision ("We
    # upheld the denial on …, or on a finding that …")
    r"(\b(not|no|neither|never)\b|^(?![^.]*\b(uph[eo]ld|denied|den(y|ies)|decided)\b))[^.]*"
    r"\bor (on|because of) (a|the) (finding|determination|"
    r"decision) that\b|\bexclusion (does|did) not (reach|extend to)\b|"
    # "The excluded drug categories in Section 20.2 do not apply to Spravato"
    r"^\W*the excluded [\w ]{1,30}\b(?:[^.]|\.(?=\d)){0,40}\b(does|do|did) not apply (to|here)\b|"
    # a requirement met, not one a coverage waits on that the sentence goes on to call unmet
    # ("covered only after a step therapy requirement is met, and that step has not been
    # completed"), nor one stated as what coverage waits on ("covered only after a step therapy
    # requirement has been met: an adequate trial of …")
    r"^(?![^.]*\bonly (after|when|if|once|until)\b[^.]{0,60}\b(requirements?|criteria) (is|are|has "
    r"been|have been) met\s*:)[^.]*?"
    r"\b(requirements?|criteria) (was|were|is|are|has been|have been) met\b(?![^.]*\b(not (yet )?"
    r"(been )?(completed|met|done)|(does|do|did) not show)\b)|not (because of|due to) (a|an|the|you"
    r"r))\b|"
    # a criterion listed with its status, met: "- Adult with … two antidepressants - shown
    # (escitalopram and mirtazapine)."
    r"\s[-–—:]\s*(shown|met|documented|satisfied)\s*(\([^)]*\))?\.?\s*$",
    re.I,
)
NOT_THIS_CASE = (
    r"(?![\s\S]*\b(because|since|due to|ketamine|esketamine|spravato|infusions?|dr|"
    r"this (request|claim|service|drug|medicine|treatment)|so we (cannot|can't|could not|will not|"
    r"won't)|and we (cannot|can't|could not|will not|won't) (pay|cover|approve) (for )?(the|your|"
    r"this|these)|we (did not|denied))\b)"
)
# A reviewer's account of the plan's decision: "The carrier denied the request on July 2, 2026,
# stating that …", "Its letter … added that …": the reason only where the reviewer gives none of
# its own (an IRO that agrees with the plan upholds its reason).
# What a plan does in general, not what it decided: a rule about a kind of claim or service
# ("Claims for out-of-network care may be paid at a lower rate"), reasons any request may be
# denied for ("Denial reasons include but are not limited to: …", "We may deny a request when:").
GENERAL = re.compile(
    r"^\W*(claims|services|drugs|medicines|treatments|requests|care|benefits|amounts|charges) (for|"
    r"from|by|that|which|provided|received|given|at|in|after|before)\b(?![^.]*\b(denied|you|"
    r"this (request|claim|service|drug|medicine|treatment|decision)|so we (cannot|can't|could not|"
    r"did not|will not|won't))\b)[^.]*\b(are|is|may|might|"
    r"can|will|must)\b|"
    r"\b(common|typical|possible|usual|general|frequent|some) (denial |adjustment |"
    r"remark )?(reasons|codes)\b|\bexamples? of (denial )?reasons\b|"
    # "Some common ones are: …", "Medicare may deny a service for several reasons, for example:"
    r"\b(common|typical|usual|frequent) ones (are|include)\b|\bthe most (common|typical|usual|"
    r"frequent)( ones| reasons)? (are|include)\b|\b(may|can|could|might) (deny|"
    r"refuse|decline|reject)\b[^.]{0,60}\bfor (several|many|various|different|a number of|"
    r"other) reasons\b|"
    r"\breasons? (for (a )?denials? )?(may |can |could |"
    r"might )?include,? but (are )?not limited to\b|^\W*denial reasons? include\b|\b(a|an|the|"
    r"your) (request|claim|service|drug|medicine|treatment)s? (may|can|could|"
    r"might) be denied\b|^\W*(claims|requests|services|(a|an|any) (service|claim|request|drug|"
    r"treatment))\b[^.]{0,80}\b(may|can|could|"
    r"might) (also )?be denied\b|\bwe (may|can|could|might) deny\b|\breasons? (may|can|could|"
    r"might) include\b|\bdepending on the code\b|\b(this|that|it) (may|can|could|might) be because "
    r"(a|an|the) (service|claim|drug|treatment|request)\b|"
    r"\b(must|will|would) cover\b[^.]{0,80}\bat (the )?in-network (cost|level|rates?)\b|"
    # a deadline to come: "A corrected claim must be received within the Plan's timely filing
    # limit"
    r"\b((must|should) be (received|filed|submitted|sent)|(may|can|must) (send|submit|file|"
    r"resubmit)\b[^.]{0,40}) within (the|our|your|the plan's) ([\w'’]+ ){0,2}timely filing\b|"
    # "Correct the administration code … and send a corrected claim … within the timely filing
    # limit" (not "you did not submit it within the timely filing limit")
    r"^(?![^.]*\b(not|never)\b)[^.]*\b(send|submit|file|resubmit)\b[^.]{0,60} within (the|our|"
    r"your|the plan's) ([\w'’]+ ){0,2}timely filing\b|"
    # a glossary's rule: "A service that is not medically necessary is not covered", "Your plan
    # does not cover these services"; not where it goes on to this case ("…, and ketamine is
    # investigational", "… because Dr. Farris is not in your network")
    rf"^{NOT_THIS_CASE}\W*(a|an|any) (service|drug|treatment|item|medicine|supply)s? "
    r"(that|which)\b|"
    rf"^{NOT_THIS_CASE}[\s\S]*?\b(does not|doesn't|will not|won't) (cover|pay for) (these|such) "
    r"(services|drugs|treatments|items)\b|"
    # a list of kinds it never covers: "Medicare Part D does not pay for drugs that are covered
    # under Medicare Part A or Part B, drugs used for cosmetic purposes, or …" (not an MSN's one
    # message: "Part B does not cover drugs that are usually taken by the patient at home")
    rf"^{NOT_THIS_CASE}[\s\S]*?\b(does not|doesn't|do not|don't) (cover|pay for) (drugs|services|"
    r"treatments|items) (that|which|used)\b[^.]{0,100}, (drugs|services|treatments|items) (that|"
    r"which|used|for)\b",
    re.I,
)
MONEY = re.compile(r"\$\s?\d")
# A line that states a fact about the claim ("Provider: X (out of network)"), not a reason.
FACT_LABEL = re.compile(
    r"^\s*((rendering |billing )?provider|facility|network status|pharmacy|prescriber|"
    r"place of service|other (insurance|coverage|health (insurance|coverage))( on file)?)\s*:",
    re.I,
)


# "explains why a third session would be needed", "covers what Part B would cover": what a
# record or a benefit says, not a condition.
WHY_WOULD = re.compile(
    r"(\b(nothing|not|no \w+)\b[^.]{0,30}\bexplains? why|\bcovers what)\b([^.;,]{0,60})\bwould\b",
    re.I,
)


# "Even if the service were a benefit, your plan pays only for …; the clinic is not a
# participating provider": what follows "even if" holds either way.
EVEN_IF = re.compile(r"\beven if\b[^,;.]*[,;]", re.I)


def is_conditional(sentence):
    sentence = WHY_WOULD.sub(r"\1\3 ", sentence)
    even = EVEN_IF.search(sentence)
    if even and kinds_in(sentence[even.end() :]):
        sentence = EVEN_IF.sub(" ", sentence)  # only where what follows gives a reason itself
    return bool(CONDITIONAL.search(sentence))


# A kind named as not the reason before the one that is: "We do not consider esketamine
# experimental, and we denied the request because …"
NOT_THIS_KIND = re.compile(
    r"^[^.;]*\b((do|does|did) not (consider|regard|view|treat|deem) [\w ,-]{0,40}?|(is|are) not ("
    r"considered |regarded as |deemed )?)\b(experimental|investigational|unproven)\b( or ("
    r"experimental|investigational|unproven)\b)?(,? and\b|;|,? but\b|\W+however\b,?)"
    # "Although we do not consider esketamine experimental, the request is denied because …"
    r"|^\W*(although|while|though)\b[^.;]{0,60}\bnot\b[^.;,]{0,40}\b(experimental|investigational|"
    r"unproven)\b,",
    re.I,
)


def besides_a_kind_ruled_out(sentence):
    return NOT_THIS_KIND.sub(" ", sentence, count=1)


def gives_no_reason(sentence, marked=()):
    """Whether the sentence gives no reason whatever its words; `marked` are the checklist
    items a mark after them ticks ("… to review it. YES"), whatever box OCR saw before."""
    text = plain(sentence)
    return bool(
        is_conditional(text)
        or is_definition(text)
        or NOT_REASON.search(text)
        or (
            is_unticked(sentence)
            and not any(item in sentence for item in marked)
            and not DECIDED.match(BOX.sub("", sentence))
        )
        or FACT_LABEL.match(text)
        or NEGATED.search(text)
        or len(MONEY.findall(sentence)) >= 2
        or len(DRUG_LIST_FLAG.findall(sentence)) >= 2
        or lists_terms(text)
        or sentence.rstrip().endswith("?")  # a question asks; its answer may say why
    )


def after_negation(sentence):
    sentence = plain(sentence)
    negated = NEGATED.search(sentence)
    if not negated:
        return None
    tail = sentence[negated.end() :]
    if negated.group().endswith("because") or re.match(r"\s*because\b", tail):
        return None  # "not made because A, because B, or because C": one list of what it was not
    # "We did not review whether it is necessary because the records never came": the records
    comma = "" if re.search(r"\bwhether\b", negated.group()) else ","
    rest = re.search(
        rf"({comma} because|, but|; (it|the decision|this decision|our decision) (rests|is based|"
        r"was based) (only )?on) (?P<rest>.+)$",
        tail,
    )
    if rest and not NEGATED.search(rest.group("rest")):
        return rest.group("rest")
    # "… is not a covered benefit under your plan (Member Handbook, item 31); a clinical reviewer
    # did not look at whether they would help you": what comes before the clause that negates,
    # where that clause is not about it ("…; those rules were not used in this decision")
    bounds = list(re.finditer(r";\s+|(?<=\)),\s+(?=[A-Z])", sentence[: negated.start()]))
    head = sentence[: bounds[-1].start()] if bounds else ""
    clause = sentence[bounds[-1].end() :] if bounds else ""
    # (or one that names it so further on: "…; the denial was not based on any of those issues")
    about_it = bounds and (re.match(BACK, clause, re.I) or re.search(ALL_OF_IT, clause, re.I))
    return head if head and not about_it and not NEGATED.search(head) else None


ALL_OF_IT = r"\b(any|either|each|all|none) of (those|these|them|the above)\b"
# a clause that begins with what was said before it
BACK = r"(those|these|that|this|they|it|its|their|neither|none|which|such|the (same|above))\b"
