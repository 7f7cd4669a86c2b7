"""Putting a name the app shows on its own (a title, a choice) inside a sentence."""

# Names that keep their capital inside a sentence.
PROPER = {"Medicare", "Medicaid", "TRICARE", "VA", "IV", "IM", "Spravato", "ECT", "TMS", "CPT"}


def in_sentence(text):
    """“IV ketamine infusions” stays; “Medicare redetermination” stays; “First internal appeal”
    becomes “first internal appeal”."""
    text = str(text)
    first = text.split(" ", 1)[0].strip("(),.")
    if not first or first in PROPER or (len(first) > 1 and first[1].isupper()):
        return text
    return text[:1].lower() + text[1:]
