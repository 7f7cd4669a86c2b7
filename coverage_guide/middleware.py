"""Site middleware: each request on a reserved stack; sessions end twelve hours after login."""

import time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpResponseBadRequest
from django.utils import timezone

from .stack import run_on_reserved_stack

SESSION_STARTED_KEY = "signed_in_at"


@receiver(user_logged_in)
def remember_sign_in_time(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_STARTED_KEY] = int(time.time())


class SessionLifetimeMiddleware:
    """Logs out a session older than SESSION_ABSOLUTE_SECONDS; idle expiry is the cookie age."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            started = request.session.get(SESSION_STARTED_KEY)
            if started is None or time.time() - started > settings.SESSION_ABSOLUTE_SECONDS:
                logout(request)
        return self.get_response(request)


class ReservedStackMiddleware:
    """Handles each request on a frame-stack chunk of its own, so that rendering never thrashes
    CPython's frame allocator (coverage_guide/stack.py). Outermost in MIDDLEWARE."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return run_on_reserved_stack(self.get_response, request)


class UserTimeZoneMiddleware:
    """Every date and time a signed-in person sees, and their "today", in their own time zone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        zone = getattr(request.user, "time_zone", "") if request.user.is_authenticated else ""
        if zone:
            timezone.activate(ZoneInfo(zone))
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()


class NulByteMiddleware:
    """A NUL byte in a path, a query or a form is never text a person typed, and PostgreSQL
    refuses it in a string: the request is answered 400, before any view sees it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            "\x00" in request.path
            or _has_nul(request.GET)
            or (request.method == "POST" and _has_nul(request.POST))
        ):
            return HttpResponseBadRequest("That address or form holds a character we can't read.")
        return self.get_response(request)


def _has_nul(query):
    return any("\x00" in key or any("\x00" in v for v in values) for key, values in query.lists())
