"""The person's own two-factor pages: set it up with a QR code, type a code after the password,
make new recovery codes, turn it off."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login

from . import audit, two_factor
from .forms import PasswordAgainForm, TwoFactorCodeForm, TwoFactorSetUpForm
from .models import Clinic, Membership


def next_url(request, default="home"):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure()):
        return url
    return default


def requiring_clinics(user):
    return [
        m.clinic.name
        for m in Membership.objects.active()
        .filter(user=user, clinic__require_two_factor=True)
        .select_related("clinic")
    ]


@login_required
@never_cache
def settings_page(request):
    """Off: the QR code and the first code. On: what is set up, new codes, turn off."""
    user = request.user
    if two_factor.is_on(user):
        return render(
            request,
            "registration/two_factor.html",
            {"codes_left": two_factor.codes_left(user), "required_by": requiring_clinics(user)},
        )
    device = two_factor.new_app_device(user)
    form = TwoFactorSetUpForm(request.POST or None, request=request, device=device)
    if request.method == "POST" and form.is_valid():
        codes = two_factor.confirm(request, device)
        audit.record(request, "two_factor_on")
        return render(
            request,
            "registration/two_factor_codes.html",
            {"codes": codes, "next": next_url(request, default="")},
        )
    clinic = Clinic.objects.filter(code=request.GET.get("clinic", "")[:12]).first()
    return render(
        request,
        "registration/two_factor_set_up.html",
        {
            "form": form,
            "qr": two_factor.qr_svg(device),
            "secret": two_factor.secret_for_typing(device),
            "next": next_url(request, default=""),
            "asked_by": clinic.name if clinic and clinic.name in requiring_clinics(user) else "",
        },
    )


@login_required
@never_cache
def verify(request):
    """After the password: a code from the app, or a recovery code."""
    if request.user.is_verified():
        return redirect(next_url(request))
    form = TwoFactorCodeForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        otp_login(request, form.device)
        request.session.pop(two_factor.PENDING_KEY, None)
        if form.device.name == two_factor.CODES_NAME:
            left = two_factor.codes_left(request.user)
            audit.record(request, "two_factor_recovery_code", target=f"{left} left")
            messages.warning(
                request,
                f"You used a recovery code; {left} left. If your phone is lost, set up the app "
                "again in your settings (that also gives you new codes).",
            )
        return redirect(next_url(request))
    if request.method == "POST":
        audit.record(request, "two_factor_code", denied=True)
    return render(
        request, "registration/two_factor_verify.html", {"form": form, "next": next_url(request)}
    )


@require_POST
@login_required
@never_cache
def new_codes(request):
    """Fresh recovery codes; the old ones stop working. Only in a session verified by a code."""
    if not request.user.is_verified() or not two_factor.is_on(request.user):
        return redirect("two_factor")
    codes = two_factor.new_recovery_codes(request.user)
    audit.record(request, "two_factor_new_codes")
    return render(request, "registration/two_factor_codes.html", {"codes": codes, "next": ""})


@login_required
@never_cache
def turn_off(request):
    """Off, after the password again; a clinic that requires it asks for it again."""
    if not two_factor.is_on(request.user):
        return redirect("two_factor")
    if not request.user.is_verified():
        return two_factor.to_verify(request)
    form = PasswordAgainForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        two_factor.remove(request.user)
        audit.record(request, "two_factor_off")
        messages.success(request, "Two-factor sign-in is off. Your password alone signs you in.")
        return redirect("account_settings")
    return render(
        request,
        "registration/two_factor_off.html",
        {"form": form, "required_by": requiring_clinics(request.user)},
    )
