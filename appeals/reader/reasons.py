"""Why the insurer said no: each reason in the app's categories with the sentence that gives
it, and the remark codes of explanations of benefits. Only what was decided counts: rights
sections, conditionals, denials of a reason and unticked checklist items give none."""

import re

from patients.knowledge.remarks import remark

from .aside import CHANGED, no_longer, set_aside, squeezed, taken_back
from .background import ACCOUNT, BILLED, NETWORK_STATUS, NO_AUTH_NUMBER
from .checklist import (
    OTHER,
    checklist,
    explained_after,
    is_unticked,
    lettered_notes,
    marked_after,
)
from .elsewhere import about_other_claims, for_information, forwarded_from, told_before
from .findings import GUESS, LIKELY, SURE, Finding
from .glossary import glossary
from .guess import loose_kind
from .inline import unticked_choices
from .keys import (
    cited_key_lines,
    explains_this_claim,
    not_this_claims,
    uncited_entries,
    unused_legend_entries,
)
from .legend import uncited_in_code_keys
from .quiet import (
    GENERAL,
    after_negation,
    besides_a_kind_ruled_out,
    gives_no_reason,
    is_conditional,
)
from .redefined import codes_used_otherwise
from .requirements import limit_passed, requirements_unmet, response_judged
from .sections import decision_end
from .stated import stated_kind
from .wording import OUTRANKED_BY, kinds_in

EXPERIMENTAL = re.compile(r"experimental|investigational|unproven", re.I)
# "the plan's exclusion applies to the treatment itself": the exclusion named before, no other
BACK_REFERENCE = re.compile(
    r"\b(the|this|that|its|the plan's|your plan's) exclusion (applies|does|did|is|was)\b", re.I
)
# A remark code about the claim's own codes (M119, "… National Drug Code (NDC)") is a reason of
# its own beside a missing approval or missing records, not their wording.
DRUG_OR_SERVICE_CODE = re.compile(
    r"\b(NDC|national drug code|modifier|procedure code|diagnosis|HCPCS|CPT)\b", re.I
)

# A ticked box as a PDF or a pasted copy prints it; OCR makes something else of it.
PRINTED_TICK = re.compile(r"^\s*(☒|☑|\[[xX✓✔]\])\s", re.M)
# What OCR makes of a filled box at the start of an item: "&", "®", "¥", "■", an X.
OCR_TICK = re.compile(r"^\s*[&®¥■xX]\s+(?=[A-Z])")
CARC_16_BESIDE = re.compile(
    r"^\W*(CO|PR|OA|PI)\s?-?\s?16\b\W{1,5}(?P<remark>MA?\d{1,3}|N\d{1,3})\b", re.I
)
# A line of a claim's codes: "CO-197: Precertification … absent."
CODE_LINE = re.compile(r"^\W*(CO|PR|OA|PI|CR)\s?-?\s?\d{1,3}\b")
# The code a key's entry begins with: "CO-15 …", "N54 …", "MA130: …".
LEADING_CODE = re.compile(r"^\W*((?:CO|PR|OA|PI|CR)\s?-?\s?\d{1,3}|MA?\d{1,3}|N\d{1,3})\b")

# A letter gives one reason for its decision, or two. Where the reader finds more, the first two
# in the order the letter gives them (its own words before its codes') are its reasons; the rest
# it names for some other purpose (a key, a definition, an earlier decision), and the patient is
# shown them to tick. In the first reads of 848 dev letters (17 batches, each read before any
# change for it) a reason found beyond the second was wrong 45 times in 60; 4 dev letters in
# 1,658 give three.
MOST_REASONS = 2
# "Not covered by your Part D benefit" where the letter says Part B covers the drug: the drug's
# benefit is its reason, not an exclusion.
PART_D = re.compile(r"\bnot covered (by|under) (your |the )?(Medicare )?Part D\b", re.I)
PART_B = re.compile(
    r"(?<!not )\b(covered|paid|billed) (by|under|to|through) (your )?(Medicare )?Part B\b"
    r"(?![^.]{0,40}\b(when|if)\b)|"
    r"\b(is|it's) a Part B drug\b|^(?![^.]*\bPart B (does|do|did|will) not\b)[^.]*?"
    r"\bPart B\b(?![^.]{0,20}\b(not|never)\b)[^.]{0,80}\bcovers?\b",
    re.I,
)
# an exclusion in its own words: not one Part B's coverage of the drug explains
OWN_EXCLUSION = re.compile(r"\bexcluded\b|\bnot a Part D drug\b|\bbulk\b", re.I)
SEVERAL = re.compile(
    r"\b(for|because of|based on|on) (these|the following|several|multiple|two|three|four) "
    r"(reasons|grounds)\b|"
    # "… is not met and the denial also stands on that basis"
    r"\b(denial|decision) (also|further) (stands|rests) on (that|this) (basis|ground)\b",
    re.I,
)


