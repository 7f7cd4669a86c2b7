"""Site pages that belong to no single app: home and sign-up."""

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited

from patients import deletion, export
from patients.knowledge.evidence import LIBRARY
from patients.knowledge.index import source_uses
from patients.views.cases import export_response

from . import audit
from .client import client_ip
from .forms import PasswordAgainForm, SettingsForm, SignUpForm
from .middleware import renew_idle_clock
from .models import Membership


def home(request):
    """Signed out: what the app is. Signed in: clinic staff land on their queue, patients on
    their cases."""
    if request.user.is_authenticated:
        staff = Membership.objects.active().filter(user=request.user).exists()
        return redirect("my_clinics" if staff else "case_list")
    return render(request, "home.html")


def signup(request):
    if request.user.is_authenticated:
        return redirect("case_list")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("case_create")
    return render(request, "registration/signup.html", {"form": form})


@login_required
def account_settings(request):
    form = SettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved your settings.")
        return redirect("account_settings")
    return render(request, "registration/settings.html", {"form": form})


def sources(request):
    """Every source the app relies on, with what it supports."""
    return render(
        request, "sources.html", {"uses": list(source_uses().items()), "library": LIBRARY}
    )


@require_POST
@login_required
def still_here(request):
    """ "Stay signed in": renews the idle clock now, and does nothing else."""
    renew_idle_clock(request.session)
    return HttpResponse(status=204)


# Reset mail sent for one address, and asked from one client address, in an hour: enough for a
# person who mistyped or lost the first mail, too few to fill someone's inbox.
RESETS_PER_EMAIL = "3/h"
RESETS_PER_CLIENT = "20/h"


class PasswordResetView(auth_views.PasswordResetView):
    """Django's, with the mail it sends limited per email address and per client address
    (counted in the shared cache, across app servers)."""

    def form_valid(self, form):
        email = form.cleaned_data["email"].strip().lower()
        limits = (
            ("password-reset-email", lambda group, request: email, RESETS_PER_EMAIL),
            ("password-reset-client", lambda group, request: client_ip(request), RESETS_PER_CLIENT),
        )
        if any(
            is_ratelimited(self.request, group=group, key=key, rate=rate, increment=True)
            for group, key, rate in limits
        ):
            form.add_error(
                None,
                "We've already sent several reset links in the last hour. Look for them in your "
                "mail (and its spam folder), or try again in an hour.",
            )
            response = self.form_invalid(form)
            response.status_code = 429
            return response
        return super().form_valid(form)


@login_required
def account_delete(request):
    """Delete the account and every case of it, after the password is typed again. A clinic's
    last admin hands the clinic on first, so that no clinic is left without one."""
    user = request.user
    cases = list(user.cases.all())
    sole_admin_of = [
        m.clinic.name
        for m in Membership.objects.active()
        .filter(user=user, role="admin")
        .select_related("clinic")
        if not Membership.objects.active()
        .filter(clinic=m.clinic, role="admin")
        .exclude(user=user)
        .exists()
    ]
    form = PasswordAgainForm(request.POST or None, request=request)
    if request.method == "POST" and not sole_admin_of and form.is_valid():
        for case in cases:
            deletion.delete_case(request, case)
        audit.record(request, "delete_account", target=f"account {user.pk}: {len(cases)} cases")
        logout(request)
        user.delete()
        messages.success(request, "Your account and everything in it are deleted.")
        return redirect("home")
    context = {
        "form": form,
        "cases": [(case, deletion.what_goes(case)) for case in cases],
        "sole_admin_of": sole_admin_of,
    }
    return render(request, "registration/account_delete.html", context)


@login_required
def account_export(request):
    """Every case of the account in one archive, after the password is typed again (audited)."""
    cases = list(request.user.cases.with_step_data())
    form = PasswordAgainForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        for case in cases:
            audit.record(request, "export_case", case_id=case.pk)
        return export_response(export.archive(cases), "coverage-guide-cases.zip")
    return render(request, "registration/account_export.html", {"form": form, "cases": cases})
