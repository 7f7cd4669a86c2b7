"""Two-factor sign-in: an authenticator app (TOTP, django-otp) and single-use recovery codes.

Anyone may turn it on; a clinic may require it of its staff. After the password, a person with
an authenticator app set up types a code before any page opens (TwoFactorMiddleware); a member
of a clinic that requires it reaches none of the clinic's pages without it (`gate`)."""

from base64 import b32encode
from urllib.parse import urlencode

import segno
from django.contrib.auth.signals import user_logged_in
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.dispatch import receiver
from django.shortcuts import redirect
from django.urls import reverse
from django_htmx.http import HttpResponseClientRedirect
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10
APP_NAME = "Authenticator app"
CODES_NAME = "Recovery codes"

# Set at sign-in for a person with an authenticator app; cleared when they type a code.
PENDING_KEY = "two_factor_pending"


# For a list of memberships or users: whether each has an authenticator app set up.
IS_ON = Exists(TOTPDevice.objects.filter(user=OuterRef("user"), confirmed=True))


def app_device(user, *, confirmed=True):
    return TOTPDevice.objects.filter(user=user, confirmed=confirmed).first()


def is_on(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def new_app_device(user):
    """The device being set up: the same one until it is confirmed, so that a reload shows the
    QR code the person may already have scanned."""
    device = app_device(user, confirmed=False)
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_NAME, confirmed=False)
    return device


def qr_svg(device):
    """The otpauth:// address as an inline SVG QR code (no script, no image request)."""
    return segno.make(device.config_url, error="m").svg_inline(
        scale=5, border=4, omitsize=True, title="QR code for your authenticator app"
    )


def secret_for_typing(device):
    """The key in base32, in groups of four, for an app that can't scan."""
    text = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


@transaction.atomic
def confirm(request, device):
    """The first good code: the app is on, fresh recovery codes made, this session verified.
    Returns the codes, shown once."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = new_recovery_codes(device.user)
    otp_login(request, device)
    request.session.pop(PENDING_KEY, None)
    return codes


@transaction.atomic
def new_recovery_codes(user):
    """Replace the recovery codes: the old ones stop working."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=CODES_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=c) for c in codes)
    return codes


def remove(user):
    """Turn two-factor sign-in off for the person: app and recovery codes go."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()


def normalised(code):
    return "".join(code.split()).replace("-", "").lower()


def check(user, code):
    """The device that accepts the code (six digits: the app; else a recovery code, used up),
    or None; and, when the device refuses to check because of recent wrong codes, the time the
    person may try again."""
    code = normalised(code)
    if code.isdigit() and len(code) == 6:
        devices = TOTPDevice.objects.filter(user=user, confirmed=True)
    else:
        devices = StaticDevice.objects.filter(user=user, confirmed=True)
    with transaction.atomic():
        for device in devices.select_for_update():
            allowed, data = device.verify_is_allowed()
            if not allowed:
                return None, data.get("locked_until")
            if device.verify_token(code):
                return device, None
    return None, None


@receiver(user_logged_in)
def ask_for_code(sender, request, user, **kwargs):
    """A password alone opens nothing for a person who has an authenticator app set up."""
    if request is not None and hasattr(request, "session") and is_on(user):
        request.session[PENDING_KEY] = True


def _to(request, name, **query):
    url = f"{reverse(name)}?{urlencode(query)}" if query else reverse(name)
    if request.headers.get("HX-Request"):
        return HttpResponseClientRedirect(url)
    return redirect(url)


def to_verify(request):
    return _to(request, "two_factor_verify", next=request.get_full_path())


def gate(request, clinic):
    """None when the person may open the clinic's pages; else the way to their second factor:
    the code page if they have an app, the set-up page if they don't."""
    if not clinic.require_two_factor or request.user.is_verified():
        return None
    if is_on(request.user):
        return to_verify(request)
    return _to(request, "two_factor", next=request.get_full_path(), clinic=clinic.code)


class TwoFactorMiddleware:
    """After the password, a person with an app set up sees only the code page (and may sign
    out) until they type a code. After django_otp's OTPMiddleware."""

    OPEN = ("two_factor_verify", "logout")

    def __init__(self, get_response):
        self.get_response = get_response
        self.open_paths = None

    def __call__(self, request):
        if (
            request.user.is_authenticated
            and request.session.get(PENDING_KEY)
            and not request.user.is_verified()
        ):
            if self.open_paths is None:
                self.open_paths = {reverse(name) for name in self.OPEN}
            if request.path not in self.open_paths:
                return to_verify(request)
        return self.get_response(request)
