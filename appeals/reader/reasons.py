"""Why the insurer said no: each reason in the app's categories with the sentence that gives
it, remark codes on explanations of benefits, whether this is the final internal decision, and
whether it was an urgent (expedited) one."""

import re

from patients.knowledge.remarks import remark

from .findings import LIKELY, SURE, Finding

# A sentence that explains rights or what would happen, rather than what was decided.
CONDITIONAL = re.compile(
    r"^\s*(if|whether|unless|in (the )?case|when you|for (denials|decisions|claims) (based|"
    r"involving)|you (may|can|have the right|also have)|external review is available|"
    r"an external review|the external review|independent review|ask for|to (ask|request|file)|"
    r"please note|note:|you or your|this includes|these include|"
    r"we will (send|review|notify|make|decide|give|tell|look|"
    r"reconsider|accept|consider)|we must|your (rights|right)|such as|for example)\b"
    r"|\bif ?(this|the|your|our|we|a|it)\b[^.]{0,80}\b(was|were|is|are|involves?|based|denied)\b"
    r"|\b(e\.g\.|including denials)\b|\bwould (apply|be|have|pay|cover|need)\b",
    re.I,
)
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
    r"(not|n't) (show|establish|demonstrate|support)[^.]{0,80}\bmedically necessary|"
    r"not (deemed |considered )?(a )?[\"']?medical(ly)? necessity|"
    r"(does|did) not meet (the|our|your plan's|the plan's) "
    r"definition of medical(ly)? necess|lack of medical necessity|medical necessity (was|has) "
    r"not|medical necessity (has|was) not (been )?(established|demonstrated|shown|documented)|"
    r"not (medically )?appropriate for (you|your)|(less intensive|lower level of care|"
    r"alternative)[^.]{0,60}\b(appropriate|available|would meet)|most appropriate level",
    "criteria_not_met": r"(criteria|requirements|guidelines?)\b[^.]{0,60}\b(not (been )?met|"
    r"(was|were|are|is) not (satisfied|met))|(does|did|do) not meet[^.]{0,60}\b(criteria|"
    r"clinical (policy|guidelines?)|coverage (policy|criteria|guidelines?)|medical policy|"
    r"requirements)|not (been )?met[^.]{0,40}\bcriteria|criteria for coverage (are|were) not|"
    r"(not (include|show|document|contain|have)|no (record|documentation) of)[^.]{0,140}\b(the|"
    r"our|this|your plan's) (policy|criteria|guidelines?) (requires?|calls? for)|required by "
    r"(the|our|this) (policy|criteria|guidelines?)|(policy|criteria|guidelines?)\b"
    r"(?:[^.]|\.(?=\S)){0,60}\brequires?\b(?:[^.]|\.(?=\S)){0,140}\b(do|does|did) not "
    r"(include|show|document|contain|have)",
    "step_therapy": r"step[- ]therapy|must (first )?(try|have tried)|\bfirst try|"
    r"\b(try|trial of)[^.]{0,100}\bbefore\b[^.]{0,40}\b(covered|approved|approve|cover)|"
    r"\b(try|trial)[^.]{0,40}\b(first|before)\b|has not (tried|had a trial)|"
    r"formulary alternatives?|preferred (drugs?|alternatives?)[^.]{0,40}(first|before|tried)|"
    r"\b(tried|try) and fail(ed)?\b|prerequisite (drug|therapy|medication|treatment)s?",
    "no_prior_auth": r"(prior authori[sz]ation|pre-?authori[sz]ation|precertification|"
    r"pre-certification|prior approval|authori[sz]ation)[^.]{0,60}(not (been )?(obtained|"
    r"requested|on file|received|approved in advance)|absent|was not (obtained|requested)|"
    r"required but)|without (a |an |the )?(approved |valid |required )?(prior |pre-?)?"
    r"(authori[sz]ation|approval|precertification)|"
    r"no (prior )?(authori[sz]ation|precertification|approval) (was|is) on file|"
    r"(did not|didn't) (receive|get) a request for (prior |pre-?)?(authori[sz]ation|approval)|"
    r"no record (that|of) (a )?(prior |pre-?)?(authori[sz]ation|approval|precertification)|"
    r"(missing|invalid|incomplete)[^.]{0,40}authori[sz]ation (code|number)|"
    r"requires? (prior |pre-?)authori[sz]ation[^.]{0,60}\bno (authori[sz]ation|approval|request)|"
    r"not (prior[- ]|pre-?)?(authori[sz]ed|approved|certified) (in advance|before|prior to)",
    "out_of_network": r"out[- ]of[- ]network|not an? (plan|network|participating|in-network) "
    r"(provider|doctor|facility|clinic)|not in (our|the|your plan's|your) network|"
    r"non-?participating|non-?contracted|not (a )?(participating|contracted|network) provider|"
    r"not in [\w' ]{1,30}'s network|not in (the |our |your )?[\w&' ]{1,40} network\b|"
    r"outside (of )?(your|the|our) (plan's )?(network|service area)",
    "missing_docs": r"(did not|have not|has not|was not|were not) (receive|been received|"
    r"received|provided|submitted)( (the|your|any|all))?( (requested|needed|required))?"
    r"( (medical|clinical))? (information|records|documentation|notes|chart)|"
    r"(information|records|documentation|notes)[^.]{0,40}(not|never) (been )?(received|provided|"
    r"submitted)|(missing|incomplete|insufficient) "
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
    r"(invalid|inconsistent|incorrect|not valid)|(code|codes)[^.]{0,40}(does not|do not|did not)"
    r" (match|correspond|support)|billing error|billed incorrectly|coding error|(modifier|code)"
    r"[^.]{0,40}\b(cannot|can't|may not) be (billed|used|reported)",
    "dose_frequency": r"exceeds?[^.]{0,40}(quantity|frequency|dose|dosage|maximum|limit|number "
    r"of)|quantity limit|frequency limit|(more|greater) than the (allowed|maximum|approved|"
    r"permitted)|maximum (number|allowed)|dose (exceeds|above)|"
    r"beyond the (approved|allowed) (number|quantity)|more (often|frequent(ly)?) than|"
    r"more than (the|your) (plan|policy|benefit) (allows|covers|permits)|"
    r"(is|are) limited to (one|two|three|four|\d+) (sessions?|doses?|treatments?|infusions?|"
    r"units?|visits?|devices?) (per|every|a|each)|(frequency|dosing|dose|quantity)[^.]{0,40}"
    r"\b(is|was|are|were) not (supported|approved|covered)|\b(only|up to) \d+ (sessions|"
    r"treatments|infusions|units|visits|doses|devices)[^.]{0,40}\b(approved|covered|allowed)",
    "other": r"\bduplicate\b|not (paid|payable|reimbursed) separately|included in (the )?"
    r"(payment|allowance|reimbursement)[/\w ]{0,20} for|bundled|timely filing|"
    r"filed (too late|after the)|"
    r"coverage (ended|terminated|was not in effect)|not eligible on the date|filed more than "
    r"\d+ (days|months)|(past|after|beyond) the (plan's )?(timely )?filing (limit|deadline)|"
    r"(is|are) (covered|billed|paid|payable) (under|by) (medicare )?part [abd]\b|"
    r"not (a )?(REMS[- ])?certified|other "
    r"(insurance|coverage) (is|should be) (primary|billed first)",
    "exclusion": r"not a covered (benefit|service)|not a benefit (of|under|in)\b|"
    r"(is|are) (excluded|not covered) (under|by|from)|"
    r"exclu(ded|sion)\b|non-?covered benefit|not covered under (your|the|this)|"
    r"(your|the) (plan|policy|benefit plan) does not (cover|include|provide)|benefit exclusion|"
    r"not (on|included in) (the|your|our) (plan's )?(formulary|drug list)",
}
REASONS = {key: re.compile(p, re.I) for key, p in REASON_PATTERNS.items()}
NOT_REASON = re.compile(
    r"\b(this is not a bill|not a bill|language assistance|discriminat|free of charge)\b", re.I
)


