"""Rows on a step (a diagnosis, a claim and its services, a denial and its appeals): add one,
open it, change it, delete it; with htmx in place, or as plain pages without JavaScript."""

import uuid

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render

from .. import drafts
from ..steps import PARENT_OF_KIND, STEP_OF_KIND
from ..versions import Conflict, differences, save_versioned, with_current_version
from .access import case_view, get_case, step_url
from .context import (
    add_prefix,
    get_parent,
    parent_id_of,
    row_context,
    row_page_url,
    step_context,
)


def submission_id(value):
    try:
        return uuid.UUID(value or "")
    except ValueError:
        return None


def save_once(kind, case, form, submission):
    """Save a new row, or, if this very form was already saved, return that row."""
    if submission and (done := kind.for_case(case).filter(submission_id=submission).first()):
        return done
    try:
        with transaction.atomic():
            return form.save()
    except IntegrityError:
        done = kind.for_case(case).filter(submission_id=submission).first() if submission else None
        if done is None:
            raise
        return done


@case_view("GET", "POST")
def row_add(request, case, kind):
    if request.method == "GET":
        return add_form_page(request, case, kind)
    parent = get_parent(kind, case, request.POST.get("parent"))
    prefix = add_prefix(kind, parent)
    submission = submission_id(request.POST.get("submission"))
    blank = kind.model(**{kind.parent_field: parent or case}, submission_id=submission)
    form = kind.form_class(request.POST, instance=blank, prefix=prefix, case=case)
    if (
        form.is_valid()
        and not list_full(kind, case, parent, form, submission)
        and not unconfirmed_twin(request, kind, case, parent, form, submission)
    ):
        return row_added(request, case, kind, save_once(kind, case, form, submission), parent)
    case = get_case(request, case.pk)
    if request.htmx:
        context = row_context(case, kind, form=form, parent=parent)
        return render(request, "patients/_rows.html#add_form", context)
    step = STEP_OF_KIND[kind.slug]
    return render(request, step.template, step_context(case, step, bound={prefix: form}))


def list_full(kind, case, parent, form, submission):
    """The list already holds its most rows (a resend of a saved form still finds its row)."""
    owner = {kind.parent_field: parent or case}
    rows = kind.for_case(case).filter(**owner)
    if submission and rows.filter(submission_id=submission).exists():
        return False
    if rows.count() < kind.max_rows:
        return False
    form.add_error(
        None,
        f"This list is full: it holds up to {kind.max_rows:,} of these. Delete ones you no "
        "longer need, or start another case for a new course of treatment.",
    )
    return True


def unconfirmed_twin(request, kind, case, parent, form, submission):
    """A row exactly like this one is already listed (and this isn't a resend of the form that
    made it): ask before adding it twice. A browser's "back" can bring the typing back under a
    new form, which no submission id catches; the patient confirms by sending it again."""
    if request.POST.get("again"):
        return False
    names = [f.name for f in kind.model._meta.concrete_fields if f.name in form.cleaned_data]
    same = {name: form.cleaned_data[name] for name in names}
    owner = {kind.parent_field: parent or case}
    twins = kind.for_case(case).filter(**owner, **same)
    if submission:
        twins = twins.exclude(submission_id=submission)
    if not twins.exists():
        return False
    form.add_error(
        None,
        f"This {kind.noun} is already on your list, exactly as typed. To add it a second "
        f"time, choose “Add {kind.noun}” again.",
    )
    form.again = True
    return True


def add_form_page(request, case, kind):
    """A nested list's add form, fetched on demand (see the add_form template tag); any other
    list's add form is on its step."""
    if not kind.is_nested or "parent" not in request.GET:
        return redirect(step_url(case, STEP_OF_KIND[kind.slug], f"add-{kind.slug}"))
    parent = get_parent(kind, case, request.GET.get("parent"))
    context = row_context(
        case,
        kind,
        parent=parent,
        open=True,
        form=kind.form_class(prefix=add_prefix(kind, parent), case=case),
        back=row_page_url(case, kind, None, parent.pk, anchor=f"list-{kind.slug}-{parent.pk}"),
    )
    if request.htmx:
        return render(request, "patients/_rows.html#add_form", context)
    return render(request, "patients/row_add.html", context)


