"""What only seems to give a reason: an earlier decision's account, quoted or recounted, the
lists under a heading of what a decision is not about or of ifs, answers to questions about
claims in general, and what an appeal took back."""

import re

from .quiet import GENERAL, is_conditional
from .stated import stated_kind
from .wording import kinds_in

# An appeal decision's account of what the earlier letter said: "That letter gave two
# reasons: …". Where part of it was overturned, the reasons that stand are said again.
EARLIER = re.compile(
    r"(\b(that|the|our|its|their|the plan['’]s) ([A-Z][a-z]{2,8}\.? \d{1,2},? (\d{4} )?|"
    r"\d{1,2}/\d{1,2}/\d{2,4} )?(earlier |first |original |previous |"
    r"initial |(first|second)[- ]level )?(letter|notice|decision|denial)|"
    r"\bexplanation of benefits|\bEOB|\b(denial|decision) (letter|notice) (of|dated) ("
    r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}/\d{1,2}/\d{2,4}))\b[^.]{0,30}\b(gave|listed|"
    r"said|stated|cited|"
    r"was based on|denied|described|called)\b|\b(that|"
    r"(the|our) (earlier|first|original|previous|initial)) (letter|notice|decision) (also |had |"
    r"then )?upheld\b|^\W*on \w+\.? \d{1,2}(\W{1,3}\d{4})?,? we (denied|said|"
    r"decided)\b|\bwhen we first (reviewed|looked at|decided|denied|processed)\b|"
    r"^\W*(original|initial|previous|earlier|first) (denial )?reasons?\b|"
    r"\bthe (first|earlier|original|previous|initial|first-level)( physician| clinical| medical| "
    r"nurse)? reviewer\b[^.]{0,20}\b(found|said|decided|determined|concluded)\b|"
    r"\b(was|were) (first|originally|initially|"
    r"previously) denied\b|\bwe (first|originally|initially|previously) denied\b|\b(original|"
    r"previous|earlier) (denial|request|claim|decision)\b[^.]{0,40}\b(was|were) (issued|denied|"
    r"made|based)\b|\b(your plan|the plan|we) had denied\b|\bin (that|the|our) (earlier |first |"
    r"original |previous |initial )?(letter|notice)\b[^.]{0,20}\bwe\b|"
    # "On October 9, 2025, we did not approve the first request", "When this claim was first
    # processed on 01/22/2026, all six lines were denied"
    # (not a partial approval: "did not approve your original request for two sessions a week")
    r"\b(did not approve|turned down) (the|your) (first|original|earlier|previous|initial) "
    r"(request|claim)\b(?! for [^.]{0,30}\b(sessions?|visits?|treatments?|doses?|units?|devices?|"
    r"a (week|month))\b)|\b(when )?(this|the|your) (claim|request)( above)? was (first|"
    r"originally|initially) (processed|reviewed|decided)\b|"
    # "Your Medicare Summary Notice of February 5, 2026 showed these services as denied"
    r"\b(your|the|our|that) (earlier |previous |prior |last )?(Medicare Summary Notice|MSN|"
    r"explanation of benefits|EOB|notice|letter)( dated| of| from)? ([A-Z][a-z]{2,8}\.? \d{1,2},? "
    r"\d{4}|\d{1,2}/\d{1,2}/\d{2,4}),? ((this|the|these|those|that|your) [\w ]{0,30}\b(was|were) )?"
    r"(showed|said|listed|stated|denied)\b|\b(your|the|our|that) ([A-Z][a-z]{2,8}\.? \d{1,2},? "
    r"\d{4}|\d{1,2}/\d{1,2}/\d{2,4}) (Medicare Summary Notice|MSN|explanation of benefits|EOB|"
    r"notice|letter)\b[^.]{0,30}\b(showed|said|listed|stated|denied)\b|"
    # "On July 8, 2026 we sent you a Notice of Adverse Benefit Determination that said …"
    r"^\W*on \w+\.? \d{1,2}(\W{1,3}\d{4})?,? we (sent|mailed|gave) you an? [^.]{0,60}\b(that|"
    r"which) (said|stated|explained|told you)\b",
    re.I,
)
# A heading over a list of what the decision is not about; a lead-in that makes the list under
# it a list of ifs ("You can appeal if a service was denied because:").
NOT_ABOUT = re.compile(
    r"^\W*(what (this|our) (decision|denial|letter) (is|was|does) not|this (decision|denial) (is|"
    r"was) not (about|based on)|what we did not|reasons? we did not)\b",
    re.I,
)
LEAD_IN = re.compile(r"\bif\b[^.]{0,80}(:|\bbecause)\W*$|^\W*(if|when)\b.*:\W*$", re.I)
# What comes before a quotation: a colon, or a verb of saying where OCR lost the colon.
SAYS = re.compile(r"(:|\b(said|says|stated|states|read|reads|wrote|explained))\W*$", re.I)
# A heading over an appeal decision's account of what came before it; the account runs to the
# next heading.
HISTORY = re.compile(
    r"^\W*(the |our )?(what happened (before|so far|earlier)( (this|your) (appeal|review|"
    r"request))?|(case|claim|appeal|request) history|(case|appeal|request) summary|"
    r"what we decided (before|earlier|first|at first|the first time)|summary of (the|your) (health "
    r")?(plan's|insurer's|carrier's|issuer's) (denial|decision|determination)s?|"
    r"(earlier|previous|prior) (decisions?|denials?|reviews?|requests?)( on this (drug|request|"
    r"claim|service))?|"
    r"summary of (the|this|your) (case|appeal)|"
    r"history of (this|your|the) (appeal|request|claim|case)|"
    r"summary of (the )?(earlier|previous|prior|original|first|initial) (decisions?|denials?|"
    r"determinations?))\b([^.:]{0,40}[:.]?$|"
    # the heading run into its paragraph: "What happened before this appeal On 03/03/2026 we …"
    r"( \(for (your )?(information|reference)( only)?\))?(?<=[a-z)]) (?=(?-i:On|In|We|Your|The|Our|"
    r"After|Before)\s))",
    re.I,
)
HEADING = re.compile(r"^(?![-•*\d])[^a-z.]{0,2}[A-Z][^.;:,!?]{2,70}$")
# what ends an account of what came before: the decision now ("Today's decision: …", "Your
# current request … is denied because …", "… so we cannot cover the sessions")
NOW = re.compile(
    r"\b(today['’]?s decision|(this|our) decision\b(?! replaces)|reasons? for (this|our|the) "
    r"decision(?! (were|was|had been)\b)|why we (denied|cannot|can't|are denying)|(is|are) ("
    r"still )?denied because|(cannot|can't|will not|won't) (cover|approve|pay for) (the|this|"
    r"these|your)|your (current|new) request|we (are|have) (denying|upholding)|we uphold)\b",
    re.I,
)
# an item of the decision now, its ruling in capitals: "Network (reason 2): OVERTURNED."
RULED_NOW = re.compile(r"\b(UPHELD|OVERTURNED|REVERSED|AFFIRMED|APPROVED|DENIED)\b")
# a heading in capitals run into the sentence under it: "WHY WE CANNOT APPROVE THIS REQUEST We …"
CAPS_HEADING = re.compile(r"^\W*[A-Z]{2,}( [A-Z]{2,}){2,}( [A-Z][a-z]|[^a-z]{0,60}$)")
# A list item: it starts with a mark or in lower case, or runs on with "; or".
LIST_ITEM = re.compile(r"^\s*([^\w\s(\[]|[a-z])|[;,]\W*$|\b(or|and)\W*$")
# A question about claims in general, as a list of questions asks it.
GENERAL_QUESTION = re.compile(
    r"^(?!\W*(why|what) (was|were|did|is|has)\b[^?]*\b(denied|decided|decision)\b)(.*\b(would|"
    r"what if|if (my|i|you)|"
    r"my (provider|doctor|claim|request)|a claim)\b)",
    re.I,
)
# Someone passing on the letter's own words: "now they say this:", "this is what the portal says:".
SAYS_NOW = re.compile(
    r"\b(they|it|the (letter|notice|portal|insurer|plan|e-?mail|message)) (now )?(say|says)\b|"
    r"\b(this|here) is what\b|\bhere'?s what\b",
    re.I,
)
# A reviewer's rationale quoted is this decision's own words, not an earlier letter's.
OWN_WORDS = re.compile(r"\b(rationale|reviewer|medical director|physician|psychiatrist)\b", re.I)
# A plan's document, whose words a letter quotes: "Your Benefit Handbook, Section 5, says:".
DOCUMENT = re.compile(
    r"\b(handbook|booklet|certificate|evidence of coverage|plan document|contract|summary plan "
    r"description|policy|manual|section \d+|chapter \d+)\b",
    re.I,
)
# "They read in part:", after the sentence that names them
THEY_SAY = re.compile(r"^\W*(they|it) (say|says|read|reads|state|states)( in part)?:\W*$", re.I)
QUOTE_OPEN, QUOTE_CLOSE = re.compile(r"^\s*[“\"]"), re.compile(r"[”\"]\W*$")
# A paragraph that takes a reason back ("That part of the denial was our error, and we have
# overturned it"): its reasons and remark codes are not this decision's.
# (not "Partly overturned": the rest of that part is still denied, and says why)
TAKEN_BACK = re.compile(
    r"(?<!partly\s)(?<!partially\s)\b(overturn(ed|ing)?|revers(ed|ing)|no longer appl(y|ies)|"
    r"(?P<edit>edit (was )?overridden))\b",
    re.I,
)
# "Missing information is no longer a reason for our decision": that reason, said above it.
NO_LONGER = re.compile(
    r"\bno longer (a|the) reason\b|\b(earlier|first|original|previous) reason no longer applies\b|"
    # "so missing records are no longer an issue in this case"
    r"\b(is|are) no longer an? (issue|problem|concern|factor)\b|\bno longer (being )?denied\b|"
    # "… so we no longer base our decision on the quantity limit"
    r"\bno longer (base|rest) (our|the|this) (decision|denial) on\b|"
    # "We thank you for sending them; they are no longer missing"
    r"\b(they|these|those|the (records?|notes|documents|information)) (is|are) no longer "
    r"(missing|outstanding)\b|"
    # "… so missing records are not a reason for today's decision": what it names, or what was
    # missing or earlier ("A missing statement is not …"), not "The cost is not the reason …"
    r"(^\W*|\b(so|and|but|because) |[,;] )(\w+ ){0,2}(missing|earlier|first|original|previous|that|"
    r"this)([\w-]* [\w-]+){0,4} (is|are) not (a|the) "
    r"reason for (today['’]s|this|our|the) (decision|denial)\b",
    re.I,
)
# "Precertification … was not requested. That was not a factor in this decision": the sentence
# before it, whatever it says.
NO_FACTOR = re.compile(
    r"^\W*(that|this|it) (was|is|were) (not a factor|not considered|given no weight|not relied on)"
    r" in (this|our|the) (decision|review|determination)\b|^\W*(that|this|it) (played|plays) no "
    r"(part|role) in (this|our|the) (decision|review|determination)\b",
    re.I,
)
# "…, but that is not the reason for our decision": what the sentence itself said, no earlier
# reason; "That is not the reason …" at a sentence's start: the one sentence before it.
NOT_THE_REASON = re.compile(r"\b(that|this) ([\w-]+ ){0,3}(is|are) not (a|the) reason\b", re.I)
SAID = re.compile(
    r"\b(denied|was based on|were based on|gave|said|did not approve|told (you|us|your))\b",
    re.I,
)
# An appeal decision that changed the first one: its account of that letter is not its reasons.
CHANGED = re.compile(
    rf"{TAKEN_BACK.pattern}|\bno longer (find|consider|believe|rely on|an? (reason|basis))\b|\bremo"
    rf"ved "
    r"(it|this|that)? ?as an? (reason|basis)\b|\bno longer part of (this|the|our)\b|"
    r"\breason (was|has been|is) (now )?(resolved|removed|withdrawn|dropped)\b|"
    r"\bnot (a|the) reason for (our|this|the|today['’]s) decision|"
    r"\b(did not|do not|need not) (need to )?decide\b(?! (fully|entirely|all) in your favou?r)|"
    r"\bfully favorable\b|\breason for (our|this|the) decision (has )?changed\b|\bno longer why\b|"
    r"\b(did|does|do|will) not rely on (that|this|those|these|the (earlier|first|original|"
    r"previous)) (reasons?|basis|bases|grounds?)\b|"
    r"\b(the plan|we) must (cover|authorize|approve|pay)\b|"
    # what was missing then has come: "Your doctor has since sent the records"
    r"\b(has|have) since (sent|provided|submitted|faxed|given us)\b|"
    r"\bwe (have )?changed (part of )?(our|the) (earlier |first |original |previous )?decision\b|"
    r"\bwe (have )?approved (your|the|this) (request|appeal|claim)\b|"
    r"\b(appeal|claim) (is|was|has been) (now )?(closed|paid|approved)\b|"
    r"\bcorrected claim was paid\b|\bwe reprocessed\b|\b(claim|it) was reprocessed\b|\bsubmitted a "
    r"corrected claim\b|"
    # "Medicare has now approved this service", "lines 1-4 are now paid", "The records question
    # from October is settled … it is not part of today's decision"
    r"\b(has|have) now approved (this|the|your|these|those|that) ([\w()-]+ ){0,2}(services?|claims?"
    r"|"
    r"requests?|treatments?|sessions?|lines?|infusions?)\b|"
    r"^(?![^.]*\b(a|per|each|every) (week|month|day)\b)[^.]*\b(have|are) now (been )?(approved|"
    r"paid)\b(?! (for|in) (part|\d+))|\b(claim|request|service)s? (has|have) now been (approved|"
    r"paid)\b(?! (for|in) (part|\d+))|\blines? "
    r"[\d, -]{1,12}(and \d+ )?(are|is|were|was|have been|has been) now (approved|paid)\b|"
    r"\bnot part of (today['’]s|this|the|our) (decision|review)\b|"
    # "Medicare has now approved and paid the service. This replaces the earlier decision."
    r"\b(has|have) now (approved|paid) and (approved|paid)\b|\breplaces (the|our|that) ([\w ]{0,20}"
    r" )?"
    r"(decision|determination|notice)\b|"
    # "Your provider has now sent it, and the service is approved."
    r"\b(has|have) now (sent|provided|submitted) (it|them|the|those|these)\b|\band the (service|"
    r"claim|request|sessions?|lines?) (is|are|has been|have been) (now )?(approved|paid)\b|"
    r"\b(question|issue|problem)\b[^.]{0,40}\b(is|was|has been) (now )?(settled|resolved|"
    r"cleared)\b|"
    # what was missing came with the appeal: "Your doctor sent the records with the appeal"
    r"\b(sent|provided|submitted|included)( us)? (the|those|these|your) ([\w ]{0,20} )?(records|"
    r"notes|information|documents) (with|for|along with) (the|your|this) appeal\b",
    re.I,
)
# What would happen, not what did: "this initial adverse determination will be reversed".
MAY = re.compile(
    r"\b(will|would|may|might|can|could|must) (be|have been) (overturned|reversed)\b", re.I
)
CODES = re.compile(r"\b(CO|PR|OA|PI|CR)\s?-?\s?\d{1,3}\b")
LEVEL = re.compile(
    r"^(?![^.]*\b(we|is|are) (upheld|uphold|upholding)\b)[^.]*\b(first[- ]level|earlier|"
    r"previous|prior|initial|original) (appeal|decision|review|denial)\b[^.]{0,60}\b(was|were) "
    r"(decided|upheld)\b",
    re.I,
)
STILL_DENIED = re.compile(
    r"\b(is|are|remains?|still) (not (approved|covered|authorized)|denied)\b", re.I
)
UPHELD = re.compile(r"\buph(e|o)ld", re.I)
NO_EFFECT = re.compile(
    r"^\W*(that|this|it) (did|does|has) not (affect|change|enter into) (this|the|our) (decision|"
    r"determination)",
    re.I,
)
PARTLY = re.compile(r"\b(partial(ly)?|partly|in part)\b", re.I)
OVERTURNED_HEADING = re.compile(r"^.{0,80}\b(overturned|reversed)[^\w-]*\n", re.I)
# Where a decision on one part begins: "Part 2 - Prior authorization: UPHELD".
PART_HEADING = (
    # (not a table's cell a wrap broke after a dash: "… 1  OVERTURNED -" / "approved"); or a
    # line that begins with its part's heading, wrapped on: "Esketamine drug, S0013 - UPHELD. The"
    r"(?:Part|Issue|Reason|Item|Line) \d+\b|.{0,80}\b(?:OVERTURNED|UPHELD|REVERSED|APPROVED|"
    r"DENIED)[^\w-]*$|.{0,80}\s[-–—]\s(?:OVERTURNED|UPHELD|REVERSED|APPROVED|DENIED)\.\s"
)


