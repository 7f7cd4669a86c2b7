"""A standard code a plan says it uses in its own way: "CO-50: These are non-covered services
because this is not deemed a 'medical necessity' by the payer. Medica uses this code for services
that do not meet a coverage rule, including step therapy." The code's published words are then
not its reason on this notice; the plan's are."""

import re

from .wording import kinds_in

CODE_ENTRY = re.compile(r"^\W*(CO|PR|OA|PI|CR)\s?-?\s?\d{1,3}\b")
OWN_USE = re.compile(r"\b(uses?|used) (this|that|the) code (for|when|to (mean|show))\b", re.I)


def codes_used_otherwise(sentences):
    """Each code's entry the next sentence says the plan uses otherwise, with the kinds its
    published words name that the plan's own words do not."""
    found = []
    for number, sentence in enumerate(sentences[:-1]):
        if CODE_ENTRY.match(sentence) and OWN_USE.search(sentences[number + 1]):
            named = set(kinds_in(sentence)) - set(kinds_in(sentences[number + 1]))
            if named:
                found.append((sentence, named))
    return found
