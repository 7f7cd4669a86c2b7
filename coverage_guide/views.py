"""Site pages that belong to no single app: home and sign-up."""

from django.contrib.auth import login
from django.shortcuts import redirect, render

from patients.knowledge.evidence import LIBRARY
from patients.knowledge.index import source_uses

from .forms import SignUpForm


def home(request):
    if request.user.is_authenticated:
        return redirect("case_list")
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


def sources(request):
    """Every source the app relies on, with what it supports."""
    return render(
        request, "sources.html", {"uses": list(source_uses().items()), "library": LIBRARY}
    )
