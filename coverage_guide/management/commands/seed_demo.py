from django.core.management.base import BaseCommand

from coverage_guide.clinics.demo import (
    DEMO_ADMIN_EMAIL,
    DEMO_CLINIC_CODE,
    DEMO_STAFF_EMAIL,
    DEMO_STAFF_PASSWORD,
    seed_demo_clinic,
)
from patients.demo import DEMO_PATIENT_EMAIL, DEMO_PATIENT_PASSWORD, seed_demo_patient


class Command(BaseCommand):
    help = "Create the demo patient, case and clinic (idempotent) and print the demo logins."

    def handle(self, *args, **options):
        _, case, created = seed_demo_patient()
        seed_demo_clinic(case)
        self.stdout.write(
            ("Created" if created else "Kept") + f" the demo case #{case.pk}, shared with "
            f"the demo clinic (code {DEMO_CLINIC_CODE}).\n"
            "Demo logins (http://127.0.0.1:8000/accounts/login/):\n"
            f"  patient       {DEMO_PATIENT_EMAIL}  /  {DEMO_PATIENT_PASSWORD}\n"
            f"  clinic staff  {DEMO_STAFF_EMAIL}  /  {DEMO_STAFF_PASSWORD}\n"
            f"  clinic admin  {DEMO_ADMIN_EMAIL}  /  {DEMO_STAFF_PASSWORD}"
        )
