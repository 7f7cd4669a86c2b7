"""The language-assistance taglines notices carry in many languages: set aside, never read."""

import re

# Words that open the "language assistance" taglines notices carry in many languages.
TAGLINE = re.compile(
    r"(atenci[oó]n\s*:|chú ý|paunawa|atansyon|внимание|уважение|achtung|attenzione|uwaga|"
    r"aten[cç][aã]o|avis\s*:|ATTENTION\s*:\s*if you speak|si habla espa|nếu bạn nói|"
    r"kung nagsasalita|si w pale|language assistance services|servicios gratuitos de asistencia|"
    r"asistencia ling|tulong sa wika|ASSISTANCE LINGUISTIQUE|assistenza linguistica|"
    r"Sprachunterstützung|pomoc językow|assistência linguística|ملحوظة|注意|주의|ध्यान दें|ATANSYON|"
    r"LUS CEEV|XIYYEEFFANNAA| માહિતી|توجه)",
    re.I,
)


def foreign_share(line):
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if ord(c) > 0x24F) / len(letters)


def is_tagline(paragraph):
    return foreign_share(paragraph) > 0.3 or bool(TAGLINE.search(paragraph))


def without_taglines(block):
    """The block's lines less the taglines, each with the wrapped lines that carry it on."""
    kept, in_tagline = [], False
    for line in block:
        if is_tagline(line):
            in_tagline = True
        elif in_tagline and (
            line[:1].islower()
            or line[:1].isdigit()
            or line[:1] in "(-"
            or "TTY" in line
            or any(ord(c) > 0x7F and c.isalpha() for c in line)
        ):
            pass
        else:
            in_tagline = False
            kept.append(line)
    return kept
