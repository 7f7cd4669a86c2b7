"""WSGI entry point for production servers: refuses to start without a secret key and data
encryption keys of its own."""

import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coverage_guide.settings")

application = get_wsgi_application()

if not settings.DEBUG and settings.SECRET_KEY == settings.DEVELOPMENT_SECRET_KEY:
    raise ImproperlyConfigured(
        "Set DJANGO_SECRET_KEY: production does not start with the development key."
    )
if not settings.DEBUG and not settings.DATA_KEYS:
    raise ImproperlyConfigured(
        "Set DJANGO_DATA_KEYS: production does not keep letters and documents under a key "
        "derived from the secret key."
    )
