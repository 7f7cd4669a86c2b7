"""How much letter making one person can ask of the servers, so that no one patient's case can
hold up everyone else's letters.

- A letter lists at most ROWS_PER_LIST rows of any one table (treatments, calls, services...) and
  says how many it left out; that is far beyond a real case, and keeps the largest letter the row
  caps allow to a few seconds of rendering.
- A letter's HTML past MAX_HTML_CHARS is not rendered at all (a backstop: the row limit keeps
  real letters far under it).
- Each person makes one letter at a time, and at most LETTER_RATE of them, counted in the shared
  cache (a database table) so that every app server counts together.
"""

from contextlib import contextmanager

from django.conf import settings
from django.core.cache import caches
from django_ratelimit.core import is_ratelimited

ROWS_PER_LIST = 200
MAX_HTML_CHARS = 600_000
LETTER_RATE = "30/10m"
# Longer than any render may take (rendering.RENDER_TIMEOUT_SECONDS), so a crashed request's
# slot frees itself.
SLOT_SECONDS = 90

# What a list in a letter's context holds, in words, for the note about rows left out.
LIST_WORDS = {
    "treatments": "treatments tried",
    "contacts": "contacts with the insurer",
    "lines": "services billed",
    "claims": "claims",
    "scores": "symptom scores",
    "diagnoses": "diagnoses",
    "denials": "denials",
    "appeals": "appeals",
    "requests": "requests",
    "aid": "aid applications",
    "deadlines": "deadlines",
}


class LetterNotMade(Exception):
    """A letter that was not made, and what to tell the person who asked (their case is as it
    was)."""


def cap_lists(context, limit=None):
    """Shorten, in place, every list in a letter's context to `limit` rows (ROWS_PER_LIST); what
    was left out, as [{"what", "shown", "total"}], for the letter to say."""
    limit = limit or ROWS_PER_LIST
    left_out = []

    def walk(value, key):
        if isinstance(value, dict):
            for name, item in value.items():
                walk(item, name)
        elif isinstance(value, list):
            if len(value) > limit:
                left_out.append(
                    {"what": LIST_WORDS.get(key, key), "shown": limit, "total": len(value)}
                )
                del value[limit:]
            for item in value:
                walk(item, key)

    walk(context, "")
    return left_out


def check_size(html):
    if len(html) > MAX_HTML_CHARS:
        raise LetterNotMade(
            "This letter would be too long to make in one piece. Nothing you entered is lost: "
            "choose a shorter date range, or ask us for help."
        )


def _user_key(group, request):
    return str(request.user.pk)


@contextmanager
def letter_allowance(request):
    """Let this person make one letter now, or raise LetterNotMade saying why not."""
    if is_ratelimited(request, group="letters", key=_user_key, rate=LETTER_RATE, increment=True):
        raise LetterNotMade(
            "You've made a lot of letters in the last few minutes, so we've paused for a moment. "
            "Nothing you entered is lost: make this one again in ten minutes."
        )
    cache = caches[settings.RATELIMIT_USE_CACHE]
    slot = f"letter-slot:{request.user.pk}"
    if not cache.add(slot, 1, SLOT_SECONDS):
        raise LetterNotMade(
            "Your last letter is still being made. Nothing you entered is lost: wait for it, "
            "then make this one."
        )
    try:
        yield
    finally:
        cache.delete(slot)
