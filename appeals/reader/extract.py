"""What the person gives us, as text: pasted text as it is; a PDF's own text (pypdf; a PDF
locked only by an owner password opens with the empty password); scanned pages and photos
through Tesseract OCR (pytesseract), PDF pages drawn by pypdfium2 and photos turned upright from
their EXIF orientation. Everything stays on this server: no network call.

Caps keep one upload from holding a worker: 20 MB in all, 10 files, 12 pages, 25 s of OCR a
page."""

import io
import os
import shutil
from dataclasses import dataclass, field
from statistics import median

from . import boxes

# Tesseract spreads a page over OpenMP threads; on a small server's shared cores they spend
# their time waiting on one another (a scanned page took over 25 s instead of 6). One thread a
# page, unless whoever runs the server says otherwise.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

MAX_BYTES = 20 * 1024 * 1024
MAX_FILES = 10
MAX_PAGES = 12
MAX_TEXT_CHARS = 200_000
OCR_SECONDS_PER_PAGE = 25
# A PDF page with less text of its own than this is a scan: it is read by OCR.
SCAN_BELOW_CHARS = 60
OCR_DPI = 300
OCR_WIDTH = 1600  # pixels: smaller photos are enlarged to this before OCR
# Tesseract's local (Sauvola) threshold: a grey band, a shaded table or a dark scanner margin
# no longer takes the text near it with it, as one threshold for the whole page did.
OCR_CONFIG = "-c thresholding_method=2"
# A page whose lines Tesseract broke into pieces (a photo taken at a slant) is read again as one
# block of text. Of 160 dev pages, 6 had 3 or more lines so broken, 8 % of their lines or more
# (the others 2 at most, or a dense table's 4 in 87); read again, the first 14 such letters gave
# all fields 138 right, 17 wrong, 38 missed where the first read gave 130, 16 and 46.
ONE_BLOCK = "--psm 6"
RUN_ON_LINES = 3
RUN_ON_SHARE = 0.08
# A word this much taller than the page's, read this poorly (0–100), is lines that Tesseract ran
# into one; read again, each word must be read this well.
TALLER_THAN_A_LINE = 1.8
GARBLED = 20
LEAST_WORD_CONFIDENCE = 60
READ_AGAIN_PER_PAGE = 4
LEAST_LINE_CONFIDENCE = 40  # Tesseract's 0–100: real lines read 80 and more, speckle under 20

NO_OCR = (
    "This server can't read pictures of text (its OCR program, Tesseract, isn't installed). "
    "Paste the letter's text instead, or upload a PDF you can select text in."
)


class Unreadable(Exception):
    """Why the upload can't be read, said to the person."""


@dataclass
class Extracted:
    text: str
    pages: int = 0
    ocr_pages: int = 0
    notes: list = field(default_factory=list)


def ocr_available():
    return shutil.which("tesseract") is not None


def kind_of(data):
    if data.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data[:3] == b"\xff\xd8\xff" or data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image"
    if data[:4] in (b"II*\x00", b"MM\x00*") or data[:6] in (b"GIF87a", b"GIF89a"):
        return "image"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc"):
        return "heic"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "unknown"
    return "text"


def from_files(files):
    """Text of several files read in order (a letter is often several photos): [(name, bytes)]."""
    if not files:
        raise Unreadable("Choose a file, or paste the letter's text.")
    if len(files) > MAX_FILES:
        raise Unreadable(f"Upload at most {MAX_FILES} files at once (one per page is fine).")
    if sum(len(data) for _, data in files) > MAX_BYTES:
        raise Unreadable(
            "These files come to more than 20 MB. Upload fewer pages, or photos taken at a "
            "lower resolution."
        )
    parts, result = [], Extracted("")
    for name, data in files:
        one = from_file(name, data, pages_left=MAX_PAGES - result.pages)
        parts.append(one.text)
        result.pages += one.pages
        result.ocr_pages += one.ocr_pages
        result.notes += one.notes
    result.text = "\n\n".join(parts)[:MAX_TEXT_CHARS]
    return result


def from_file(name, data, pages_left=MAX_PAGES):
    if not data:
        raise Unreadable(f"“{name}” is empty. Choose the file again.")
    kind = kind_of(data)
    if kind == "pdf":
        return from_pdf(name, data, pages_left)
    if kind == "image":
        if pages_left <= 0:
            return Extracted("", notes=[f"Only the first {MAX_PAGES} pages were read."])
        return Extracted(ocr_image(name, open_image(name, data)), pages=1, ocr_pages=1)
    if kind == "heic":
        raise Unreadable(
            f"“{name}” is an iPhone HEIC photo, which we can't open. On the phone, share it as "
            "JPEG (or set Camera → Formats → Most Compatible) and upload it again."
        )
    if kind == "text":
        return Extracted(data.decode("utf-8")[:MAX_TEXT_CHARS], pages=1)
    raise Unreadable(
        f"“{name}” isn't a PDF, a photo (JPEG, PNG, TIFF, WebP) or text. Upload one of those, or "
        "paste the letter's text."
    )


