"""Saving with a version check: a save from a stale form is refused, never applied silently."""

from django.db import transaction
from django.db.models import F


class Conflict(Exception):
    """The row changed since the form was loaded."""

    def __init__(self, current):
        super().__init__("changed since the form was loaded")
        self.current = current


def save_versioned(form):
    """Save a ModelForm whose instance is Versioned, if nobody saved it since it was loaded.

    A save of an existing row that does not say which version it was typed over (a form from
    before versions, a hand-made request) is treated as a clash with what is saved now: shown
    side by side, applied only when sent again from the form that shows it."""
    instance = form.instance
    if instance.pk is None:
        return form.save()
    model = type(instance)
    expected = form.cleaned_data.get("version")
    if expected is None:
        raise Conflict(model.objects.get(pk=instance.pk))
    with transaction.atomic():
        # The conditional UPDATE takes the row's write lock on PostgreSQL and SQLite alike, so
        # of two saves from the same version exactly one matches.
        if not model.objects.filter(pk=instance.pk, version=expected).update(
            version=F("version") + 1
        ):
            raise Conflict(model.objects.get(pk=instance.pk))
        instance.version = expected + 1
        return form.save()


def differences(form, current):
    """(label, what you typed, what is saved now) for each field that differs."""
    rows = []
    for name, field in form.fields.items():
        if name == "version" or name not in form.cleaned_data:
            continue
        yours, saved = form.cleaned_data[name], getattr(current, name, None)
        if (yours or None) != (saved or None):
            shown = getattr(current, f"get_{name}_display", None)
            rows.append(
                (
                    field.label,
                    _text(form[name], yours),
                    shown() if shown else ("" if saved is None else str(saved)),
                )
            )
    return rows


def _text(bound_field, value):
    choices = dict(getattr(bound_field.field, "choices", []) or [])
    return str(choices.get(value, "" if value is None else value))


def with_current_version(form, current):
    """The same typed values, now based on the saved version: saving again overwrites it."""
    data = form.data.copy()
    data[form.add_prefix("version")] = current.version
    return type(form)(data, instance=current, prefix=form.prefix, case=form.case)
