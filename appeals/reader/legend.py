"""A code key whose entries OCR parted from their codes (a photographed statement's columns, a
key printed below the signature): its entries are what the insurer's codes mean in general, and
give a reason only where the letter gives none of its own."""

import re

from .keys import KEY_ENTRY, LEGEND_ENTRY

# A code key's heading: "What your codes mean", "Wellmark message code key", "Reason code key",
# "This key lists the message codes that appear most often on our statements".
KEY_HEADING = re.compile(
    r"^\W*(what (the|your|these) ((determination|decision) )?codes mean|"
    r"[\w ]{0,30}\b(message|remark|reason|adjustment|denial|explanation|determination|decision|"
    r"note) codes? ((key|legend|descriptions?|glossary)|\((full|complete) list\b)|"
    r"codes? (key|legend|descriptions?)|"
    r"(key|legend) (to|of|for) (the |your |these )?codes|this key lists|(reject|rejection|remark|"
    r"reason|adjustment|denial) codes (you may see|that may appear|used) (on|in) (this|these|"
    r"your))\b",
    re.I,
)
CLOSING = re.compile(r"^\W*(sincerely|respectfully|regards|best regards|yours truly)\b\W*", re.I)
SPEAKS = re.compile(r"\b(we|our|us)\b|\b(you|your)\b.{60}", re.I)
# Past the key: a claim's line with its amounts, or a claim's label or message ("Claim number:",
# "Message: Prior authorization was not obtained").
PAST_KEY = re.compile(r"\$\s?\d|^\W*(claim|message|notes?|remarks?)\b[^.:#]{0,30}[:#]", re.I)


def in_code_keys(sentences):
    """The sentences of a code key whose entries OCR parted from their codes (a photographed
    statement's columns): from the key's heading on, up to the plan's own words, a claim's line
    or message, or a long sentence to the reader. A key below the signature, or one that says
    it holds every code the plan uses, speaks to the reader in its entries ("We asked for
    medical records … and did not receive them"): it runs to the next heading."""
    inside, general, signed, keyed = False, False, False, set()
    for number, sentence in enumerate(sentences):
        signed = signed or bool(CLOSING.match(sentence))
        if KEY_HEADING.match(sentence):
            inside, general = True, signed
        elif inside and (GENERAL_KEY.search(sentence) or ONLY_SOME.search(sentence)):
            general = True
        elif inside and general and NEXT_HEADING.match(sentence):
            inside = False
        elif inside and (SPEAKS.search(sentence) and not general or PAST_KEY.search(sentence)):
            inside = False
        elif inside and len(sentence) > 200 and not general:
            inside = False
        if inside:
            keyed.add(number)
    return keyed


# "This key is printed on all BCBSIL utilization review letters", "This key lists every reason
# code Oscar uses"
GENERAL_KEY = re.compile(
    r"(this|the) (key|list|legend) (is printed on|lists|shows|explains) (all|every|each)\b", re.I
)
# "Only the codes listed on page 1 … are the reasons", "Only a code printed in the table applies"
ONLY_SOME = re.compile(r"\bonly (the|a|those) codes? (listed|shown|printed|that appear)\b", re.I)
# A heading past the key: "Your right to appeal", "How to ask for an appeal"
NEXT_HEADING = re.compile(
    r"^(?=.{0,60}$)(?-i:[A-Z])\W*[\w' ,&-]*\b(rights?|appeals?|review|help|questions?|how to|"
    r"what to do|next steps?)\b[\w' ,&()-]*$",
    re.I,
)


def uncited_in_code_keys(sentences, cited):
    """The sentences of code keys (as `in_code_keys`) but those of the entries the notice cites:
    an entry's own sentences and those that go on from it up to the next entry ("M119 – Missing
    … (NDC). The esketamine line was billed without a valid NDC …")."""
    keyed, in_cited = set(), False
    for number in sorted(in_code_keys(sentences)):
        sentence = sentences[number]
        of_cited = any(sentence in line or line in sentence for line in cited)
        if of_cited or KEY_ENTRY.match(sentence) or LEGEND_ENTRY.match(sentence):
            in_cited = of_cited
        if not in_cited:
            keyed.add(number)
    return keyed
