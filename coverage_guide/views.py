"""Site pages that belong to no single app: home and sign-up."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from patients.knowledge.evidence import LIBRARY
from patients.knowledge.index import source_uses

from .forms import SettingsForm, SignUpForm
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