def from_pdf(name, data, pages_left):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable(
                f"“{name}” is locked with a password. Open it, save or print it as a new PDF "
                "without the password, and upload that; or paste its text."
            )
        count = len(reader.pages)
    except Unreadable:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise Unreadable(
            f"“{name}” looks like a PDF but can't be opened (it may be damaged or cut short). "
            "Download it again, or paste its text."
        ) from error
    result = Extracted("")
    if count > pages_left:
        result.notes.append(f"Only the first {MAX_PAGES} pages were read.")
    texts = []
    for number in range(min(count, pages_left)):
        try:
            text = reader.pages[number].extract_text() or ""
        except Exception:  # noqa: BLE001 — one bad page is read as a picture instead
            text = ""
        if len(text.strip()) < SCAN_BELOW_CHARS:
            text = ocr_image(f"{name}, page {number + 1}", pdf_page_image(data, number))
            result.ocr_pages += 1
        texts.append(text)
        result.pages += 1
    result.text = "\n\n".join(texts)
    return result


def pdf_page_image(data, number):
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return document[number].render(scale=OCR_DPI / 72, grayscale=True).to_pil()
    finally:
        document.close()


def open_image(name, data):
    from PIL import Image, ImageOps, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = 60_000_000  # ~ a 60-megapixel photo; larger is refused
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise Unreadable(
            f"“{name}” can't be opened as a picture. Take the photo again, or paste the text."
        ) from error
    return ImageOps.exif_transpose(image)


