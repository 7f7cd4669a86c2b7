"""Template helpers for clinic pages."""

from django import template

from ..forms import STATUS_FORMS

register = template.Library()


@register.simple_tag(takes_context=True)
def status_form(context, kind_slug, row):
    """A row's status form: the one that just failed validation, or a fresh one."""
    prefix = f"{kind_slug}-{row.pk}"
    bound = context.get("status_forms") or {}
    form_class = STATUS_FORMS[kind_slug][0]
    return bound.get(prefix) or form_class(instance=row, prefix=prefix, case=context["case"])
