"""A photographed page whose lines Tesseract's layout analysis broke into pieces side by side
(dev 3016 and 3038, photos taken at a slant) is read again as one block, its paragraphs told
by the space between lines."""

import shutil
from pathlib import Path

import pytest

from appeals.reader import read
from appeals.reader.extract import from_files, in_pieces, paragraphs_by_gaps, text_of_words

HAS_OCR = shutil.which("tesseract") is not None
DEV = Path(__file__).resolve().parents[1] / "denial_corpus" / "dev"
HEIGHT = 20  # every word's height in the pages below, in pixels


def words_of(rows):
    """Tesseract's data for words given as (block, paragraph, line, text, left, top, width)."""
    names = ("block_num", "par_num", "line_num", "text", "left", "top", "width")
    words = {name: [row[index] for row in rows] for index, name in enumerate(names)}
    words["height"] = [HEIGHT] * len(rows)
    words["conf"] = [95] * len(rows)
    return words


def in_blocks(lines, gap):
    """Each line of words split in two at its middle, each half a block of its own, the halves
    `gap` pixels apart."""
    rows = []
    for number, line in enumerate(lines):
        top, half = 100 + number * 30, len(line) // 2
        for side, part in enumerate((line[:half], line[half:])):
            left = 100 if not side else 100 + half * 80 - 10 + gap
            for index, word in enumerate(part):
                rows.append((2 * number + side + 1, 1, 1, word, left + index * 80, top, 70))
    return words_of(rows)


LINES = [
    "Evergreen Sound Psychiatry is not a Kaiser Permanente plan provider.".split(),
    "Our plan is an HMO: we pay for care from providers outside".split(),
    "our network only for emergencies, urgently needed care, out-of-area".split(),
    "dialysis, or when we have approved the care ahead of time. No".split(),
    "referral or prior authorization was requested or approved before".split(),
    "these visits. Esketamine treatment is available from plan providers.".split(),
]


def test_lines_broken_into_blocks_a_space_apart_are_in_pieces():
    assert in_pieces(in_blocks(LINES, gap=12))


def test_a_tables_cells_and_a_pages_columns_stand_too_far_apart_to_be_pieces():
    assert not in_pieces(in_blocks(LINES, gap=3 * HEIGHT))


def test_one_line_that_runs_into_another_block_is_no_broken_page():
    assert not in_pieces(in_blocks(LINES[:1], gap=12))


def test_a_page_read_in_one_block_has_its_paragraphs_back_from_the_space_between_lines():
    rows = []
    tops = (100, 125, 150, 200, 225)  # a blank line's space before the fourth
    for line, top in enumerate(tops, start=1):
        rows.append((1, 1, line, f"word{line}", 100, top, 70))
    words = paragraphs_by_gaps(words_of(rows))
    assert text_of_words(words) == "word1\nword2\nword3\n\nword4\nword5\n"


@pytest.mark.skipif(not HAS_OCR, reason="Tesseract is not installed")
def test_a_photo_whose_lines_tesseract_broke_into_pieces_reads_in_order():
    names = ["3016-kaiserwa-ma-payment-denial-photos.p1.png"]
    text = from_files([(name, (DEV / name).read_bytes()) for name in names]).text
    assert "No referral or prior authorization was" in text
    assert "requested or approved before these visits" in text
    assert set(read(text).values()["reasons"]) == {"out_of_network", "no_prior_auth"}
