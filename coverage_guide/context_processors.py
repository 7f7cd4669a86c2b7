"""Values every page needs."""

from django.conf import settings


def page_defaults(request):
    """The idle sign-out, for the warning shown two minutes before it; and whose words the
    shared partials speak in (the patient's, unless a clinic page says `staff`)."""
    return {"idle_seconds": settings.SESSION_COOKIE_AGE, "staff": False}
