"""Settings for the test run: production's, but served over plain HTTP on localhost.

Browser tests talk to Django's live server over http://localhost, and SecurityMiddleware reads
SECURE_SSL_REDIRECT once when the server starts, so the override has to be here."""

from .settings import *  # noqa: F403

SECURE_SSL_REDIRECT = False

# Tests read static files from the static folder, as in development, instead of a collected,
# hashed copy (tests/coverage_guide/test_static.py collects one and checks how it is served).
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = None

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not shared-cache memory, so threads in the concurrency tests wait for the write
    # lock the way production's SQLite does instead of failing at once.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-db.sqlite3")}  # noqa: F405