def ruled_out_by_boxes(letter, unticked, ticked):
    """A notice that ticks its reasons in boxes as printed, or that OCR read with a tick's mark
    before each ticked item (not one it guessed from a lost box), has said which apply: the
    kinds of its unticked boxes are not reasons wherever else it names them."""
    if not any(not OTHER.match(item) for item in ticked):
        return set()
    if not PRINTED_TICK.search(letter.text) and not (
        all(on_a_line_begun_by(letter, item, OCR_TICK.match) for item in ticked)
        and all(on_a_line_begun_by(letter, item, is_unticked) for item in unticked)
    ):
        return set()
    # a ticked "Other: …" item names the kind "other", whatever its words
    others = {"other" for item in ticked if OTHER.match(item)}
    return (
        {kind for item in unticked for kind in kinds_in(item)}
        - others
        - {kind for item in ticked for kind in kinds_in(item)}
    )


def on_a_line_begun_by(letter, item, mark):
    """Whether the item stands on a line that begins with the mark (a tick, an empty box)."""
    return any(mark(line) and item[:40] in line for line in letter.lines)


def without(sentence, items):
    """What a sentence says besides the unticked items in it: OCR may run a checklist's two
    columns into one line, an unticked item beside a ticked one. The shorter first, so that a
    key's entry found in a line of two is taken out, not the whole line with the entry beside it
    (and the same on every run, whatever the order of the set)."""
    for item in sorted(items, key=lambda item: (len(item), item)):
        if item in sentence:
            sentence = sentence.replace(item, " ")
            continue
        # an item whose line runs on past its first sentence, which a sentence of the letter
        # ends with ("… are marked &) DC The service is not medically necessary.")
        first = re.match(r"^(.{20,}?[a-z]\.)\s+[A-Z0-9]", item)
        if first and sentence.endswith(first.group(1)):
            sentence = sentence[: -len(first.group(1))]
    return sentence


def continues_its_code(before, sentence):
    """Whether `sentence` is the rest of the published meaning of the code `before` begins
    with."""
    code = LEADING_CODE.match(before)
    entry = code and remark(re.sub(r"^(CO|PR|OA|PI|CR)\W*", r"\1-", code.group(1)))
    if not entry:
        return False
    said, published = (
        " ".join(re.findall(r"[a-z]+", text.lower())) for text in (sentence, entry.meaning)
    )
    return said.count(" ") > 0 and said in published


