"""`manage.py read_denial FILE [FILE ...] [--json]`: what the denial reader finds in a letter
(text, PDF or photos; several files are one letter's pages, in order)."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from appeals.reader import FIELDS, LISTS, read
from appeals.reader.extract import Unreadable, from_files


class Command(BaseCommand):
    help = "Print what the denial reader finds in a letter: text, PDF or image files."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="The letter's file(s), pages in order.")
        parser.add_argument("--json", action="store_true", help="Print JSON, with sentences.")

    def handle(self, *args, **options):
        try:
            files = [(Path(name).name, Path(name).read_bytes()) for name in options["files"]]
        except OSError as error:
            raise CommandError(f"Can't read {error.filename}: {error.strerror}.") from error
        try:
            extracted = from_files(files)
        except Unreadable as problem:
            raise CommandError(str(problem)) from problem
        reading = read(extracted.text)
        if options["json"]:
            out = {"looks_like_a_letter": reading.looks_like_a_letter, **reading.as_dict()}
            out["pages"], out["ocr_pages"] = extracted.pages, extracted.ocr_pages
            self.stdout.write(json.dumps(out, indent=2, ensure_ascii=False))
            return
        if not reading.looks_like_a_letter:
            self.stdout.write(
                "This doesn't look like a denial letter or an explanation of benefits."
            )
            return
        self.stdout.write(f"Read {extracted.pages} page(s), {extracted.ocr_pages} by OCR.")
        for name in FIELDS:
            found = reading.get(name)
            items = found if name in LISTS else ([found] if found else [])
            value = ", ".join(str(f.value) for f in items) or "—"
            self.stdout.write(f"{name.replace('_', ' '):<18} {value}")
            self.show_sentences(items)
            if name == "reasons" and reading.also_mentioned:
                also = ", ".join(f.value for f in reading.also_mentioned)
                self.stdout.write(f"{'also mentioned':<18} {also} (not ticked: check them)")
                self.show_sentences(reading.also_mentioned)

    def show_sentences(self, findings):
        for finding in findings:
            if finding.sentence:
                self.stdout.write(f"{'':<18}   ({finding.sureness}) “{finding.sentence[:160]}”")