def skew_angle(image):
    """The small rotation (within 4°) that lines a photographed page's text up: the angle at
    which the rows of ink are sharpest (rows of text, gaps between them)."""
    from PIL import Image, ImageOps

    small = ImageOps.autocontrast(image.resize((800, max(1, image.height * 800 // image.width))))
    ink = small.point(lambda v: 255 if v < 128 else 0)
    best_score, best_angle = 0, 0.0
    for tenths in range(-40, 41, 2):
        rotated = ink.rotate(tenths / 10, resample=Image.BILINEAR, fillcolor=0)
        rows = rotated.resize((1, ink.height), Image.BOX).tobytes()
        score = sum((rows[i + 1] - rows[i]) ** 2 for i in range(len(rows) - 1))
        if score > best_score:
            best_score, best_angle = score, tenths / 10
    return best_angle


def ocr_image(name, image):
    """Text of one page by Tesseract: greyscale, small photos enlarged, speckle smoothed, a
    slight tilt straightened; time capped."""
    if not ocr_available():
        raise Unreadable(NO_OCR)
    from PIL import Image, ImageFilter

    image = image.convert("L")
    if image.width < OCR_WIDTH:
        image = image.resize((OCR_WIDTH, image.height * OCR_WIDTH // image.width), Image.LANCZOS)
    image = image.filter(ImageFilter.MedianFilter(3))
    if angle := skew_angle(image):
        image = image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    words = tesseract_words(name, image, OCR_CONFIG)
    if in_pieces(words):
        words = paragraphs_by_gaps(tesseract_words(name, image, OCR_CONFIG + " " + ONE_BLOCK))
    words = read_again(name, image, words)
    return text_of_words(words, boxes.marks(image, words))


def read_again(name, image, words):
    """A "word" far taller than the page's words, read with next to no confidence, is lines of
    small type that Tesseract took into a line of larger type beside them (a letter's date and
    "SAMPLE" at the right of a large letterhead, read as "i[Eavenhesnee"): that box is read
    again alone, and each line read well stands in its place, a line of its own."""
    heights = [words["height"][n] for n, word in enumerate(words["text"]) if word.strip()]
    if not heights:
        return words
    tall = TALLER_THAN_A_LINE * median(heights)
    again = {}
    for n, word in enumerate(words["text"]):
        if len(again) < READ_AGAIN_PER_PAGE and word.strip() and words["height"][n] > tall:
            if 0 <= float(words["conf"][n]) < GARBLED:
                left, top = words["left"][n] - 6, words["top"][n] - 6
                box = (left, top, left + words["width"][n] + 12, top + words["height"][n] + 12)
                read = tesseract_words(name, image.crop(box), OCR_CONFIG + " " + ONE_BLOCK)
                kept = [m for m, text in enumerate(read["text"]) if text.strip()]
                if kept and min(float(read["conf"][m]) for m in kept) >= LEAST_WORD_CONFIDENCE:
                    again[n] = [(read, m, left, top) for m in kept]
    if not again:
        return words
    out = {column: [] for column in words}
    for n in range(len(words["text"])):
        for read, m, left, top in again.get(n, [(words, n, 0, 0)]):
            for column in out:
                out[column].append(read[column][m])
            if read is not words:  # a block of its own, each line read a line of its own
                out["block_num"][-1] = 1000 + n
                out["left"][-1] += left
                out["top"][-1] += top
    return out


def tesseract_words(name, image, config):
    import pytesseract

    try:
        return pytesseract.image_to_data(
            image,
            lang="eng",
            timeout=OCR_SECONDS_PER_PAGE,
            config=config,
            output_type=pytesseract.Output.DICT,
        )
    except RuntimeError as error:  # pytesseract's timeout
        raise Unreadable(
            f"Reading “{name}” took too long. Upload a clearer, straighter photo of each page, "
            "or paste the text."
        ) from error
    except pytesseract.TesseractError as error:
        raise Unreadable(
            f"“{name}” can't be read as a picture of text. Take the photo again, or paste the text."
        ) from error


def line_boxes(words):
    """{line key (block, paragraph, line): (left, top, right, bottom)} of the words OCR read."""
    lines = {}
    for number, word in enumerate(words["text"]):
        if word.strip():
            key = (words["block_num"][number], words["par_num"][number], words["line_num"][number])
            left, top = words["left"][number], words["top"][number]
            right, bottom = left + words["width"][number], top + words["height"][number]
            was = lines.get(key, (left, top, right, bottom))
            lines[key] = (
                min(was[0], left),
                min(was[1], top),
                max(was[2], right),
                max(was[3], bottom),
            )
    return lines


def in_pieces(words):
    """Whether Tesseract's layout analysis broke the page's lines into pieces side by side, each
    a block of its own: at least RUN_ON_LINES lines (and RUN_ON_SHARE of them all) go on, at the
    same height and no more than a space or two to the right, as a line of another block. A
    table's cells and a page's columns stand further apart."""
    lines = line_boxes(words)
    if not lines:
        return False
    height = median(bottom - top for _, top, _, bottom in lines.values())
    run_on = 0
    for key, (_, top, right, bottom) in lines.items():
        for other, (left, other_top, _, other_bottom) in lines.items():
            beside = min(bottom, other_bottom) - max(top, other_top)
            if (
                other[0] != key[0]
                and beside >= min(bottom - top, other_bottom - other_top) / 2
                and -height / 5 <= left - right <= height
            ):
                run_on += 1
    return run_on >= max(RUN_ON_LINES, RUN_ON_SHARE * len(lines))


def paragraphs_by_gaps(words):
    """A page read as one block is one paragraph to Tesseract: a new paragraph begins wherever the
    space above a line is wider than half a line, as a blank line in the letter shows it."""
    lines = {key: (top, bottom) for key, (_, top, _, bottom) in line_boxes(words).items()}
    if not lines:
        return words
    height = median(bottom - top for top, bottom in lines.values())
    paragraph, previous_bottom, paragraph_of = 1, None, {}
    for key, (top, bottom) in lines.items():
        if previous_bottom is not None and top - previous_bottom > height / 2:
            paragraph += 1
        paragraph_of[key] = paragraph
        previous_bottom = bottom
    for number in range(len(words["text"])):
        key = (words["block_num"][number], words["par_num"][number], words["line_num"][number])
        if key in paragraph_of:
            words["par_num"][number] = paragraph_of[key]
    return words


def text_of_words(words, marks=None):
    """The page's text from Tesseract's words, line by line, a blank line between paragraphs;
    a line it read with little confidence (the speckle of a shaded band or a logo, read as
    "SSR SEA SECA IESE") is left out. A line `marks` says begins with a checkbox begins with
    its mark, in place of what OCR made of the box."""
    lines = {}
    for number, word in enumerate(words["text"]):
        if word.strip():
            key = (words["block_num"][number], words["par_num"][number], words["line_num"][number])
            lines.setdefault(key, []).append((word, float(words["conf"][number])))
    text, previous = [], None
    for key, line in lines.items():
        mark, drop = (marks or {}).get(key, ("", False))
        if drop:
            line = line[1:]
        while mark and len(line) > 1 and not line[0][0].strip("|[](){}_"):
            line = line[1:]  # a table's edge between the box and its words
        if sum(confidence for _, confidence in line) / len(line) < LEAST_LINE_CONFIDENCE:
            continue
        if previous and key[:2] != previous[:2]:
            text.append("")
        text.append(" ".join([mark] * bool(mark) + [word for word, _ in line]))
        previous = key
    return "\n".join(text) + "\n"
