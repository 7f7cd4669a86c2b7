"""Template helpers for the wizard's rows: their facts and their add forms."""

import functools
import uuid
from decimal import Decimal

from django import template
from django.db import models
from django.template.defaultfilters import linebreaksbr
from django.utils.formats import date_format

from ..words import in_sentence, staff_voice

register = template.Library()


def _display(row, field):
    value = getattr(row, field.name)
    if value is None or value == "":
        return None
    if field.choices:
        return getattr(row, f"get_{field.name}_display")()
    if isinstance(field, models.BooleanField):
        return "Yes" if value else "No"
    if isinstance(field, models.DateField):
        return date_format(value, "M j, Y")
    if (
        isinstance(field, models.DecimalField)
        and field.decimal_places == 2
        and field.max_digits == 10
    ):
        return f"${value:,.2f}"
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    return str(value)


@functools.cache
def _columns(kind):
    """(field, label) for each column of a list, looked up once."""
    fields = [kind.model._meta.get_field(name) for name in kind.columns]
    return [(f, f.verbose_name[:1].upper() + f.verbose_name[1:]) for f in fields]


@register.filter
def facts(row, kind):
    """(label, text as HTML) for each filled-in column of a row; line breaks kept, text escaped."""
    pairs = []
    for field, label in _columns(kind):
        text = _display(row, field)
        if text is not None:
            pairs.append((label, linebreaksbr(text, autoescape=True)))
    return pairs


@register.simple_tag(takes_context=True)
def add_form(context, kind, parent=None, rows=()):
    """The add form for a list: the one that just failed validation, else an empty one. A nested
    list that already has rows (a claim's lines) gets None, for a link that fetches the form:
    one form a claim would make a long claims page slow to build and to read."""
    prefix = f"add-{kind.slug}-{parent.pk}" if parent is not None else f"add-{kind.slug}"
    bound = context.get("bound_forms") or {}
    if prefix in bound:
        return bound[prefix]
    if parent is not None and len(rows):
        return None
    return kind.form_class(prefix=prefix, case=context["case"])


@register.simple_tag(takes_context=True)
def in_brief(context, child, row, rows):
    """Whether a nested list shows in brief on its parent's card: it is that kind of list, it
    has rows, the parent isn't opened, and it has no add form with errors to show."""
    if not (child.in_brief and len(rows)) or context.get("expanded") == row.pk:
        return False
    return f"add-{child.slug}-{row.pk}" not in (context.get("bound_forms") or {})


@register.filter
def rows_of(kind, owner):
    """A list's rows for a case or a parent row."""
    return kind.rows_of(owner)


@register.filter
def length_is_zero(rows):
    return len(rows) == 0


@register.filter
def an(noun):
    """“a treatment”, “an appeal”."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


@register.simple_tag
def new_submission_id():
    """A fresh id for an add form, so that posting it twice makes one row."""
    return uuid.uuid4()


@register.filter
def get(mapping, key):
    """mapping[key], or None."""
    return (mapping or {}).get(key)


@register.filter(name="in_sentence")
def in_sentence_filter(text):
    """A title or choice inside a sentence, keeping “Medicare” and “IV” capitalised."""
    return in_sentence(text)


@register.filter
def grouped_by_title(deadlines):
    """(deadline, state) pairs, those with the same title together in one line that opens
    (six "Submit the claim" are one line): [(first pair, [the other pairs])], soonest first."""
    groups = {}
    for pair in deadlines:
        groups.setdefault(pair[0].title, []).append(pair)
    return [(pairs[0], pairs[1:]) for pairs in groups.values()]


@register.filter
def voice(text, staff):
    """The text as written for the patient, or for clinic staff (the patient in the third
    person) when `staff` is true."""
    return staff_voice(text) if staff else text
