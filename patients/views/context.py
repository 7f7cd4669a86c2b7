"""What step and row pages render, and where a row lives: shared by the step and row views."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse

from coverage_guide.converters import is_id

from ..documents import SUGGESTED_KIND, DocumentForm, documents_for_step
from ..knowledge.codes import DIAGNOSES, SERVICES
from ..steps import PARENT_OF_KIND, STEP_OF_KIND, STEPS, progress
from .access import step_url


def next_step(step):
    index = STEPS.index(step)
    return STEPS[index + 1] if index + 1 < len(STEPS) else None


def step_context(case, step, bound=None):
    bound = bound or {}
    sections = [
        (
            section,
            bound.get(section.slug)
            or section.form_class(instance=section.instance(case), prefix=section.slug, case=case),
        )
        for section in step.sections
    ]
    index = STEPS.index(step)
    return {
        "case": case,
        "step": step,
        "progress": progress(case),
        "sections": sections,
        "bound_forms": bound,
        # Forms sent back with errors: one summary of them opens the page (the first thing read).
        "page_errors": [form for form in bound.values() if form.errors],
        "previous_step": STEPS[index - 1] if index else None,
        "next_step": next_step(step),
        "diagnosis_codes": DIAGNOSES,
        "service_codes": SERVICES,
        "documents": documents_for_step(case, step.slug),
        "document_form": bound.get("document") or documents_form(case, step),
        **(step.guidance(case) if step.guidance else {}),
    }


def documents_form(case, step, data=None, files=None):
    """The form to add a document on a step that keeps them, else None."""
    if step.slug not in SUGGESTED_KIND:
        return None
    initial = {"kind": SUGGESTED_KIND[step.slug]}
    return DocumentForm(data, files, prefix="document", case=case, initial=initial)


def add_prefix(kind, parent=None):
    return f"add-{kind.slug}-{parent.pk}" if parent is not None else f"add-{kind.slug}"


def get_parent(kind, case, parent_id):
    """The case, or for a nested list the parent row, which must belong to this case."""
    if not kind.is_nested:
        return None
    parent_kind = PARENT_OF_KIND[kind.slug]
    if not is_id(str(parent_id or "")):
        raise Http404("No such parent row.")
    return get_object_or_404(parent_kind.for_case(case), pk=parent_id)


def row_page_url(case, kind, row_id, parent_id=None, anchor=None):
    """Where a row is shown: on its step, or for a list shown in brief (a claim's services) on
    its parent's own page, opened; anchored at the row (or at `anchor`)."""
    anchor = anchor or f"{kind.slug}-{row_id}"
    if not kind.in_brief:
        return step_url(case, STEP_OF_KIND[kind.slug], anchor)
    parent_kind = PARENT_OF_KIND[kind.slug]
    return reverse("row_detail", args=[case.pk, parent_kind.slug, parent_id]) + f"?expand#{anchor}"


def parent_id_of(kind, row):
    return getattr(row, f"{kind.parent_field}_id") if kind.is_nested else None


def row_context(case, kind, refreshed=False, **extra):
    """What a row response renders; `refreshed` responses (a row added, saved or deleted) also
    swap in the step's letters and guidance, which the change may have altered."""
    step = STEP_OF_KIND[kind.slug]
    context = {"case": case, "kind": kind, "step": step, "progress": progress(case)}
    if (row := extra.get("row")) is not None:
        context["row_home"] = row_page_url(case, kind, row.pk, parent_id_of(kind, row))
    if refreshed:
        context.update(step.guidance(case) if step.guidance else {})
    return {**context, **extra}
