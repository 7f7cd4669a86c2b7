"""Build (and check) the binary and wrapped files of the denial-letter corpus.

Run from anywhere:

    /work/main/.venv/bin/python tests/denial_corpus/make_files.py          # build, then check
    /work/main/.venv/bin/python tests/denial_corpus/make_files.py --check  # check only
    /work/main/.venv/bin/python tests/denial_corpus/make_files.py --only 07-bcbs-final-ibad

Sources live in <half>/_source/ next to the finished letters (<half> is tuning or held_out).
What a source becomes is decided by the "format" field of the letter's answer file
(<half>/NN-name.json):

* "text"        the .txt in <half>/ is the letter itself; nothing is built.
* "broken_text" <half>/_source/NN-name.txt is the clean letter.  Its first lines may be
                directives ("#! width=48", "#! header=...", "#! footer=Page {n} of {total}",
                "#! every=34", "#! seed=3"); the body is hard-wrapped at `width` columns,
                some long words are hyphenated across lines, and every `every` lines the
                header/footer is inserted, as a PDF copied and pasted into an e-mail looks.
* "pdf"         <half>/_source/NN-name.html -> <half>/NN-name.pdf with WeasyPrint.
* "scan"        the HTML is printed to PDF, page 1 is rendered with pdftoppm at 150 dpi in
                grey, then degraded (see `degrade`), saved as <half>/NN-name.png.
* "photos"      like "scan" but every page becomes NN-name.pN.png, lit unevenly like a phone
                photo.

Degradation settings for scans/photos come from a <meta name="scan" content="k=v;k=v"> tag in
the HTML source: rotate (degrees, counter-clockwise), blur (radius), bg (paper grey 0-255),
speck (dark speck density), exif (6 or 8: store the pixels turned sideways and set the EXIF
Orientation tag so that a reader that honours EXIF sees the page upright), dpi.  Random
numbers are seeded from the file name, so a rebuild gives the same pixels.

`--check` loads every answer file, checks its shape, that its files exist and are under
400 KB, that EXIF-rotated images come upright, and that each expected value (numbers, codes,
dates, address lines, reason sentences) occurs in the letter's source text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html.parser
import json
import random
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from statistics import NormalDist

from PIL import Image, ImageChops, ImageFilter, ImageOps

HERE = Path(__file__).resolve().parent
HALVES = ("tuning", "dev", "held_out")
MAX_BYTES = 400 * 1024
FORMATS = {"text", "broken_text", "pdf", "scan", "photos"}
PLAN_TYPES = {
    "employer_self_funded",
    "employer_fully_insured",
    "marketplace",
    "medicare",
    "medicare_advantage",
    "medicare_part_d",
    "medicaid",
    None,
}
REASONS = {
    "experimental",
    "not_necessary",
    "criteria_not_met",
    "step_therapy",
    "no_prior_auth",
    "out_of_network",
    "missing_docs",
    "coding_error",
    "dose_frequency",
    "exclusion",
    "other",
}
KEYS = [
    "format",
    "files",
    "insurer",
    "plan_type",
    "notice_date",
    "appeal_by",
    "appeal_days",
    "reference_number",
    "claim_number",
    "member_id",
    "service_codes",
    "reasons",
    "remark_codes",
    "policy_numbers",
    "appeals_address",
    "appeals_fax",
    "final_internal",
    "urgent",
    "reason_sentences",
]


# --------------------------------------------------------------------------- broken text


def break_text(src: str, name: str) -> str:
    """Hard-wrap a clean letter the way a pasted PDF or e-mail looks."""
    opts = {"width": "52", "every": "0", "header": "", "footer": "", "seed": "1"}
    body_lines = []
    for line in src.splitlines():
        if line.startswith("#! "):
            key, _, value = line[3:].partition("=")
            opts[key.strip()] = value
        else:
            body_lines.append(line)
    width = int(opts["width"])
    every = int(opts["every"])
    rng = random.Random(f"{name}:{opts['seed']}")

    out: list[str] = []
    for para in "\n".join(body_lines).split("\n"):
        if not para.strip():
            out.append("")
            continue
        if len(para) <= width or para.startswith("  "):
            out.append(para.rstrip())
            continue
        out.extend(_wrap_hyphenating(para, width, rng))

    if every:
        pages = [out[i : i + every] for i in range(0, len(out), every)]
        total = len(pages)
        final: list[str] = []
        for n, page in enumerate(pages, 1):
            if n > 1 and opts["header"]:
                final.extend(opts["header"].replace("{n}", str(n)).split("\\n"))
            final.extend(page)
            if opts["footer"]:
                footer = opts["footer"].replace("{n}", str(n)).replace("{total}", str(total))
                final.extend(footer.split("\\n"))
        out = final
    return "\n".join(out).rstrip() + "\n"


def _wrap_hyphenating(para: str, width: int, rng: random.Random) -> list[str]:
    lines = textwrap.wrap(para, width=width, break_long_words=False, break_on_hyphens=False)
    # Now and then pull the first part of the next line's first long word up, with a hyphen.
    result: list[str] = []
    carry = ""
    for i, line in enumerate(lines):
        line = (carry + " " + line).strip() if carry else line
        carry = ""
        if i + 1 < len(lines):
            nxt_words = lines[i + 1].split(" ")
            word = nxt_words[0]
            room = width - len(line) - 2
            if re.fullmatch(r"[A-Za-z]{9,}[,.;:]?", word) and room >= 4 and rng.random() < 0.55:
                cut = min(room, len(word.rstrip(",.;:")) - 3)
                if cut >= 3:
                    line = f"{line} {word[:cut]}-"
                    nxt_words[0] = word[cut:]
                    lines[i + 1] = " ".join(nxt_words)
        result.append(line)
    return result


# --------------------------------------------------------------------------- rendering


def html_to_pdf(html_path: Path, pdf_path: Path) -> None:
    import weasyprint

    weasyprint.HTML(filename=str(html_path), base_url=str(html_path.parent)).write_pdf(
        str(pdf_path)
    )


def scan_settings(html_text: str) -> dict[str, float]:
    m = re.search(r'<meta name="scan" content="([^"]*)"', html_text)
    settings = {"rotate": 0.8, "blur": 0.6, "bg": 226, "speck": 0.003, "exif": 0, "dpi": 150}
    if m:
        for part in m.group(1).split(";"):
            if part.strip():
                k, _, v = part.partition("=")
                settings[k.strip()] = float(v)
    return settings


def render_pages(pdf_path: Path, dpi: int) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf_path), f"{tmp}/pg"],
            check=True,
        )
        return [Image.open(p).convert("L") for p in sorted(Path(tmp).glob("pg*.png"))]


_GAUSS_LUT = [round(128 + 3.5 * NormalDist().inv_cdf((v + 0.5) / 256)) for v in range(256)]


def _noise(size: tuple[int, int], rng: random.Random) -> Image.Image:
    return Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))


def degrade(im: Image.Image, s: dict[str, float], seed: str, photo: bool) -> Image.Image:
    rng = random.Random(seed)
    step = 16
    # Paper grey sits in the middle of a quantization step, so fine grain rarely shows as bands.
    bg = (int(s["bg"]) // step) * step + step // 2
    ink = 30 if not photo else 45
    im = im.point(lambda v: int(ink + (v / 255) * (bg - ink)))
    w, h = im.size
    if photo:
        # Uneven light: darker toward one side, as a phone held over a table.
        big = Image.radial_gradient("L").resize((2 * w, 2 * h), Image.Resampling.BICUBIC)
        x, y = int(rng.uniform(0.1, 0.9) * w), int(rng.uniform(0.1, 0.9) * h)
        shade = big.crop((x, y, x + w, y + h))
        im = ImageChops.subtract(im, shade.point(lambda v: int(v * 0.20)))
    angle = s["rotate"] if s["rotate"] else rng.uniform(0.5, 2.0)
    im = im.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=bg - 70)
    im = im.filter(ImageFilter.GaussianBlur(s["blur"]))
    # Fine sensor/paper grain (Gaussian, sigma 3.5, from seeded uniform bytes).
    im = ImageChops.add(im, _noise(im.size, rng).point(_GAUSS_LUT), 1, -128)
    # Dark specks of dust and toner: a `speck` fraction of pixels.
    cut = 256 - max(1, round(256 * min(s["speck"], 0.02)))
    sp = _noise(im.size, rng).point(lambda v: 80 if v >= cut else 255)
    im = ImageChops.darker(im, sp)
    return im.point(lambda v: min(255, (v // step) * step + step // 2))


def save_png(im: Image.Image, path: Path, exif_orientation: int) -> None:
    if exif_orientation == 6:
        # Orientation 6: the viewer must turn the stored pixels 90 degrees clockwise.
        raw = im.transpose(Image.Transpose.ROTATE_90)
    elif exif_orientation == 8:
        # Orientation 8: the viewer must turn the stored pixels 90 degrees counter-clockwise.
        raw = im.transpose(Image.Transpose.ROTATE_270)
    else:
        raw = im
    kwargs = {"optimize": True}
    if exif_orientation:
        exif = Image.Exif()
        exif[0x0112] = exif_orientation
        kwargs["exif"] = exif.tobytes()
    raw.save(path, **kwargs)


def build_letter(half: Path, answer: dict, stem: str) -> None:
    fmt = answer["format"]
    src_dir = half / "_source"
    if fmt == "text":
        return
    if fmt == "broken_text":
        src = (src_dir / f"{stem}.txt").read_text(encoding="utf-8")
        (half / f"{stem}.txt").write_text(break_text(src, stem), encoding="utf-8")
        return
    html_path = src_dir / f"{stem}.html"
    if fmt == "pdf":
        html_to_pdf(html_path, half / f"{stem}.pdf")
        return
    settings = scan_settings(html_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "x.pdf"
        html_to_pdf(html_path, pdf)
        pages = render_pages(pdf, int(settings["dpi"]))
    if fmt == "scan":
        pages = pages[:1]
    for n, page in enumerate(pages, 1):
        name = f"{stem}.png" if fmt == "scan" else f"{stem}.p{n}.png"
        s = dict(settings)
        if fmt == "photos":
            s["rotate"] = settings["rotate"] * (1 if n % 2 else -0.7)
        img = degrade(page, s, f"{stem}:{n}", photo=(fmt == "photos"))
        exif = int(settings["exif"]) if (fmt == "scan" or n == 1) else 0
        save_png(img, half / name, exif)


# --------------------------------------------------------------------------- checking


class _Text(html.parser.HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "table", "section", "td"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "head", "script"):
            self.skip += 1
        if tag in self.BLOCK or tag == "th":
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "head", "script"):
            self.skip -= 1
        if tag in self.BLOCK or tag == "th":
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def source_text(half: Path, stem: str, fmt: str) -> str:
    if fmt == "text":
        return (half / f"{stem}.txt").read_text(encoding="utf-8")
    if fmt == "broken_text":
        src = (half / "_source" / f"{stem}.txt").read_text(encoding="utf-8")
        return "\n".join(x for x in src.splitlines() if not x.startswith("#! "))
    parser = _Text()
    parser.feed((half / "_source" / f"{stem}.html").read_text(encoding="utf-8"))
    return "".join(parser.parts)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def date_forms(iso: str) -> list[str]:
    d = dt.date.fromisoformat(iso)
    month = d.strftime("%B")
    return [
        f"{month} {d.day}, {d.year}",
        f"{d.strftime('%b')}. {d.day}, {d.year}",
        f"{d.strftime('%b')} {d.day}, {d.year}",
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        f"{d.month}/{d.day}/{d.year}",
        f"{d.month}/{d.day}/{d.year % 100:02d}",
        f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
        d.isoformat(),
        f"{d.day:02d} {d.strftime('%b').upper()} {d.year}",
        f"{d.day} {month} {d.year}",
        f"{d.month:02d}-{d.day:02d}-{d.year}",
    ]


def check_letter(half: Path, json_path: Path) -> list[str]:
    errs: list[str] = []
    stem = json_path.stem
    try:
        a = json.loads(json_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        return [f"{json_path.name}: bad JSON: {e}"]
    if list(a) != KEYS:
        errs.append(f"keys differ from schema: {sorted(set(a) ^ set(KEYS))} / order")
    fmt = a.get("format")
    if fmt not in FORMATS:
        errs.append(f"bad format {fmt}")
        return errs
    files = a["files"]
    for f in files:
        p = half / f
        if not p.exists():
            errs.append(f"missing file {f}")
            continue
        if p.stat().st_size > MAX_BYTES:
            errs.append(f"{f} is {p.stat().st_size} bytes")
        if not f.startswith(stem + "."):
            errs.append(f"{f} not named after {stem}")
        if f.endswith(".png"):
            im = ImageOps.exif_transpose(Image.open(p))
            if im.width > im.height:
                errs.append(f"{f} is not upright after EXIF transpose")
    exts = {Path(f).suffix for f in files}
    want = {"text": {".txt"}, "broken_text": {".txt"}, "pdf": {".pdf"}}.get(fmt, {".png"})
    if exts != want:
        errs.append(f"files {files} do not fit format {fmt}")
    if fmt == "scan" and len(files) != 1:
        errs.append("a scan is one image")
    if fmt == "photos" and len(files) < 2:
        errs.append("photos need two or more images")
    if a["plan_type"] not in PLAN_TYPES:
        errs.append(f"bad plan_type {a['plan_type']}")
    if not set(a["reasons"]) <= REASONS or not a["reasons"]:
        errs.append(f"bad reasons {a['reasons']}")
    if set(a["reason_sentences"]) != set(a["reasons"]):
        errs.append("reason_sentences keys differ from reasons")
    for k in ("final_internal", "urgent"):
        if not isinstance(a[k], bool):
            errs.append(f"{k} must be true/false")

    text = norm(source_text(half, stem, fmt))
    low = text.lower()

    def has(value: str, what: str) -> None:
        if norm(value).lower() not in low:
            errs.append(f"{what} {value!r} not in letter text")

    nd = a["notice_date"]
    if not ("2025-06-01" <= nd <= "2026-11-15"):
        errs.append(f"notice_date {nd} out of range")
    if not any(f.lower() in low for f in date_forms(nd)):
        errs.append(f"notice_date {nd} not written in letter")
    if a["appeal_by"]:
        if a["appeal_by"] <= nd:
            errs.append("appeal_by not after notice_date")
        if not any(f.lower() in low for f in date_forms(a["appeal_by"])):
            errs.append(f"appeal_by {a['appeal_by']} not written in letter")
    if a["appeal_days"] is not None and not re.search(
        rf"\b{a['appeal_days']}\b|\({a['appeal_days']}\)", text
    ):
        errs.append(f"appeal_days {a['appeal_days']} not in letter")
    for key in ("reference_number", "claim_number", "member_id", "appeals_fax"):
        if a[key]:
            has(a[key], key)
    for code in a["service_codes"]:
        if not re.search(rf"\b{re.escape(code)}\b", text):
            errs.append(f"service code {code} not in letter")
    for code in a["remark_codes"]:
        m = re.fullmatch(r"(CO|PR|OA|PI|CR)-(\d+)", code)
        pat = rf"\b{m.group(1)}[\s-]?{m.group(2)}\b" if m else rf"\b{re.escape(code)}\b"
        if not re.search(pat, text):
            errs.append(f"remark code {code} not in letter")
    for pol in a["policy_numbers"]:
        has(pol, "policy")
    if a["appeals_address"]:
        for part in a["appeals_address"].split(", "):
            has(part, "address part")
    for reason, sentence in a["reason_sentences"].items():
        has(sentence, f"reason sentence [{reason}]")
    if "sample" not in low:
        errs.append("letter does not say SAMPLE")
    return errs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="only check, build nothing")
    ap.add_argument("--only", help="build just this NN-name")
    args = ap.parse_args()
    failures = 0
    count = 0
    for half_name in HALVES:
        half = HERE / half_name
        for jp in sorted(half.glob("*.json")):
            answer = json.loads(jp.read_text(encoding="utf-8"))
            if args.only and jp.stem != args.only:
                continue
            if not args.check:
                build_letter(half, answer, jp.stem)
            count += 1
            for e in check_letter(half, jp):
                failures += 1
                print(f"{half_name}/{jp.stem}: {e}")
    print(f"{count} letters checked, {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
