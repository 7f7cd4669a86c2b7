import pytest

from coverage_guide.clinics.models import CaseShare
from coverage_guide.clinics.summary import refresh
from coverage_guide.models import Clinic, Membership
from tests.factories import CaseFactory, UserFactory, fill_case


@pytest.fixture
def clinic(db):
    return Clinic.objects.create(name="Harbor Clinic", code="HARBOR1")


@pytest.fixture
def admin_member(clinic):
    return Membership.objects.create(
        clinic=clinic,
        user=UserFactory(full_name="Ada Admin"),
        role="admin",
        display_name="Ada Admin",
    )


@pytest.fixture
def staff_member(clinic):
    return Membership.objects.create(
        clinic=clinic,
        user=UserFactory(full_name="Sam Staff"),
        role="staff",
        display_name="Dr. Sam Staff",
        credentials="MD",
        npi="1234567893",
    )


@pytest.fixture
def shared_case(clinic):
    case = fill_case(CaseFactory(patient_name="Pat Shared"))
    CaseShare.objects.create(case=case, clinic=clinic, consented_by=case.owner)
    refresh(case.pk)
    return case


@pytest.fixture
def staff_client(client, staff_member):
    client.force_login(staff_member.user)
    return client
