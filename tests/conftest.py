import pytest

from tests.factories import PASSWORD, CaseFactory, UserFactory, fill_case


@pytest.fixture
def patient(db):
    return UserFactory()


@pytest.fixture
def other_patient(db):
    return UserFactory()


@pytest.fixture
def patient_client(client, patient):
    client.force_login(patient)
    return client


@pytest.fixture
def case(patient):
    return CaseFactory(owner=patient)


@pytest.fixture
def full_case(case):
    """A case with one row of every kind, owned by `patient`."""
    return fill_case(case)


@pytest.fixture
def password():
    return PASSWORD
