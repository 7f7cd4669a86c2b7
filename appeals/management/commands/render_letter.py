from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.http import Http404

from appeals.kinds import LETTER_KINDS
from appeals.services import make_letter
from appeals.targets import TargetInvalid, resolve
from patients.models import Case


def _kinds_help():
    lines = []
    for kind in LETTER_KINDS.values():
        forms = [t.prefix + ":…" if t.prefix else "none" for t in kind.targets]
        lines.append(f"{kind.slug} ({kind.title}; target: {' or '.join(forms)})")
    return "; ".join(lines)


class Command(BaseCommand):
    help = (
        "Render a letter for a case to a PDF file and keep it as a new version, e.g. "
        "render_letter 12 appeal --target denial:3 -o appeal.pdf"
    )

    def add_arguments(self, parser):
        parser.add_argument("case_id", type=int)
        parser.add_argument("kind", choices=list(LETTER_KINDS), help=_kinds_help())
        parser.add_argument(
            "--target",
            default="",
            help="What the letter is for, as its key: denial:ID, claim:ID, approval:ID, "
            "appeal:ID, range:YYYY-MM-DD/YYYY-MM-DD, regulator:KEY:STATE; none for the case.",
        )
        parser.add_argument("-o", "--output", required=True, help="Where to write the PDF.")

    def handle(self, *args, case_id, kind, target, output, **options):
        letter_kind = LETTER_KINDS[kind]
        case = Case.objects.with_step_data().filter(pk=case_id).first()
        if case is None:
            raise CommandError(f"No case with id {case_id}.")
        try:
            found = resolve(letter_kind, case, {"target": target})
        except Http404:
            choices = ", ".join(t.key or "(none)" for t in letter_kind.options(case))
            raise CommandError(
                f"Case {case_id} has no target {target or '(none)'!r} for a {kind}. "
                f"Its targets: {choices or 'none yet'}."
            ) from None
        except TargetInvalid as problem:
            raise CommandError(str(problem)) from None
        path = Path(output)
        if not path.parent.exists():
            raise CommandError(f"The folder {path.parent} does not exist.")
        version = make_letter(letter_kind, case, found)
        path.write_bytes(bytes(version.pdf))
        self.stdout.write(
            f"Wrote {path} ({len(version.pdf):,} bytes): {version.subject}, "
            f"version {version.number}, SHA-256 {version.sha256[:12]}…"
        )
