"""Settings for the test run: production's, but served over plain HTTP on localhost.

Browser tests talk to Django's live server over http://localhost, and SecurityMiddleware reads
SECURE_SSL_REDIRECT once when the server starts, so the override has to be here."""

from .settings import *  # noqa: F403

SECURE_SSL_REDIRECT = False
