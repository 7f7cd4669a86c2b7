"""A drug list's terms for a drug (prior authorization, step therapy, quantity limit), named
in passing rather than as the reason it was denied."""

import re

# A drug's terms on a drug list, said of it in passing: "Spravato, which requires prior
# authorization and has a quantity limit of 56 mg twice weekly", "Requirements: PA (prior
# authorization), QL (quantity limit)", "This drug also has quantity limits and may require …".
TERMS = re.compile(r"\b((?i:prior authori[sz]ation|step therapy|quantity limits?)|PA|ST|QL)\b")
ABBREVIATED = {"PA": "prior authorization", "ST": "step therapy", "QL": "quantity limit"}
DESCRIBED = re.compile(
    r"\b(requires?|requirements?|needs|has|have|is subject to|comes with)\b|^\W*[\w ]{0,30}:",
    re.I,
)
DECIDES = re.compile(
    r"\b(because|denied|den(y|ies)|not|no|without|missing|exceed\w*|over|beyond|more than)\b", re.I
)


def lists_terms(sentence):
    terms = {ABBREVIATED.get(term, term.lower().rstrip("s")) for term in TERMS.findall(sentence)}
    return len(terms) >= 2 and DESCRIBED.search(sentence) and not DECIDES.search(sentence)


# A drug list's row of its rules: "prior authorization (PA); step therapy (ST); quantity limit
# (QL) of 8 kits per 28 days".
DRUG_LIST_FLAG = re.compile(
    r"\b(prior authori[sz]ation \(PA\)|step therapy \(ST\)|quantity limits? \(QL\))", re.I
)
