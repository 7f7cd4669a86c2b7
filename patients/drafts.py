"""What a patient typed when their session had already expired: kept in the new session and
put back into the form after they sign in again, never saved without them."""

import time

from django.http import QueryDict

DRAFT_KEY = "unsaved_draft"
DRAFT_LIFETIME = 60 * 60  # seconds


# Never kept, whatever form they came from: a password typed into a sign-in form that was
# posted to the wrong place must not sit in the session table.
NEVER_KEPT = ("csrfmiddlewaretoken", "password", "username")


def keep(request, return_to):
    """Keep an unauthenticated POST's fields (not its CSRF token, never a password) for after
    sign-in."""
    data = request.POST.copy()
    for name in list(data):
        if any(word in name.lower() for word in NEVER_KEPT):
            data.pop(name)
    request.session[DRAFT_KEY] = {
        "return_to": return_to,
        "posted_to": request.path,
        "data": data.urlencode(),
        "at": int(time.time()),
    }


def take(request, return_to):
    """The draft meant for this page, as (posted_to, QueryDict), once; or None."""
    draft = request.session.get(DRAFT_KEY)
    if not draft or draft["return_to"] != return_to:
        return None
    del request.session[DRAFT_KEY]
    if time.time() - draft["at"] > DRAFT_LIFETIME:
        return None
    return draft["posted_to"], QueryDict(draft["data"])


def forget_case(request, case_id):
    """Drop a kept draft that belongs to a case that no longer exists."""
    draft = request.session.get(DRAFT_KEY)
    if draft and draft["return_to"].startswith(f"/cases/{case_id}/"):
        del request.session[DRAFT_KEY]