# A checklist box at the start of an item, as typed or as OCR reads an empty one: "[ ]", "[]",
# "[{]", "{]", "( )", "☐"; a ticked one has an X or a tick in it.
BOX = re.compile(
    r"^\s*[_~.,'-]?\s*(?P<box>[\[({|]\s?[^\sA-Za-z0-9]{0,2}\s?[\])}|]|"
    r"[\[({]?\s?[xX✓✔]\s?[\])}]|[☐☒☑□■]|LJ|O{1,2}|Oo|0|Cl|C\]|C[O0]|[©@¢oQ]|[&®¥])\s+(?=[A-Z])"
)


def is_unticked(sentence):
    box = BOX.match(sentence)
    return bool(box) and not re.search(r"[xX✓✔☒☑■&®¥]", box.group("box"))


NEGATED = re.compile(
    r"\b(not (denied|based) (as|on|because)|(is|was|were) not (the|a) reason|not because|"
    r"not an? (decision|determination|denial|finding) (that|based)|(did|does|do) not (find|decide|"
    r"conclude|determine|say) (that|whether)|none of (these|the) (lines|services|items)\b[^.]*"
    r"\bdenied|not denied (because|as|for)|not (about|based on) (whether|medical|experimental|the)|"
    r"not an? [\w-]+ (necessity )?denial)\b",
    re.I,
)
MONEY = re.compile(r"\$\s?\d")
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
# A line that states a fact about the claim ("Provider: X (out of network)"), not a reason.
FACT_LABEL = re.compile(
    r"^\s*(provider|rendering provider|billing provider|facility|network status|pharmacy|"
    r"prescriber|place of service)\s*:",
    re.I,
)
# A kind found in a sentence that gives a stronger one is that one's wording, not a reason:
# "non-covered because not deemed a medical necessity" is a medical-necessity denial.
OUTRANKED_BY = {
    "exclusion": ("not_necessary", "experimental", "out_of_network", "no_prior_auth"),
    "missing_docs": ("no_prior_auth",),
    "coding_error": ("missing_docs", "no_prior_auth"),
    # Criteria unmet *because* of a missing step, a dose or missing records: that is the reason.
    "criteria_not_met": ("step_therapy", "dose_frequency", "missing_docs"),
    # "does not meet the medical necessity criteria of policy X": the policy's criteria.
    "not_necessary": ("criteria_not_met",),
}
NOT_DOSE = re.compile(r"fee schedule|allowable|allowed amount|contracted|legislated", re.I)


