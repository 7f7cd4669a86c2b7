"""The demo clinic, its staff, and the demo case shared with it."""

from django.contrib.auth import get_user_model
from django.db import transaction

from coverage_guide.models import Clinic, Membership

from .models import CaseShare

DEMO_CLINIC_CODE = "HARBOR01"
DEMO_ADMIN_EMAIL = "admin@demo.coverage-guide.test"
DEMO_STAFF_EMAIL = "staff@demo.coverage-guide.test"
DEMO_STAFF_PASSWORD = "demo-staff-2026"


@transaction.atomic
def seed_demo_clinic(case):
    """The demo clinic with an admin and a staff member, and the demo case shared with it."""
    User = get_user_model()
    clinic, _ = Clinic.objects.get_or_create(
        code=DEMO_CLINIC_CODE, defaults={"name": "Harbor Ketamine Clinic"}
    )
    people = [
        (DEMO_ADMIN_EMAIL, "Morgan Lee", Membership.Role.ADMIN, "", ""),
        (DEMO_STAFF_EMAIL, "Amara Okafor", Membership.Role.STAFF, "MD", "1234567893"),
    ]
    for email, name, role, credentials, npi in people:
        user, created = User.objects.get_or_create(email=email, defaults={"full_name": name})
        if created:
            user.set_password(DEMO_STAFF_PASSWORD)
            user.save(update_fields=["password"])
        Membership.objects.get_or_create(
            clinic=clinic,
            user=user,
            defaults={"role": role, "display_name": name, "credentials": credentials, "npi": npi},
        )
    if not CaseShare.objects.filter(case=case, clinic=clinic).exists():
        CaseShare.objects.create(case=case, clinic=clinic, consented_by=case.owner)
    return clinic
