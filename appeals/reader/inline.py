"""A form's field whose choices stand on one line, each after its box: "Type of dispute:
☒ Medical judgment ☐ Rescission of coverage ☐ Experimental or investigational treatment", as OCR
reads it ("& Medical judgment O Rescission of coverage O Experimental …"). The choices after an
empty box are not what the letter decided."""

import re

TICKED = re.compile(r"[☒☑■&®¥]|\[\s?[xX✓✔]\s?\]")
EMPTY = r"[☐□]|\[\s?\]|(?-i:O|0)"
CHOICE = re.compile(rf"(?:(?<=\s)|^)(?P<box>{TICKED.pattern}|{EMPTY})\s+(?=[A-Z][a-z])")


def unticked_choices(letter):
    """The texts of the choices after an empty box, on a line of three boxes or more, one of
    them ticked."""
    left_out = set()
    for line in letter.lines:
        boxes = list(CHOICE.finditer(line))
        ticked = [bool(TICKED.fullmatch(box.group("box"))) for box in boxes]
        if len(boxes) < 3 or not any(ticked) or all(ticked):
            continue
        ends = [box.start() for box in boxes[1:]] + [len(line)]
        for box, tick, end in zip(boxes, ticked, ends, strict=True):
            text = line[box.end() : end].split("|")[0].strip(" .;,")
            if not tick and text:
                left_out.add(text)
    return left_out