def set_aside(sentences):
    """The sentences that only seem to give a reason: an earlier letter quoted, an appeal
    decision's account of what happened before it, the items of a list of ifs or of what the
    decision is not about, the answers of a list of questions about claims in general ("What if
    my provider is out of network? …")."""
    aside, quoted, in_list, previous, answers, history = set(), 0, False, "", 0, False
    for number, sentence in enumerate(sentences):
        # (a heading run into its paragraph, "History of this claim. Premera received …", where the
        # decision now is said a few sentences on: "Our decision. …")
        if HISTORY.match(sentence) and (
            not sentence.rstrip().endswith(".")
            or any(map(NOW.search, sentences[number : number + 9]))
        ):
            history = True
        elif history and (
            HEADING.match(sentence)
            or CAPS_HEADING.match(sentence)
            or NOW.search(sentence)
            or RULED_NOW.search(sentence)
        ):
            history = False
        if history:
            aside.add(number)
        if number and NO_EFFECT.match(sentence):
            aside.add(number - 1)  # "Your provider is not in … network. That did NOT affect …"
        if sentence.rstrip().endswith("?"):
            answers = 3 if GENERAL_QUESTION.search(sentence) else 0
        elif answers:
            aside.add(number)
            answers -= 1
        if quoted or (
            QUOTE_OPEN.match(sentence)
            and SAYS.search(previous)
            and not OWN_WORDS.search(previous)
            and not SAYS_NOW.search(previous)
        ):
            aside.add(number)
            named = sentences[number - 2] if THEY_SAY.match(previous) and number > 1 else previous
            if not quoted and previous.rstrip().endswith(":") and DOCUMENT.search(named):
                # a plan document's passage, quoted whole to its closing mark: a list of its
                # exclusions, its definitions
                ends = [n for n in range(number, number + 16) if n < len(sentences)
                        and QUOTE_CLOSE.search(sentences[n])]  # fmt: skip
                aside.update(range(number, ends[0] + 1) if ends else ())
            # a quotation runs to its closing mark, and not past a few sentences
            quoted = 0 if QUOTE_CLOSE.search(sentence) or quoted >= 3 else quoted + 1
        elif in_list and LIST_ITEM.search(sentence):
            aside.add(number)
        elif NOT_ABOUT.match(sentence) and len(sentence) > 60:
            aside.add(number)  # the heading and its first sentence, run together
            in_list = True
        else:
            in_list = bool(
                NOT_ABOUT.match(sentence)
                or LEAD_IN.search(f"{previous} {sentence}")
                or (
                    GENERAL.search(sentence)
                    and (sentence.rstrip().endswith(":") or HEADING.match(sentence))
                )
            )
        previous = sentence
    return aside


