"""Checkboxes on a scanned or photographed page, read from the page itself (OCR drops them;
dev 1927 is such a page)."""

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from appeals.reader import read
from appeals.reader.boxes import EMPTY, TICKED, marks
from appeals.reader.extract import from_files

HAS_OCR = shutil.which("tesseract") is not None
DEV = Path(__file__).resolve().parents[1] / "denial_corpus" / "dev"
PAPER, INK = 214, 40
ROWS = (40, 100, 160)  # the tops of the page's three lines of words, 20 px tall


def page(*draws):
    """A grey page of three lines of 'words' (drawn as dark bars from x=160), what each of
    `draws` draws before its line (or nothing), and the words' data as Tesseract gives it."""
    image = Image.new("L", (600, 220), PAPER)
    pen = ImageDraw.Draw(image)
    words = {name: [] for name in ("text", "block_num", "par_num", "line_num")}
    words |= {name: [] for name in ("left", "top", "width", "height")}
    for line, (top, draw) in enumerate(zip(ROWS, draws, strict=False), start=1):
        for left, width, text in ((160, 70, "The"), (240, 60, "service")):
            pen.rectangle((left, top, left + width, top + 20), fill=INK)
            for name, value in (("text", text), ("block_num", 1), ("par_num", 1)):
                words[name].append(value)
            for name, value in (("line_num", line), ("left", left), ("top", top)):
                words[name].append(value)
            words["width"].append(width)
            words["height"].append(20)
        if draw:
            draw(pen, top)
    return image, words


def box(pen, top, side=22, line=2):
    pen.rectangle((132 - side, top - 2, 132, top - 2 + side), outline=INK, width=line)


def crossed(pen, top):
    box(pen, top)
    pen.line((113, top + 1, 129, top + 17), fill=INK, width=2)
    pen.line((113, top + 17, 129, top + 1), fill=INK, width=2)


def rounded(pen, top):
    pen.rounded_rectangle((110, top - 2, 132, top + 20), 5, outline=INK, width=2)


def bars(*parts):
    """A mark made of filled rectangles, given relative to a line's top."""
    return lambda pen, top: [
        pen.rectangle((x0, top + y0, x1, top + y1), fill=INK) for x0, y0, x1, y1 in parts
    ]


@pytest.mark.parametrize(
    "draw, expected",
    [
        (box, EMPTY),
        (crossed, TICKED),
        # a printed box's thin line on a larger square (a clean 300-dpi scan)
        (lambda pen, top: box(pen, top - 4, side=30, line=2), EMPTY),
        (rounded, EMPTY),
        # nearest the words: a speck far to the left does not hide the box
        (lambda pen, top: (pen.rectangle((92, top, 100, top + 8), fill=INK), box(pen, top)), EMPTY),
        # a filled square is a bullet as often as a box; a ring or an "O" is no box
        (bars((110, -2, 132, 20)), None),
        (lambda pen, top: pen.ellipse((110, top - 2, 132, top + 20), outline=INK, width=5), None),
        # grain, a table's rule, a form's field, a logo's frame, a shaded square: no box
        (
            lambda pen, top: [
                pen.point((100 + 7 * n, top + 4 + n % 9), fill=INK) for n in range(8)
            ],
            None,
        ),
        (lambda pen, top: pen.line((140, top - 30, 140, top + 50), fill=INK, width=2), None),
        (lambda pen, top: pen.rectangle((90, top, 134, top + 20), outline=INK, width=2), None),
        (lambda pen, top: pen.rectangle((84, top - 22, 148, top + 42), outline=INK, width=2), None),
        (lambda pen, top: pen.rectangle((110, top - 2, 132, top + 20), fill=150), None),
        # a bold "U" or "H" of a logo OCR did not read: sides, but not drawn through
        (bars((110, -2, 117, 20), (125, -2, 132, 20), (110, 13, 132, 20)), None),
        (bars((110, -2, 117, 20), (125, -2, 132, 20), (110, 6, 132, 12)), None),
        (None, None),
    ],
)
def test_a_box_before_a_line_is_seen_and_its_cross(draw, expected):
    # the page's checklist: an empty box and a crossed one, then the line under test
    image, words = page(box, crossed, draw)
    found = marks(image, words)
    assert found.pop((1, 1, 1)) == (EMPTY, False)
    assert found.pop((1, 1, 2)) == (TICKED, False)
    assert found == ({(1, 1, 3): (expected, False)} if expected else {})


def read_as_a_word(words, line, text):
    """OCR read the box before `line` as a word of its own."""
    at = words["line_num"].index(line)
    top = words["top"][at]
    values = {"text": text, "left": 110, "top": top - 2, "width": 23, "height": 23}
    values |= {"block_num": 1, "par_num": 1, "line_num": line}
    for name, value in values.items():
        words[name].insert(at, value)


@pytest.mark.parametrize("text", ["©", "0", "CL)"])
def test_a_box_ocr_read_as_the_lines_first_word_takes_its_place(text):
    image, words = page(box, crossed, box)
    read_as_a_word(words, 3, text)
    assert marks(image, words)[(1, 1, 3)] == (EMPTY, True)


def test_a_letter_ocr_read_is_no_box_even_where_it_looks_like_one():
    # the "M" of a letterhead's spaced-out logo ("M A X I M U S"): square, inked at its corners
    def letter_m(pen, top):
        pen.rectangle((110, top - 2, 132, top + 1), fill=INK)
        pen.line((111, top + 20, 111, top - 2, 121, top + 12, 131, top - 2, 131, top + 20), INK, 3)
        pen.rectangle((110, top + 17, 132, top + 20), fill=INK)

    image, words = page(box, crossed, letter_m)
    read_as_a_word(words, 3, "M")
    assert (1, 1, 3) not in marks(image, words)


def test_squares_that_are_no_checklist_give_no_marks():
    # a lone box, and framed badges ("1", "2") that look ticked: no empty box beside them
    framed = [
        lambda pen, top, n=n: (box(pen, top), pen.text((117, top), n, fill=INK)) for n in "12"
    ]
    assert marks(*page(box)) == {}
    assert marks(*page(*framed)) == {}


@pytest.mark.skipif(not HAS_OCR, reason="Tesseract is not installed")
def test_a_photographed_checklist_whose_boxes_ocr_dropped_gives_only_its_ticked_reasons():
    # dev 1927: seven boxes, two crossed; OCR alone reads every item as a plain line
    names = sorted(DEV.glob("1927-sunflower-medicaid-photos.p*.png"))
    text = from_files([(path.name, path.read_bytes()) for path in names]).text
    assert "☐ The service is not medically necessary for you." in text
    assert "☒ We did not get the information we asked for." in text
    assert set(read(text).value("reasons")) == {"dose_frequency", "missing_docs"}
