"""Send the reminder mail due today: run once a day (see the README for the cron line)."""

from django.core.management.base import BaseCommand

from patients.reminders import send_reminders


class Command(BaseCommand):
    help = "Email each patient before the deadlines they own, in their own time zone."

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"Sent {sent} reminder{'s' if sent != 1 else ''}.")
