"""Where the letter says to send an appeal: its mailing address and fax, as written. A letter
often has another address (its letterhead, a return address); only the one given for appeals
counts."""

import re

from .findings import LIKELY, SURE, Finding

CUE = re.compile(
    r"(send|mail|submit|write|fax|forward|return|deliver)[^.]{0,80}\b(appeal|request|grievance|"
    r"reconsideration|redetermination|review)|\b(appeals?|grievances?( and appeals)?) "
    r"(unit|department|dept\.?|address|office|coordinator|team|mailing address)\b|"
    r"(appeals?|requests?) (should|must|can|may) be (sent|mailed|submitted|faxed)|"
    r"where to send|mailing address for (appeals|your appeal)|\b(appeals?|requests?)\b[^.]{0,30}"
    r"\bto\s*:?\s*$",
    re.I,
)
ZIP_LINE = re.compile(r"\b[A-Z]{2}\.?,?\s+\d{5}(-\d{4})?\b")
STREET = re.compile(r"\b(p\.?\s?o\.?\s+box|box \d|\d+\s+\w+)", re.I)
# A cue line that is itself the first line of the address: "Aetna Appeals Unit".
ADDRESS_HEAD = re.compile(
    r"^(?!.*\b(send|mail|submit|write|you|your|we|us|please)\b)[^.:]{3,60}$", re.I
)
PHONE = re.compile(r"(?:1[-.\s])?\(?\d{3}\)?[-.\s]?\d{3}[-.\s]\d{4}")
NOT_ADDRESS = re.compile(
    r"^\s*(fax|phone|tel|telephone|toll[- ]free|tty|email|online|www\.|http)", re.I
)


def appeals_address(letter):
    lines = letter.lines
    for number, line in enumerate(lines):
        cue = CUE.search(line)
        if not cue:
            continue
        after = line[cue.end() :]
        inline = re.split(r"\bto\b\s*:?|:\s*", after, maxsplit=1)
        if len(inline) == 2 and ZIP_LINE.search(inline[1]) and STREET.search(inline[1]):
            text = inline[1]
            end = ZIP_LINE.search(text).end()
            return Finding(tidy(text[:end]), line.strip(), SURE)
        gathered = [line] if ADDRESS_HEAD.match(line) else []
        if len(inline) == 2 and inline[1].strip() and STREET.search(inline[1]):
            gathered.append(inline[1])
        for following in lines[number + 1 : number + 9]:
            if not following.strip():
                if gathered:
                    break
                continue
            if NOT_ADDRESS.match(following):
                if gathered:
                    break
                continue
            gathered.append(following)
            if ZIP_LINE.search(following):
                joined = ", ".join(tidy(g) for g in gathered)
                if STREET.search(joined):
                    return Finding(joined, "\n".join([line.strip()] + gathered), SURE)
                break
            if len(gathered) >= 6:
                break
    return None


def tidy(text):
    text = re.sub(r"\s+", " ", text).strip(" ,.;:")
    return re.sub(r"\s*,\s*", ", ", text)


def appeals_fax(letter):
    lines = letter.lines
    for number, line in enumerate(lines):
        if not CUE.search(line) and not re.search(r"\bappeal", line, re.I):
            continue
        for nearby in lines[number : number + 10]:
            fax = re.search(r"\bfax\b[^0-9]{0,30}", nearby, re.I)
            if fax and (phone := PHONE.search(nearby, fax.end())):
                return Finding(phone.group(0).strip(), nearby.strip(), SURE)
    for sentence in letter.sentences:
        if re.search(r"\bfax\b", sentence, re.I) and re.search(r"appeal", sentence, re.I):
            if phone := PHONE.search(sentence):
                return Finding(phone.group(0).strip(), sentence, LIKELY)
    return None
