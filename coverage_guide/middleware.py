"""Site middleware: each request on a reserved stack; sessions written only when they change
and ended twelve hours after login; a busy database answered calmly."""

import time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.contrib.sessions.middleware import SessionMiddleware as DjangoSessionMiddleware
from django.db import DatabaseError, OperationalError, connection
from django.dispatch import receiver
from django.http import HttpResponse, HttpResponseBadRequest
from django.template.loader import render_to_string
from django.utils import timezone

from .stack import run_on_reserved_stack

SESSION_STARTED_KEY = "signed_in_at"
# When the session was last written for being used, not changed: the idle clock (its expiry in
# the database) is renewed by a write at most this often, so reading a page writes nothing.
SESSION_SEEN_KEY = "seen_at"
SESSION_RENEW_SECONDS = 60
BUSY_RETRY_SECONDS = 10


def renew_idle_clock(session):
    """Mark a session to be saved, which moves its expiry SESSION_COOKIE_AGE from now."""
    session[SESSION_SEEN_KEY] = int(time.time())


class SessionMiddleware(DjangoSessionMiddleware):
    """Django's, except that a session is written only when it changed or when its idle clock is
    due to be renewed (once a minute of use), not on every request. A page read therefore writes
    nothing, and a database held by a long write still serves it. If only the renewal can't be
    written, the page is served anyway; if a real change can't be, the person is told to retry."""

    def process_response(self, request, response):
        session = getattr(request, "session", None)
        renewal_only = False
        in_use = session is not None and session.accessed and session.session_key
        if in_use and not session.modified:
            seen = session.get(SESSION_SEEN_KEY, 0)
            if time.time() - seen >= SESSION_RENEW_SECONDS:
                renew_idle_clock(session)
                renewal_only = True
        try:
            return super().process_response(request, response)
        except DatabaseError as problem:
            if renewal_only:
                return response
            if is_busy(problem):
                return busy_response(request)
            raise


class DatabaseBusyMiddleware:
    """A database that can't take a write just now (a long lock, a restart) is said as such, with
    a 503 and a time to retry, instead of an error page: nothing already saved is affected, and
    the browser keeps what was typed (site.js keeps it for htmx requests)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_busy(exception):
            return busy_response(request)
        return None


def is_busy(exception):
    """A lock or a lost connection; not a mistake in a query (SQLite says "no such table" with
    the same exception class, so there only a lock counts)."""
    if not isinstance(exception, OperationalError):
        return False
    if connection.vendor == "sqlite":
        return "locked" in str(exception)
    return True


def busy_response(request):
    response = HttpResponse(
        render_to_string("busy.html", {"retry": BUSY_RETRY_SECONDS}), status=503
    )
    response["Retry-After"] = str(BUSY_RETRY_SECONDS)
    return response


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
