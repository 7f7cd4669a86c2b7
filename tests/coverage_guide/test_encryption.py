"""Letters' PDFs and data and kept documents are encrypted at rest with keys from the
environment: the database holds no plain copy, and after a new key is added and the data
re-encrypted under it, everything still downloads (and the old key can go)."""

import hashlib
import io

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection

from appeals.models import LetterVersion
from patients.models import Document
from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db


def raw(table, column, pk):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])
        value = cursor.fetchone()[0]
    return value if isinstance(value, str) else bytes(value)


@pytest.fixture
def keys(settings):
    settings.DATA_KEYS = [Fernet.generate_key().decode()]
    return settings


def test_the_database_holds_no_plain_letter_or_document(keys, patient_client, full_case):
    made = patient_client.post(f"/cases/{full_case.pk}/letters/call-script/new/")
    assert made.status_code == 302
    version = LetterVersion.objects.get(case=full_case)
    stored_pdf = raw("appeals_letterversion", "pdf", version.pk)
    stored_context = raw("appeals_letterversion", "context", version.pk)
    assert not stored_pdf.startswith(b"%PDF") and stored_pdf.startswith(b"gAAAAA")
    name = full_case.patient_name
    assert name.encode() not in stored_pdf and name not in str(stored_context)
    assert "encrypted" in str(stored_context)
    # Read back as saved; the SHA-256 kept is of the PDF itself.
    assert bytes(version.pdf).startswith(b"%PDF")
    assert hashlib.sha256(bytes(version.pdf)).hexdigest() == version.sha256
    assert version.context["patient"]["name"] == name
    document = DocumentFactory(case=full_case, data=b"%PDF-1.7 Jordan's records")
    stored = raw("patients_document", "data", document.pk)
    assert b"Jordan" not in stored and Document.objects.get(pk=document.pk).data == (
        b"%PDF-1.7 Jordan's records"
    )


def test_after_a_new_key_and_reencryption_everything_still_downloads(
    keys, patient_client, full_case
):
    old = keys.DATA_KEYS[0]
    patient_client.post(f"/cases/{full_case.pk}/letters/call-script/new/")
    version = LetterVersion.objects.get(case=full_case)
    document = DocumentFactory(case=full_case, data=b"%PDF-1.7 records")
    new = Fernet.generate_key().decode()
    keys.DATA_KEYS = [new, old]  # the new key first: it encrypts, both decrypt
    url = f"/cases/{full_case.pk}/letters/{version.pk}/download/"
    assert patient_client.get(url).content.startswith(b"%PDF")
    out = io.StringIO()
    call_command("reencrypt_data", stdout=out)
    assert "appeals.LetterVersion: 1 re-encrypted" in out.getvalue()
    keys.DATA_KEYS = [new]  # the old key dropped
    assert patient_client.get(url).content.startswith(b"%PDF")
    assert Document.objects.get(pk=document.pk).data == b"%PDF-1.7 records"
    assert LetterVersion.objects.get(pk=version.pk).context["patient"]["name"]
