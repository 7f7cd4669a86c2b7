"""A checklist's boxes on a scanned or photographed page. OCR reads the words beside a box and
drops the box, or makes a letter of it ("©", "0"), so a notice whose reasons are the boxes
marked comes out as a list of every reason it could give. Here each line OCR read is looked at
on the page itself: a square just before its first word, empty or with a cross in it, is
written back as "☐" or "☒" for the checklist rules to read."""

import re
from statistics import median

EMPTY, TICKED = "☐", "☒"
# What OCR makes of a box it reads as a word: a mark, or a round letter or digit.
BOX_READ_AS = re.compile(r"^([^\w\s]{1,2}|[OoQDCc0Il1][^\w\s]?|[^\w\s][OoQDCc0]|LJ|Oo|OO)$")


def paper_level(image):
    """The grey of the paper: the middle of the page's histogram (most of a page is paper)."""
    histogram = image.histogram()
    half, seen = sum(histogram) / 2, 0
    for level, count in enumerate(histogram):
        seen += count
        if seen > half:
            return level
    return 255


def ink_share(image, box, below):
    """How much of the part `box` of `image` is darker than `below`, 0–1."""
    part = image.crop(box)
    return sum(part.histogram()[:below]) / max(1, part.width * part.height)


def drawn(image, band, below, across):
    """Whether a line runs through the band: one of its rows (`across`) or columns is mostly
    ink. A thin printed line fills a row of its band, however little of the band it fills."""
    from PIL import Image

    ink = image.crop(band).point(lambda v: 255 if v < below else 0)
    size = (1, ink.height) if across else (ink.width, 1)
    return max(ink.resize(size, Image.BOX).tobytes(), default=0) >= 0.8 * 255


def square_in(image, region, size, paper):
    """TICKED, EMPTY or None: what the last mark in `region` (left, top, right, bottom) is, for
    text whose letters stand `size` pixels tall. A box is a square about a letter's height whose
    four sides are lines drawn through and whose corners are inked; a cross fills a good part
    of its middle, a filled square (a bullet) nearly all of it."""
    from PIL import Image

    light, dark = int(paper * 0.85), int(paper * 0.55)
    left, top, right, bottom = region
    right, bottom = min(right, image.width), min(bottom, image.height)
    if right - left < size // 2 or bottom <= top:
        return None
    # the columns with ink, run together across the small gaps inside a mark
    strip = image.crop((left, top, right, bottom)).point(lambda v: 255 if v < light else 0)
    columns = strip.resize((strip.width, 1), Image.BOX).tobytes()
    runs = []
    for x, value in enumerate(columns):
        if value:
            if runs and x - runs[-1][1] <= max(2, size // 3):
                runs[-1][1] = x + 1
            else:
                runs.append([x, x + 1])
    runs = [run for run in runs if run[1] - run[0] >= 0.4 * size]  # not a speck of grain
    if not runs:
        return None
    start, end = runs[-1]  # the mark nearest the line's words
    rows = strip.crop((start, 0, end, strip.height)).getbbox()
    if not rows:
        return None
    x0, y0, x1, y1 = left + start, top + rows[1], left + end, top + rows[3]
    width, height = x1 - x0, y1 - y0
    if not (0.55 * size <= min(width, height) and max(width, height) <= 1.6 * size):
        return None
    if not 0.75 <= width / height <= 1.33:
        return None
    edge_x, edge_y = max(2, width // 6), max(2, height // 6)
    # each side a line through its whole length, and through its middle third (not the arms of
    # a bold "U", "H" or "M")
    sides = [
        ((x0, y0, x1, y0 + edge_y), True),
        ((x0, y1 - edge_y, x1, y1), True),
        ((x0, y0, x0 + edge_x, y1), False),
        ((x1 - edge_x, y0, x1, y1), False),
        ((x0 + width // 3, y0, x1 - width // 3, y0 + edge_y), True),
        ((x0 + width // 3, y1 - edge_y, x1 - width // 3, y1), True),
        ((x0, y0 + height // 3, x0 + edge_x, y1 - height // 3), False),
        ((x1 - edge_x, y0 + height // 3, x1, y1 - height // 3), False),
    ]
    if not all(drawn(image, band, light, across) for band, across in sides):
        return None
    corners = [
        (x0, y0, x0 + edge_x, y0 + edge_y),
        (x1 - edge_x, y0, x1, y0 + edge_y),
        (x0, y1 - edge_y, x0 + edge_x, y1),
        (x1 - edge_x, y1 - edge_y, x1, y1),
    ]
    if min(ink_share(image, corner, light) for corner in corners) < 0.2:
        return None  # a round mark: an "O", a ring
    inside = (x0 + width // 4, y0 + height // 4, x1 - width // 4, y1 - height // 4)
    middle = ink_share(image, inside, dark)
    if middle < 0.05 and ink_share(image, inside, light) < 0.08:
        return EMPTY  # paper inside, not a grey band's or a grey square's
    if 0.12 < middle < 0.75:
        return TICKED
    return None  # a filled square is a bullet as often as a box


def marks(image, words):
    """{line key: (mark, drop)} for each line OCR read (key as in Tesseract's data: block,
    paragraph, line) that begins with a checkbox; `drop` is True when OCR read the box as the
    line's first word."""
    paper = paper_level(image)
    lines = {}
    for number, word in enumerate(words["text"]):
        if word.strip():
            key = (words["block_num"][number], words["par_num"][number], words["line_num"][number])
            lines.setdefault(key, []).append(number)
    found = {}
    for key, numbers in lines.items():
        size = int(median(words["height"][n] for n in numbers))
        if size < 6:
            continue
        first = numbers[0]
        left, top = words["left"][first], min(words["top"][n] for n in numbers)
        rows = (max(0, top - size // 2), top + size * 3 // 2)
        before = (max(0, left - size * 7 // 2), rows[0], left - 1, rows[1])
        mark = square_in(image, before, size, paper)
        if mark:
            found[key] = (mark, False)
            continue
        # the box read as a mark or a round letter of its own: "© You must first try …", "0 You
        # were not …", "CL) The …"; not a letter a box is never read as (the "M" of a logo)
        word, right = words["text"][first].strip(), left + words["width"][first]
        if len(numbers) > 1 and (
            BOX_READ_AS.match(word)
            or len(word) <= 3
            and not word.isalpha()
            and right - left <= 1.7 * size
        ):
            mark = square_in(image, (max(0, left - 3), rows[0], right + 3, rows[1]), size, paper)
            if mark:
                found[key] = (mark, True)
    # A checklist has several boxes, and leaves some empty: a lone square, or squares all
    # "ticked" (numbered badges, framed letters), are no checklist.
    seen = [mark for mark, _ in found.values()]
    return found if len(seen) >= 2 and EMPTY in seen else {}
