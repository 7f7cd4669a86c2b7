"""Codes as OCR misreads them: a claim adjustment group in lower case, its first letter doubled
or its O a zero ("co-11", "Cco-15", "c0-97"); a letter and two digits ("AOl" for A01)."""

import re


def code_pattern(code):
    """A pattern of the code printed, as OCR may read its group ("CO-97": "c0-97", "Cco 97")."""
    if re.fullmatch(r"[xX]\d{2}", code):
        return rf"[xX]{code[1:]}"  # ("x42": an X, as OCR read it)
    group = re.match(r"([A-Z])([A-Z])(?=\s?-?\s?\d)", code)
    if not group:
        return re.escape(code)
    first, second = (letter.replace("O", "[O0]") for letter in group.groups())
    return rf"(?i:{group[1]}?{first}{second})\W{{0,2}}{re.escape(code[group.end() :].lstrip(' -'))}"


# A letter and two digits as OCR may misread them: "AOl" (A01), "£02" (E02), "$08" (S08), "MOS"
# (M05), "Kil" (K11); a digit or a lower-case "l" or "o" among them, so that no word ("HIS",
# "SOS") is one.
MISREAD = r"[A-Z£$][0-9OoliIS]{2}"
MISREAD_CODE = rf"(?=.[\w]{{0,1}}[0-9lo]){MISREAD}(?![\w£$])"
MISREAD_TOKEN = rf"(?<![\w£$]){MISREAD}(?![\w£$])"
DIGITS_READ = str.maketrans("OoliIS", "001115")


def read_code(code):
    """The code OCR misread as it was printed: "AOl" is A01, "£02" E02, "MOS" M05, "Kil" K11."""
    if not re.fullmatch(MISREAD, code):
        return code
    return {"£": "E", "$": "S"}.get(code[0], code[0]) + code[1:].translate(DIGITS_READ)