def is_conditional(sentence):
    return bool(CONDITIONAL.search(sentence))


def kinds_in(sentence):
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


# Where a letter's decision ends and its account of the person's rights begins: what comes
# after it explains appeals and help, and names reasons only as examples.
RIGHTS_HEADING = re.compile(
    r"^\W*(how (to|do i) (appeal|ask|file|request)|your rights?\b|(your )?(appeal|review) rights|"
    r"what you can do|what (if|to do if) (i|you) (disagree|don't agree|do not agree)|if you "
    r"disagree|you have the right to (appeal|ask|request|file)|important information about your|"
    r"(your )?right to (appeal|an appeal|a review)|how to (get|ask for) (help|a review)|get help|"
    r"language assistance|notice of nondiscrimination|external review\W*$|appeals? process|"
    r"you (may|can|have the right to) (appeal|ask (us )?for an? (appeal|review|reconsideration|"
    r"redetermination)|request an? (appeal|review)|file an? (appeal|grievance)))",
    re.I,
)


def decision_part(letter):
    """(the letter's sentences up to its rights section, the rest): all of them first if it has
    none."""
    for number, sentence in enumerate(letter.sentences):
        if number > 2 and RIGHTS_HEADING.search(sentence):
            return letter.sentences[:number], letter.sentences[number:]
    return letter.sentences, []


def gives_no_reason(sentence):
    return bool(
        is_conditional(sentence)
        or NOT_REASON.search(sentence)
        or is_unticked(sentence)
        or FACT_LABEL.match(sentence)
        or NEGATED.search(sentence)
        or len(MONEY.findall(sentence)) >= 2
    )