def row_added(request, case, kind, row, parent):
    """The new row in place with a fresh form (htmx), or back on the step at the row."""
    step = STEP_OF_KIND[kind.slug]
    if not request.htmx:
        messages.success(request, f"Added the {kind.noun}.")
        if kind.in_brief:  # back where the form was, the new row in brief on its parent's card
            return redirect(step_url(case, step, f"{PARENT_OF_KIND[kind.slug].slug}-{parent.pk}"))
        return redirect(step_url(case, step, f"{kind.slug}-{row.pk}"))
    case = get_case(request, case.pk)
    prefix = add_prefix(kind, parent)
    context = row_context(
        case,
        kind,
        refreshed=True,
        row=row,
        parent=parent,
        prefix=prefix,
        form=kind.form_class(prefix=prefix, case=case),
    )
    return render(request, "patients/_rows.html#row_added", context)


@case_view("GET")
def row_detail(request, case, kind, row):
    """A row's card (htmx), or with `expand` the card with its nested lists opened: on the step
    a claim shows its services in brief, and opens them here to change them."""
    expand = "expand" in request.GET
    if not (request.htmx or expand):
        return redirect(step_url(case, STEP_OF_KIND[kind.slug], f"{kind.slug}-{row.pk}"))
    context = row_context(
        case,
        kind,
        row=_prefetched(case, kind, row),
        expanded=row.pk if expand else None,
        cancelled=request.htmx and not expand,  # back from "Edit" without saving
    )
    if request.htmx:
        return render(request, "patients/_rows.html#row_card", context)
    return render(request, "patients/row_detail.html", context)


def _prefetched(case, kind, row):
    """The same row as loaded with the case, so that its children come prefetched."""
    owner = get_parent(kind, case, getattr(row, f"{kind.parent_field}_id")) or case
    return next(r for r in kind.rows_of(owner) if r.pk == row.pk)


@case_view("GET", "POST")
def row_edit(request, case, kind, row):
    form = edit_form(request, case, kind, row)
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            save_versioned(form)
        except Conflict as clash:
            conflict = differences(form, clash.current)
            form = with_current_version(form, clash.current)
            row = clash.current
    if request.method == "POST" and conflict is None and not form.errors:
        return row_saved(request, case, kind, row)
    if request.method == "POST":
        case = get_case(request, case.pk)
    context = row_context(case, kind, row=row, form=form, conflict=conflict)
    if request.htmx:
        return render(request, "patients/_rows.html#row_form", context)
    return render(request, "patients/row_edit.html", context)


def edit_form(request, case, kind, row):
    """The row's form: as posted, as typed before the session expired, or as saved."""
    prefix = f"{kind.slug}-{row.pk}"
    if request.method == "POST":
        return kind.form_class(request.POST, instance=row, prefix=prefix, case=case)
    draft = drafts.take(request, request.path)
    form = kind.form_class(draft[1] if draft else None, instance=row, prefix=prefix, case=case)
    if draft:
        form.is_valid()
        messages.warning(
            request,
            "You were signed out before this was saved. We kept what "
            "you typed: check it, then save.",
        )
    return form


def row_saved(request, case, kind, row):
    if not request.htmx:
        messages.success(request, f"Saved the {kind.noun}.")
        return redirect(row_page_url(case, kind, row.pk, parent_id_of(kind, row)))
    case = get_case(request, case.pk)
    context = row_context(case, kind, refreshed=True, row=_prefetched(case, kind, row))
    return render(request, "patients/_rows.html#row_saved", context)


@case_view("GET", "POST")
def row_delete(request, case, kind, row):
    if request.method == "GET":
        return render(request, "patients/row_confirm_delete.html", row_context(case, kind, row=row))
    deleted, deleted_id = str(row), row.pk
    row.delete()
    if request.htmx:
        case = get_case(request, case.pk)
        context = row_context(case, kind, refreshed=True, deleted=deleted, deleted_id=deleted_id)
        return render(request, "patients/_rows.html#row_deleted", context)
    messages.success(request, f"Deleted the {kind.noun}.")
    parent_id = parent_id_of(kind, row)
    anchor = f"list-{kind.slug}" + (f"-{parent_id}" if parent_id else "")
    return redirect(row_page_url(case, kind, row.pk, parent_id, anchor=anchor))
