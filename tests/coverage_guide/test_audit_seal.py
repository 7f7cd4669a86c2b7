"""The audit log is append-only below the app: the database itself refuses to change or delete
an audit row, whoever asks; deleting a person or a clinic leaves their audit rows as they were."""

import pytest
from django.db import DatabaseError, connection, transaction

from coverage_guide.audit_seal import TABLE, is_sealed
from coverage_guide.models import AuditEvent, Clinic
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def refused(sql, params=()):
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(sql, params)


@pytest.fixture
def event():
    clinic = Clinic.objects.create(name="Harbor Clinic", code="HARBOR1")
    actor = UserFactory(full_name="Sam Staff")
    return AuditEvent.objects.create(
        action="view_case_file",
        case_id=7,
        actor=actor,
        actor_label="Sam Staff",
        clinic=clinic,
        clinic_code=clinic.code,
        clinic_name=clinic.name,
    )


def test_the_migrated_database_is_sealed():
    assert is_sealed(connection)


def test_the_database_refuses_to_change_or_delete_an_audit_row(event):
    refused(f"UPDATE {TABLE} SET action = 'nothing' WHERE id = %s", [event.pk])
    refused(f"UPDATE {TABLE} SET actor_id = NULL")
    refused(f"DELETE FROM {TABLE} WHERE id = %s", [event.pk])
    refused(f"DELETE FROM {TABLE}")
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).update(action="nothing")  # past the model's guard
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).delete()
    if connection.vendor == "postgresql":
        refused(f"TRUNCATE {TABLE}")
    assert AuditEvent.objects.get(pk=event.pk).action == "view_case_file"


def test_deleting_a_person_or_a_clinic_leaves_their_audit_rows_as_they_were(event):
    actor_id, clinic_id = event.actor_id, event.clinic_id
    event.actor.delete()
    event.clinic.delete()
    kept = AuditEvent.objects.get(pk=event.pk)
    assert (kept.actor_id, kept.clinic_id) == (actor_id, clinic_id)
    assert (kept.actor_label, kept.clinic_code, kept.clinic_name) == (
        "Sam Staff",
        "HARBOR1",
        "Harbor Clinic",
    )
    # Read with its gone clinic, as the admin list does: shown by the words kept.
    assert AuditEvent.objects.select_related("clinic").get(pk=event.pk).clinic is None


def test_new_rows_are_still_written(event):
    AuditEvent.objects.create(action="view_queue")
    assert AuditEvent.objects.count() == 2