def reasons(letter, remarks):
    """Each reason kind once, with the first sentence that gives it; then the remark codes'.
    Only the decision counts, unless it gives none."""
    legend = unused_legend_entries(letter)
    unticked, ticked = checklist(letter)
    cited, not_cited, uncited = cited_key_lines(letter)
    # a key whose codes, letters or numbers the notice cites: the others are not reasons
    unticked = {item for item in unticked if not any(item in line for line in cited)}
    legend |= not_cited
    # a cited entry's letter OCR might take for a box, and a note lettered in turn
    marked = marked_after(letter) | cited | lettered_notes(letter.sentences)
    marked |= explained_after(letter)
    ruled_out = ruled_out_by_boxes(letter, unticked, ticked | marked)
    unticked |= legend | unticked_choices(letter)
    withdrawn = [squeezed(block) for block in taken_back(letter)]

    def stands(sentence):
        return not any(squeezed(sentence) in block for block in withdrawn)

    sentences = letter.sentences
    others = not_this_claims(letter) | uncited_entries(letter) | about_other_claims(letter)
    others |= for_information(letter)
    aside = set_aside(sentences) | glossary(sentences)
    aside |= {number for number, sentence in enumerate(sentences) if sentence in others}
    if withdrawn or any(CHANGED.search(sentence) for sentence in sentences):
        aside |= told_before(sentences)
    # (what follows a kind ruled out is judged alone: "… is not considered experimental, and we
    # denied the request because …")
    stripped = [besides_a_kind_ruled_out(sentence) for sentence in sentences]
    besides = [without(text, unticked) for text in stripped]
    silent = [
        number in aside
        or gives_no_reason(stripped[number], marked)
        or any(sentence in item for item in unticked)
        or len(re.findall(r"[A-Za-z]{3,}", besides[number])) < 2
        or not stands(sentence)
        for number, sentence in enumerate(sentences)
    ]
    kinds = [
        [] if quiet else [kind for kind in kinds_in(text) if kind not in ruled_out]
        for text, quiet in zip(besides, silent, strict=True)
    ]
    for number, sentence in enumerate(sentences):
        # "We did not need to decide whether it is experimental, because the drug is not a
        # covered benefit": what follows the denial of one reason gives another.
        rest = after_negation(sentence)
        if silent[number] and rest and number not in aside and not gives_no_reason(rest):
            kinds[number] = [kind for kind in kinds_in(rest) if kind not in ruled_out]
    for number in range(1, len(sentences)):
        # "N54 Claim information is inconsistent with … services. Additional information is
        # needed.": the rest of a code's published words gives the code's reason, not its own
        if kinds[number] and continues_its_code(sentences[number - 1], sentences[number]):
            kinds[number] = []
    requirements_unmet(sentences, kinds, silent)
    limit_passed(sentences, kinds, silent)
    response_judged(sentences, kinds)
    for number, sentence in enumerate(sentences):
        # "CO-16 / M119: The claim lacks information needed …": CARC 16's words say only that
        # something is missing or wrong; the remark code beside it says what
        beside = CARC_16_BESIDE.match(sentence)
        entry = beside and remark(beside.group("remark").upper())
        if entry and kinds[number] == ["missing_docs"]:
            kinds[number] = [entry.reason]
    for number, text in enumerate(besides):
        # a reason the letter says is its reason, in words no rule knows
        if not kinds[number] and not silent[number]:
            kinds[number] = [kind for kind in stated_kind(text) if kind not in ruled_out]
    # a reason named as no longer one, in the sentences that said it (and its codes)
    dropped = set()
    for text, named in no_longer(letter) + codes_used_otherwise(sentences):
        dropped |= named
        for number, sentence in enumerate(sentences):
            if named and squeezed(sentence) in squeezed(text):
                kinds[number] = [kind for kind in kinds[number] if kind not in named]
    start = forwarded_from(letter)
    if start and any(kinds[start:]):
        # Above the forwarded letter: the sender's own words, and guesses ("I think they want
        # TMS first"), not the insurer's.
        kinds[:start] = [[] for _ in range(start)]
    overturned = any(
        re.search(r"(?<!be )(?<!not )\b(overturned|reversed)\b", sentence, re.I)
        and not is_conditional(sentence)
        for sentence in sentences
    )
    code_lines = [bool(CODE_LINE.match(sentence)) for sentence in sentences]
    if overturned and any(k for k, code in zip(kinds, code_lines, strict=True) if not code):
        # An appeal that overturned part of a denial: its code key is the first denial's, and
        # what was upheld is said in words.
        kinds = [[] if code else k for k, code in zip(kinds, code_lines, strict=True)]
        remarks = []
    # What the plan does in general, what you may be billed, and a code key's entries OCR parted
    # from their codes (not those the notice cites) give a reason only where the letter gives
    # none of its own.
    keyed = {
        n for n in uncited_in_code_keys(sentences, cited) if not explains_this_claim(sentences, n)
    }
    keyed |= {  # (an entry's line, or one of the sentences the line holds)
        n
        for n, sentence in enumerate(sentences)
        if any(line in sentence or len(sentence) > 20 and sentence in line for line in uncited)
    }
    background = [
        bool(
            GENERAL.search(sentence)
            or BILLED.search(sentence)
            or ACCOUNT.search(sentence)
            or NETWORK_STATUS.search(sentence)
            or NO_AUTH_NUMBER.search(sentence)
        )
        or number in keyed
        for number, sentence in enumerate(sentences)
    ]
    if any(k for k, rule in zip(kinds, background, strict=True) if not rule):
        kinds = [[] if rule else k for k, rule in zip(kinds, background, strict=True)]
    if any("criteria_not_met" in k for k, code in zip(kinds, code_lines, strict=True) if not code):
        # A code key's standard words ("CO-50 … not deemed a 'medical necessity'") say less than
        # the letter's own: which policy's criteria were not met.
        kinds = [
            [kind for kind in k if kind != "not_necessary"] if code else k
            for k, code in zip(kinds, code_lines, strict=True)
        ]
    end = decision_end(sentences, kinds)
    found = {}
    for part in (range(end), range(end, len(sentences))):
        for number in part:
            for kind in kinds[number]:
                found.setdefault(kind, Finding(kind, sentences[number], SURE))
        if found or any(remark(f.value) for f in remarks):
            break
    # CARC 16 says only that something is missing or wrong; a remark code beside it says what.
    explained = any(remark(f.value) for f in remarks if "-" not in f.value)
    set_aside_text = [sentences[number] for number in aside]
    # a key's entry that only the key prints, where the letter gives reasons in its own words
    key_text = [sentences[number] for number in keyed]
    if any(finding.sentence not in key_text for finding in found.values()):
        set_aside_text += key_text
    for finding in remarks:
        entry = remark(finding.value)
        # the part of the code's line, within its sentence, that names the code
        parts = re.split(r"(?<=[.!?])\s+", " ".join(finding.sentence.split()))
        line = next((part for part in parts if finding.value.split("-")[-1] in part), parts[0])
        if (
            entry
            and entry.reason not in found
            and entry.reason not in ruled_out | dropped
            and not any(line in sentence for sentence in set_aside_text)
            and (
                not any(kind in found for kind in OUTRANKED_BY.get(entry.reason, ()))
                or entry.reason == "coding_error"
                and DRUG_OR_SERVICE_CODE.search(entry.meaning)
            )
            and not (entry.code == "16" and ("coding_error" in found or explained))
            and stands(" ".join(finding.sentence.split()))
            and stands(line)
            and not any(finding.sentence.strip() in entry for entry in legend)
        ):
            found[entry.reason] = Finding(entry.reason, finding.sentence, LIKELY)
    if not found:
        # no rule knows the decision's words: a guess from the first sentence that says no
        for number in range(end):
            kind = not silent[number] and not background[number] and loose_kind(besides[number])
            if kind and kind not in ruled_out:
                found[kind] = Finding(kind, sentences[number], GUESS)
                break
    if (
        "experimental" in found
        and "exclusion" in found
        and excludes_the_same(found, sentences, kinds, ticked)
    ):
        found.pop("exclusion")  # an exclusion of what is experimental is that reason alone
    if (
        "exclusion" in found
        and "other" in found
        and PART_D.search(found["exclusion"].sentence)
        and not OWN_EXCLUSION.search(found["exclusion"].sentence)
        and PART_B.search(found["other"].sentence)
    ):
        found.pop("exclusion")  # "not covered by your Part D benefit", as Part B covers it
    return list(found.values())


