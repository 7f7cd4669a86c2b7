"""Putting a name the app shows on its own (a title, a choice) inside a sentence, and the
patient's "you" in the third person for clinic staff."""

import re

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


# The patient's "you" as clinic staff read it: the patient, in the third person.
_STAFF_VOICE = (
    (r"\byou've\b", "the patient has"),
    (r"\byou're\b", "the patient is"),
    (r"\byou are\b", "the patient is"),
    (r"\byou have\b", "the patient has"),
    (r"\byou don't\b", "the patient doesn't"),
    (r"\byou were\b", "the patient was"),
    (r"\byourself\b", "themselves"),
    (r"\byours\b", "the patient's"),
    (r"\byour\b", "the patient's"),
    (r"\byou\b", "the patient"),
)


def staff_voice(text):
    """“Appeal to your Medicaid plan” → “Appeal to the patient's Medicaid plan”; “you may”
    → “the patient may”: the case file read by clinic staff."""
    text = str(text)
    for pattern, replacement in _STAFF_VOICE:
        text = re.sub(pattern, replacement, text)
        text = re.sub(
            pattern.replace(r"\by", r"\bY"), replacement[:1].upper() + replacement[1:], text
        )
    return text
