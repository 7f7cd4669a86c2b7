"""Encryption at rest for what a case keeps as files and copies: archived letters' PDFs and the
data they were built from, and documents. Keys come from the environment
(`DJANGO_DATA_KEYS`, comma-separated Fernet keys): the first encrypts, every one decrypts, so a
new key goes first and the old ones stay until `manage.py reencrypt_data` has moved every row to
the new one. cryptography's MultiFernet does the work (AES-128-CBC with HMAC-SHA256).

What this leaves to disk encryption: every other column (names, dates, notes typed in the steps),
the database's logs and backups as a whole, and the keys' own safekeeping."""

import base64
import functools
import hashlib
import json

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

# A Fernet token begins with its version byte, 0x80, which base64 writes as "gAAAAA".
TOKEN_PREFIX = b"gAAAAA"


def development_key():
    """A key derived from the development secret key, for development and tests only."""
    digest = hashlib.sha256(b"data-key:" + settings.SECRET_KEY.encode()).digest()
    return base64.urlsafe_b64encode(digest).decode()


@functools.cache
def _fernet(keys):
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except ValueError as problem:
        raise ImproperlyConfigured(
            "DJANGO_DATA_KEYS must be Fernet keys (Fernet.generate_key()), comma-separated."
        ) from problem


def fernet():
    return _fernet(tuple(settings.DATA_KEYS or (development_key(),)))


def encrypt(data: bytes) -> bytes:
    return fernet().encrypt(data)


def decrypt(token: bytes) -> bytes:
    try:
        return fernet().decrypt(token)
    except InvalidToken as problem:
        raise ImproperlyConfigured(
            "Stored data can't be decrypted with DJANGO_DATA_KEYS: a key it was encrypted with "
            "is missing."
        ) from problem


class EncryptedBinaryField(models.BinaryField):
    """Bytes kept encrypted in the database, read back as the bytes that were saved."""

    def get_db_prep_value(self, value, connection, prepared=False):
        if value is not None:
            value = encrypt(bytes(value))
        return super().get_db_prep_value(value, connection, prepared)

    def from_db_value(self, value, expression, connection):
        if value is None:
            return value
        return decrypt(bytes(value))


class EncryptedJSONField(models.JSONField):
    """JSON kept as {"encrypted": token} in the database, read back as what was saved."""

    def get_prep_value(self, value):
        token = encrypt(json.dumps(value, cls=self.encoder).encode())
        return super().get_prep_value({"encrypted": token.decode()})

    def from_db_value(self, value, expression, connection):
        stored = super().from_db_value(value, expression, connection)
        if not isinstance(stored, dict) or "encrypted" not in stored:
            return stored
        return json.loads(decrypt(stored["encrypted"].encode()), cls=self.decoder)
