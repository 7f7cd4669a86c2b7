"""Accounts forms, and the renderer that gives every form the same field markup."""

from pathlib import Path
from zoneinfo import available_timezones

import django.forms
from django import forms
from django.conf import settings
from django.contrib.auth.forms import UserCreationForm
from django.forms.renderers import Jinja2
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.utils import timezone
from django.utils.functional import cached_property

from . import two_factor
from .models import User


class FormRenderer(Jinja2):
    """Label, hint, error, then the input: one field template for the whole site.

    Forms render with Jinja2 (Django's own widget templates for it, and templates/jinja2/forms/
    for ours): a step page renders dozens of fields and options, and Django's template language
    made form rendering most of a page's time."""

    field_template_name = "forms/field.html"

    @cached_property
    def engine(self):
        return self.backend(
            {
                "APP_DIRS": False,
                "DIRS": [
                    settings.BASE_DIR / "templates" / "jinja2",
                    Path(django.forms.__file__).parent / "jinja2",
                ],
                "NAME": "forms",
                "OPTIONS": {},
            }
        )

    def get_template(self, template_name):
        try:
            return self.engine.get_template(template_name)
        except TemplateDoesNotExist:
            # Widgets of Django's contrib apps (the admin's) exist only as Django templates.
            return get_template(template_name)


def time_zone_choices():
    return [(zone, zone.replace("_", " ")) for zone in sorted(available_timezones())]


class TimeZoneField(forms.ChoiceField):
    """A zone from the IANA list; left empty, the site's default."""

    def __init__(self, **kwargs):
        super().__init__(
            label="Your time zone",
            choices=time_zone_choices,
            required=False,
            help_text="Dates, times and reminders “on the day” follow it.",
            **kwargs,
        )

    def clean(self, value):
        return super().clean(value) or settings.TIME_ZONE


class SignUpForm(UserCreationForm):
    full_name = forms.CharField(
        label="Your name",
        max_length=150,
        required=False,
        help_text="Optional. We use it to greet you and on letters you sign.",
    )

    # Preset from the browser's own zone where JavaScript runs (site.js).
    time_zone = TimeZoneField(
        initial="America/New_York", widget=forms.Select(attrs={"data-browser-time-zone": ""})
    )

    class Meta:
        model = User
        fields = ("email", "full_name", "time_zone")
        labels = {"email": "Email address"}
        help_texts = {"email": "You sign in with this. We never share it."}
        widgets = {"email": forms.EmailInput(attrs={"autocomplete": "email"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:  # what the person chose stays chosen
            self.fields["time_zone"].widget.attrs.pop("data-browser-time-zone", None)


class SettingsForm(forms.ModelForm):
    """A person's own settings: the name they are greeted by and sign with, and their time zone."""

    time_zone = TimeZoneField()

    class Meta:
        model = User
        fields = ("full_name", "time_zone")
        labels = {"full_name": "Your name"}


def too_many_tries(request, group, user, rate):
    """Counts this try for the person (in the shared cache, across app servers); True past the
    rate."""
    from django_ratelimit.core import is_ratelimited

    return is_ratelimited(
        request, group=group, key=lambda *_: str(user.pk), rate=rate, increment=True
    )


class PasswordAgainForm(forms.Form):
    """The person's password typed again before something that can't be undone; tries limited
    per person (counted in the shared cache)."""

    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    TRIES = "5/15m"

    def __init__(self, *args, request, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_password(self):
        if too_many_tries(self.request, "password-again", self.request.user, self.TRIES):
            raise forms.ValidationError(
                "Too many tries in a short time. Wait 15 minutes, then type your password again."
            )
        password = self.cleaned_data["password"]
        if not self.request.user.check_password(password):
            raise forms.ValidationError(
                "That isn't your password. Type it again (capital letters count)."
            )
        return password


def wait_error(until):
    seconds = max(1, int((until - timezone.now()).total_seconds()) + 1)
    return forms.ValidationError(
        f"After a wrong code we wait a little longer each time. Try again in {seconds} seconds."
    )


class TwoFactorCodeForm(forms.Form):
    """A code from the authenticator app, or a recovery code; tries limited per person on top
    of django-otp's own growing wait after each wrong code."""

    code = forms.CharField(
        label="Code",
        max_length=40,
        help_text="The 6 digits your authenticator app shows now, or one of your recovery codes.",
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "spellcheck": "false"}
        ),
    )

    TRIES = "10/15m"

    def __init__(self, *args, request, user=None, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.request = request
        self.user = user or request.user
        self.device = None

    def clean_code(self):
        if too_many_tries(self.request, "two-factor-code", self.user, self.TRIES):
            raise forms.ValidationError(
                "Too many codes tried in a short time. Wait 15 minutes, then try again."
            )
        code = self.cleaned_data["code"]
        self.device, wait_until = two_factor.check(self.user, code)
        if wait_until is not None:
            raise wait_error(wait_until)
        if self.device is None:
            raise forms.ValidationError(
                "That code doesn't match. Type the 6 digits your app shows now (they change "
                "every 30 seconds), or a recovery code."
            )
        return code


class TwoFactorSetUpForm(TwoFactorCodeForm):
    """The first code from a newly scanned app: it checks the device being set up only."""

    code = forms.CharField(
        label="The 6-digit code your app shows",
        max_length=12,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"}
        ),
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.new_device = device

    def clean_code(self):
        code = two_factor.normalised(self.cleaned_data["code"])
        if not (code.isdigit() and len(code) == 6):
            raise forms.ValidationError("Type the 6 digits your app shows, like 123456.")
        allowed, data = self.new_device.verify_is_allowed()
        if not allowed:
            raise wait_error(data["locked_until"])
        if not self.new_device.verify_token(code):
            raise forms.ValidationError(
                "That code doesn't match. Check the app shows “Coverage Guide” with your email, "
                "and type the code it shows now (it changes every 30 seconds)."
            )
        return code
