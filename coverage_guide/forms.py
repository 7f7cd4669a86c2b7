"""Accounts forms, and the renderer that gives every form the same field markup."""

from pathlib import Path

import django.forms
from django import forms
from django.conf import settings
from django.contrib.auth.forms import UserCreationForm
from django.forms.renderers import Jinja2
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.utils.functional import cached_property

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


class SignUpForm(UserCreationForm):
    full_name = forms.CharField(
        label="Your name",
        max_length=150,
        required=False,
        help_text="Optional. We use it to greet you and on letters you sign.",
    )

    class Meta:
        model = User
        fields = ("email", "full_name")
        labels = {"email": "Email address"}
        help_texts = {"email": "You sign in with this. We never share it."}
        widgets = {"email": forms.EmailInput(attrs={"autocomplete": "email"})}