def sentences_of(block):
    """A paragraph's sentences, its words run together ("… no longer applies.)" ends one)."""
    return re.split(
        r"(?<=[.!?])(?<!Dr\.)(?<!Mr\.)(?<!Ms\.)(?<!Mrs\.)\s+|(?<=[.!?]\))\s+",
        " ".join(block.split()),
    )


def squeezed(text):
    """Text without spaces and hyphens, to compare a sentence with a paragraph whatever its line
    breaks (a word put back together across a line)."""
    return re.sub(r"[\s-]+", "", text)


def taken_back(letter):
    """The paragraphs that take a reason back, and the parts whose heading says they were
    overturned ("Part 1 - Office visits: OVERTURNED"), their words run together. Of a long
    paragraph (a PDF's or a scan's page may come as one), the sentence that takes it back and
    the three before it, which say what it was; of a code key, the entry that says it "no longer
    applies"."""
    paragraphs = re.split(rf"\n\s*\n|\n(?=(?m:{PART_HEADING}))", rejoined(letter.text))
    withdrawn = []
    for block in paragraphs:
        sentences = sentences_of(block)
        back = [
            number
            for number, sentence in enumerate(sentences)
            if TAKEN_BACK.search(sentence)
            and not is_conditional(sentence)
            and not MAY.search(sentence)
        ]
        # what this decision upheld stands beside what it took back; not an earlier level's
        # ("Your first-level appeal … the denial was upheld because the records …")
        if not back or any(UPHELD.search(s) and not LEVEL.search(s) for s in sentences):
            continue
        # a key's entry that says "no longer applies": that entry, not the key
        before = 1 if len(CODES.findall(block)) >= 3 else 3
        if all(TAKEN_BACK.search(sentences[n])["edit"] for n in back):
            before = 0  # a claim line's edit overridden ("… edit overridden 02/03/2026"): that line
        if len(sentences) <= 8 and before == 3:
            # what follows the last reversal stands where it still denies something ("The
            # remaining eight sessions are not approved because …")
            kept = [s for s in sentences[back[-1] + 1 :] if STILL_DENIED.search(s)]
            withdrawn.append(" ".join(s for s in sentences if s not in kept))
        else:
            withdrawn += [" ".join(sentences[max(0, n - before) : n + 1]) for n in back]
    return (
        withdrawn
        + overturned_parts(letter)
        + [text for text, kinds in no_longer(letter) if not kinds]
    )


