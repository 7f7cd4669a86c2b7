"""Accounts forms, and the renderer that gives every form the same field markup."""

from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.forms.renderers import TemplatesSetting

from .models import User


class FormRenderer(TemplatesSetting):
    """Label, hint, error, then the input: one field template for the whole site."""

    field_template_name = "includes/field.html"


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
