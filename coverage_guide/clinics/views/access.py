"""How every clinic page finds its member and case: an active membership of the clinic in the
URL, and a case its patient shares with that clinic; anything else is 404, and audited. A
member of a clinic that requires two-factor sign-in is sent to type (or set up) their code
first."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseNotAllowed
from django.views.decorators.cache import never_cache
from django.views.decorators.vary import vary_on_headers

from coverage_guide import audit, two_factor
from coverage_guide.models import Membership
from patients.models import Case


def membership_for(request, clinic_code):
    """The signed-in person's active membership of this clinic, or 404 (audited)."""
    membership = (
        Membership.objects.active()
        .select_related("clinic", "user")
        .filter(user=request.user, clinic__code=clinic_code)
        .first()
    )
    if membership is None:
        audit.record(request, "open_clinic", target=f"clinic {clinic_code[:20]}", denied=True)
        raise Http404("No such clinic.")
    return membership


def staff_view(*methods, admin_only=False):
    """A clinic page: the member resolved first (404 otherwise), never cached."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, clinic_code, **kwargs):
            membership = membership_for(request, clinic_code)
            if (needed := two_factor.gate(request, membership.clinic)) is not None:
                return needed
            if admin_only and not membership.is_admin:
                audit.record(request, "admin_page", clinic=membership.clinic, denied=True)
                raise Http404("Clinic admins only.")
            if request.method not in methods:
                return HttpResponseNotAllowed(methods)
            return view(request, membership, **kwargs)

        return login_required(never_cache(vary_on_headers("HX-Request")(wrapper)))

    return decorator


def staff_case_view(*methods):
    """A shared case seen by a member of the clinic it is shared with; else 404, audited."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, clinic_code, case_id, **kwargs):
            membership = membership_for(request, clinic_code)
            if (needed := two_factor.gate(request, membership.clinic)) is not None:
                return needed
            case = (
                Case.objects.shared_with(membership.clinic)
                .with_step_data()
                .filter(pk=case_id)
                .first()
            )
            if case is None:
                audit.record(
                    request, "open_case", case_id=case_id, clinic=membership.clinic, denied=True
                )
                raise Http404("No such case.")
            if request.method not in methods:
                return HttpResponseNotAllowed(methods)
            return view(request, membership, case, **kwargs)

        return login_required(never_cache(vary_on_headers("HX-Request")(wrapper)))

    return decorator
