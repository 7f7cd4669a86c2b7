from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from appeals.letters import LETTER_KINDS
from appeals.services import make_letter
from patients.models import Case


class Command(BaseCommand):
    help = (
        "Render a letter for a case to a PDF file and keep it as a new version, e.g. "
        "render_letter 12 appeal --denial 3 -o appeal.pdf"
    )

    def add_arguments(self, parser):
        parser.add_argument("case_id", type=int)
        parser.add_argument("kind", help="One of: " + ", ".join(LETTER_KINDS))
        parser.add_argument("--denial", type=int, help="The denial (appeal, external-review).")
        parser.add_argument("--claim", type=int, help="The claim (superbill).")
        parser.add_argument("-o", "--output", required=True, help="Where to write the PDF.")

    def handle(self, *args, case_id, kind, denial, claim, output, **options):
        letter_kind = LETTER_KINDS.get(kind)
        if letter_kind is None:
            raise CommandError(
                f"Unknown letter kind {kind!r}. Choose one of: " + ", ".join(LETTER_KINDS) + "."
            )
        case = Case.objects.with_step_data().filter(pk=case_id).first()
        if case is None:
            raise CommandError(f"No case with id {case_id}.")
        target = {}
        if letter_kind.target == "denial":
            if denial is None:
                raise CommandError(f"A {kind} letter needs --denial ID.")
            target["denial"] = case.denials.filter(pk=denial).first()
            if target["denial"] is None:
                raise CommandError(f"Case {case_id} has no denial {denial}.")
        elif letter_kind.target == "claim":
            if claim is None:
                raise CommandError(f"A {kind} needs --claim ID.")
            target["claim"] = case.claims.filter(pk=claim).first()
            if target["claim"] is None:
                raise CommandError(f"Case {case_id} has no claim {claim}.")
        path = Path(output)
        if not path.parent.exists():
            raise CommandError(f"The folder {path.parent} does not exist.")
        version = make_letter(letter_kind, case, **target)
        path.write_bytes(bytes(version.pdf))
        self.stdout.write(
            f"Wrote {path} ({len(version.pdf):,} bytes): {version.subject}, "
            f"version {version.number}, SHA-256 {version.sha256[:12]}…"
        )
