"""Values every page needs."""

from django.conf import settings


def session_limits(request):
    """The idle sign-out, for the warning shown two minutes before it."""
    return {"idle_seconds": settings.SESSION_COOKIE_AGE}
