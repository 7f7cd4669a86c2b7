from django.core.management.base import BaseCommand

from patients.demo import DEMO_PATIENT_EMAIL, DEMO_PATIENT_PASSWORD, seed_demo_patient


class Command(BaseCommand):
    help = "Create the demo patient and case (idempotent) and print the demo logins."

    def handle(self, *args, **options):
        _, case, created = seed_demo_patient()
        self.stdout.write(
            ("Created" if created else "Kept") + f" the demo case #{case.pk}.\n"
            "Demo logins (http://127.0.0.1:8000/accounts/login/):\n"
            f"  patient  {DEMO_PATIENT_EMAIL}  /  {DEMO_PATIENT_PASSWORD}"
        )
