"""A letter's date in small type at the right of a large letterhead, which Tesseract ran into the
letterhead's line and read as nonsense (dev 3216 scanned: "i[Eavenhesnee"), is read again alone."""

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from appeals.reader import read
from appeals.reader.extract import from_files, read_again

HAS_OCR = shutil.which("tesseract") is not None
DEV = Path(__file__).resolve().parents[1] / "denial_corpus" / "dev"


def test_a_page_whose_words_are_all_of_a_lines_height_is_left_as_read():
    words = {
        "text": ["We", "denied", "i[Eaven"],
        "conf": [95, 93, 4],  # read poorly, but no taller than the others
        "height": [20, 20, 22],
        "left": [10, 60, 160],
        "top": [10, 10, 10],
        "width": [40, 90, 80],
        "block_num": [1, 1, 1],
        "par_num": [1, 1, 1],
        "line_num": [1, 1, 1],
    }
    assert read_again("page.png", None, words) is words


@pytest.mark.skipif(not HAS_OCR, reason="Tesseract is not installed")
def test_a_small_date_beside_a_large_letterhead_is_read_again_as_a_line_of_its_own():
    page = DEV / "3216-bcbsm-pa-network-scan.png"
    text = from_files([(page.name, page.read_bytes())]).text
    assert re.search(r"^july 21, 2026$", text, re.I | re.M)
    assert read(text).value("notice_date") == date(2026, 7, 21)