def most_likely(letter, found):
    """The reasons found split in two: the letter's reasons, and the others it also names. A
    letter that says it gives several ("for the following reasons:") gives them all."""
    if SEVERAL.search(letter.text):
        return found, []
    return found[:MOST_REASONS], found[MOST_REASONS:]


# a sentence that says it gives another reason
APART = re.compile(
    r"^\W*(separately|in addition|additionally|second(ly)?|another|why (lines?|rows?|items?) [\d, "
    r"and]+ (was|were) denied)\b",
    re.I,
)


def excludes_the_same(found, sentences, kinds, ticked=()):
    """Whether the exclusion found is of what is experimental: said in words that name it, or
    near a sentence that does; not a plan's exclusion of something else the letter denies
    ("compounded medicines are not covered")."""
    exclusion = found["exclusion"].sentence
    if exclusion not in sentences:
        return True
    apart = APART.match(exclusion) or APART.match(found["experimental"].sentence)
    if apart or any(item in exclusion for item in ticked):
        # "Separately, the charges for the taxi rides … are not covered", "Separately, oral …
        # ketamine … is considered experimental", a box of its own ticked
        return False
    at = sentences.index(exclusion)
    near = kinds[max(0, at - 2) : at + 3]
    # or the passage it introduces: "… defines the term used in the exclusion that applies to
    # your claim:" / "\"Experimental, Unproven or Investigational. …"
    quoted = exclusion.rstrip().endswith(":") and EXPERIMENTAL.search(
        " ".join(sentences[at + 1 : at + 3])
    )
    return (
        any("experimental" in k for k in near)
        or bool(EXPERIMENTAL.search(exclusion) or quoted)
        or bool(BACK_REFERENCE.search(exclusion))
    )


# not a code OCR made of a cell's "CO-45, PR-3": "CO4®", "CO-4!"
CARC = re.compile(r"\b(?P<group>CO|PR|OA|PI|CR)\s?-?\s?(?P<code>\d{1,3}|[A-Z]\d{1,2})\b(?![®©™°!])")
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