# A line of a list: its mark (a box as typed or as OCR reads it, a tick, a bullet, or nothing
# when OCR lost the box) and its text.
ITEM = re.compile(
    r"^\s*(?P<mark>[\[({]?\s?[xX✓✔]\s?[\])}]|[^\w\s]{1,3}|[☐☒☑□■]|C[O0]|O{1,2}|0|\d)?\s*"
    r"(?P<text>[A-Z].{6,150})$"
)
CHECKLIST_CUE = re.compile(
    r"\b(marked|checked|ticked|filled[- ]in|x'?ed)\b[^.]{0,40}\b(below|box|boxes)\b|\bbox(es)? "
    r"(below )?(is|are) (marked|checked|ticked|filled)|\b(check|mark|tick)(ed)? (box|boxes)\b|"
    r"\bapplies to you\b[^.]{0,20}\b(marked|checked)",
    re.I,
)
BULLET = re.compile(r"^[•·*\-–▪◦]$")
TICK = re.compile(r"[xX✓✔☒☑■]")


def checklist_items(letter):
    """The texts of a notice's checklist items that are not ticked. A checklist is a run of
    short one-sentence lines, three or more of them reasons; with a tick somewhere, the unticked
    ones are left out; with none to be seen (OCR loses empty boxes) and four kinds or more, none
    of them counts — no letter gives four unrelated reasons at once — and the notice's own words
    decide. A list with bullets is a list of reasons."""
    # "The reason is marked below", "a filled-in box shows the reason": the notice says it is
    # a checklist, so its items count only where a tick can be seen.
    announced = bool(CHECKLIST_CUE.search(letter.text))
    runs, run = [], []
    for line in letter.lines:
        if not line.strip():
            continue
        item = ITEM.match(line)
        text = item.group("text").strip() if item else ""
        if item and len(text) <= 110 and not re.search(r"[.;:] +[A-Z]", text):
            run.append(item)
        elif run and line.strip()[:1].islower():
            continue  # an item's wrapped second line
        else:
            runs.append(run)
            run = []
    runs.append(run)
    left_out = set()
    for run in runs:
        items = [item for item in run if kinds_in(item.group("text"))]
        if len(items) < (2 if announced else 3):
            continue
        marks = [(item.group("mark") or "").strip() for item in items]
        if any(BULLET.match(mark) for mark in marks):
            continue
        ticked = [TICK.search(mark) for mark in marks]
        kinds = {kind for item in items for kind in kinds_in(item.group("text"))}
        if any(ticked) or len(kinds) >= 4 or (announced and len(items) >= 2):
            left_out |= {
                item.group("text").strip()
                for item, tick in zip(items, ticked, strict=True)
                if not tick
            }
    return left_out


def reasons(letter, remarks):
    """Each reason kind once, with the first sentence that gives it; then the remark codes'.
    Only the decision counts, unless it gives none: a side column read first by OCR can put a
    rights heading before the reasons."""
    found = {}
    unticked = checklist_items(letter)
    decision, rest = decision_part(letter)
    for part in (decision, rest):
        for sentence in part:
            if gives_no_reason(sentence) or any(item in sentence for item in unticked):
                continue
            for kind in kinds_in(sentence):
                found.setdefault(kind, Finding(kind, sentence, SURE))
        if found or any(remark(f.value) for f in remarks):
            break
    for finding in remarks:
        entry = remark(finding.value)
        if entry and entry.reason not in found:
            found[entry.reason] = Finding(entry.reason, finding.sentence, LIKELY)
    return list(found.values())


CARC = re.compile(r"\b(?P<group>CO|PR|OA|PI|CR)\s?-?\s?(?P<code>\d{1,3}|[A-Z]\d{1,2})\b")
RARC = re.compile(r"\b(?P<code>MA\d{2,3}|N\d{1,3}|M\d{1,3})\b")


def remark_codes(letter):
    found, seen = [], set()
    for line in letter.lines:
        if not re.search(r"\b(CO|PR|OA|PI|CR|MA|N|M)\s?-?\d", line):
            continue
        for match in CARC.finditer(line):
            code = f"{match.group('group')}-{match.group('code')}"
            if code not in seen and (
                remark(code)
                or re.search(r"remark|reason|adj|code", line, re.I)
                or len(match.group("code")) <= 3
            ):
                seen.add(code)
                found.append(Finding(code, line.strip(), SURE))
        for match in RARC.finditer(line):
            code = match.group("code")
            if code not in seen and (
                remark(code) or re.search(r"remark|code|RARC|\bN\d|\bM\d", line)
            ):
                seen.add(code)
                found.append(Finding(code, line.strip(), SURE))
    return found
