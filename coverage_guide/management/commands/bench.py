"""`make bench`: every budget of DESIGN.md measured in one run (wizard pages, the clinic queue,
letters, a load run), each part printing its own table, then one table of every budget."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Measure every budget: wizard pages, the work queue, letters, load; then a summary."

    def handle(self, *args, **options):
        budgets = []
        for part in ("bench_pages", "bench_letters", "bench_reader", "bench_load"):
            call_command(part, budgets=budgets, stdout=self.stdout, stderr=self.stderr)
            self.stdout.write("")
        header = f"{'budget':<44}{'measured':>26}  {'limit':<22}verdict"
        self.stdout.write("Every budget, measured in this run")
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for b in budgets:
            self.stdout.write(
                f"{b.what:<44}{b.measured:>26}  {b.budget:<22}{'met' if b.met else 'MISSED'}"
            )
        missed = sum(not b.met for b in budgets)
        self.stdout.write(f"{len(budgets) - missed} of {len(budgets)} budgets met.")
