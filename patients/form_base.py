"""What every form on a step shares: native date pickers, amounts typed as text, radios for
short choices, limits said rather than enforced by cutting text, and the version a save checks."""

from django import forms


class AmountField(forms.DecimalField):
    """A number typed as text, so “$1,250.00” works and a scroll wheel can't change it."""

    widget = forms.TextInput

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(",", "").removeprefix("$").strip()
        return super().to_python(value)

    def widget_attrs(self, widget):
        return {"inputmode": "decimal", "class": "input-short"}


class StepForm(forms.ModelForm):
    """A form on a wizard step: native date pickers, radios for short choices, typed text kept."""

    radio_fields = ()

    def __init__(self, *args, case=None, **kwargs):
        self.case = case
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if isinstance(field, forms.DateField):
                field.widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
            elif isinstance(field, forms.DecimalField):
                self.fields[name] = AmountField(
                    max_digits=field.max_digits,
                    decimal_places=field.decimal_places,
                    required=field.required,
                    label=field.label,
                    help_text=field.help_text,
                )
            elif isinstance(field, forms.IntegerField):
                field.widget = forms.TextInput(
                    attrs={"inputmode": "numeric", "class": "input-short"}
                )
            elif isinstance(field, forms.CharField) and field.max_length:
                self._limit_shown(field)
            if name in self.radio_fields:
                field.widget = forms.RadioSelect(choices=field.choices)
                field.choices = [c for c in field.choices if c[0] != ""]
        if hasattr(self.instance, "version") and self.instance.pk:
            # Added after the widgets above are chosen, so that it stays a hidden input.
            self.fields["version"] = forms.IntegerField(
                widget=forms.HiddenInput, required=False, initial=self.instance.version
            )

    @staticmethod
    def _limit_shown(field):
        """No `maxlength`, which cuts a paste short without a word: the limit is said (with a
        live counter where JavaScript runs) and text over it is refused with a message."""
        field.widget.attrs.pop("maxlength", None)
        field.widget.attrs["data-limit"] = field.max_length
        if isinstance(field.widget, forms.Textarea) or field.max_length >= 200:
            limit = f"Up to {field.max_length:,} characters."
            field.help_text = f"{field.help_text} {limit}" if field.help_text else limit
