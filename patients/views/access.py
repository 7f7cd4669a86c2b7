"""How every case page finds its case: through the owner's cases, or 404 (audited)."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect

from coverage_guide import audit

from .. import drafts
from ..models import Case
from ..steps import ROW_KINDS, STEP_OF_KIND, STEPS_BY_SLUG


def get_case(request, case_id, step_data=True):
    """The signed-in patient's case, with everything the steps read (or only its plan and
    clinic, for a write that redirects), or 404."""
    cases = Case.objects.for_user(request.user)
    cases = cases.with_step_data() if step_data else cases.select_related("policy", "provider")
    return get_object_or_404(cases, pk=case_id)


def case_view(*methods, lookups=None, step_data=("GET",)):
    """A page of one case. Signed in; the case, and any step, list or row named in the URL,
    looked up through the owner's cases first (404 if not theirs, whatever the method); never
    cached; varying with htmx. The view receives the objects, not their ids.

    `lookups` maps further URL arguments to functions (case, value) -> object that raise 404.
    The case comes with its step data for the methods in `step_data`: a write that only
    redirects doesn't load the whole case; one that renders reloads it (`get_case`)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, case_id, step_slug=None, kind_slug=None, row_id=None, **more):
            try:
                case = get_case(request, case_id, step_data=request.method in step_data)
                found = {}
                if step_slug is not None:
                    found["step"] = STEPS_BY_SLUG.get(step_slug) or _not_found("No such step.")
                if kind_slug is not None:
                    found["kind"] = ROW_KINDS.get(kind_slug) or _not_found("No such list.")
                if row_id is not None:
                    found["row"] = get_object_or_404(found["kind"].for_case(case), pk=row_id)
                for name, value in more.items():
                    found[name] = (lookups or {})[name](case, value)
            except Http404:
                audit.record(request, "open_case", case_id=case_id, denied=True)
                raise
            if request.method not in methods:
                return HttpResponseNotAllowed(methods)
            return view(request, case, **found)

        return keep_draft_when_signed_out(
            login_required(never_cache(vary_on_headers("HX-Request")(wrapper)))
        )

    return decorator


def keep_draft_when_signed_out(view):
    """A form posted after the session expired is not applied: what was typed is kept for
    after sign-in, and the patient returns to the page the form was on."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)
        return_to = request.path
        if (kind := ROW_KINDS.get(kwargs.get("kind_slug"))) and request.path.endswith("/add/"):
            return_to = reverse("case_step", args=[kwargs["case_id"], STEP_OF_KIND[kind.slug].slug])
        if request.method == "POST":
            drafts.keep(request, return_to)
        elif request.htmx and request.htmx.current_url_abs_path:
            return_to = request.htmx.current_url_abs_path  # the page the swap was for
        if request.htmx:
            # Never a sign-in page swapped into a step: the whole page goes to sign in.
            return HttpResponseClientRedirect(redirect_to_login(return_to)["Location"])
        if request.method == "POST":
            return redirect_to_login(return_to)
        return view(request, *args, **kwargs)

    return wrapper


def _not_found(message):
    raise Http404(message)


def step_url(case, step, anchor=""):
    url = reverse("case_step", args=[case.pk, step.slug])
    return f"{url}#{anchor}" if anchor else url


def saved_url(case, step, saved, anchor):
    """The step again after a plain (no-JavaScript) save, scrolled to the "Saved." beside the
    button that was pressed: where the eye is."""
    return reverse("case_step", args=[case.pk, step.slug]) + f"?saved={saved}#{anchor}"