def no_longer(letter):
    """Each sentence that says a reason is no longer one, with what came before it in its
    paragraph, and the kinds it names: where it names some, only they are taken back there;
    where it names none ("so that is no longer a reason"), the nearest of the three sentences
    before it that told of a reason denied for."""
    found = []
    for block in re.split(r"\n\s*\n", letter.text):
        block = re.sub(r"(\w)-\n(\w)", r"\1\2", block)  # a word hyphenated across a line
        sentences = sentences_of(block)
        for number, sentence in enumerate(sentences):
            if number and NO_FACTOR.search(sentence) and kinds_in(sentences[number - 1]):
                found.append((sentences[number - 1], set()))
                continue
            if NO_LONGER.search(sentence) and not is_conditional(sentence):
                named = set(kinds_in(sentence))
                if named:
                    found.append((" ".join(sentences[: number + 1]), named))
                    continue
                # the nearest sentence above that told of a reason denied for
                this = NOT_THE_REASON.search(sentence)
                if this and not re.search(r"\bso\W*$", sentence[: this.start()], re.I):
                    if this.start() > 3:
                        continue
                    back = 1
                else:
                    back = 3
                said = [
                    earlier
                    for earlier in sentences[max(0, number - back) : number]
                    if (kinds_in(earlier) or stated_kind(earlier))
                    and (SAID.search(earlier) or back == 1)
                ]
                if said:
                    found.append((said[-1], named))
    return found


def rejoined(text):
    """The text with a status a wrap broke put back on one line: "PARTIALLY" / "OVERTURNED"."""
    return re.sub(r"(?i)\b(partially|partly)\n", r"\1 ", text)


def overturned_parts(letter):
    """The parts whose heading says they were overturned, their words run together."""
    parts = re.split(rf"\n(?=(?m:{PART_HEADING}))", rejoined(letter.text))[1:]
    return [
        " ".join(part.split())
        for part in parts
        if OVERTURNED_HEADING.search(part.lstrip())
        and not PARTLY.search(part.lstrip().split("\n")[0])
    ]
