"""The patient's cases, the dashboard, and one view for every wizard step and row."""

import uuid
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect

from appeals.letters import LETTER_KINDS
from appeals.offers import letter_offers
from coverage_guide import audit

from .. import drafts, guidance
from ..calendar import deadlines_calendar
from ..forms import CaseForm
from ..knowledge.codes import DIAGNOSES, SERVICES
from ..models import Case
from ..steps import (
    PARENT_OF_KIND,
    ROW_KINDS,
    STEP_OF_KIND,
    STEPS,
    STEPS_BY_SLUG,
    next_actions,
    progress,
)
from ..versions import Conflict, differences, save_versioned, with_current_version

LETTER_PAGES = {kind.step for kind in LETTER_KINDS.values()}


def get_case(request, case_id, step_data=True):
    """The signed-in patient's case, with everything the steps read (or only its plan and
    clinic, for a write that redirects), or 404."""
    cases = Case.objects.for_user(request.user)
    cases = cases.with_step_data() if step_data else cases.select_related("policy", "provider")
    return get_object_or_404(cases, pk=case_id)


def case_view(*methods, lookups=None, step_data=("GET",)):
    """A page of one case. Signed in; the case, and any step, list or row named in the URL,
    looked up through the owner's cases first (404 if not theirs, whatever the method); never
    cached; varying with htmx. The view receives the objects, not their ids.

    `lookups` maps further URL arguments to functions (case, value) -> object that raise 404.
    The case comes with its step data for the methods in `step_data`: a write that only
    redirects doesn't load the whole case; one that renders reloads it (`get_case`)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, case_id, step_slug=None, kind_slug=None, row_id=None, **more):
            try:
                case = get_case(request, case_id, step_data=request.method in step_data)
                found = {}
                if step_slug is not None:
                    found["step"] = STEPS_BY_SLUG.get(step_slug) or _not_found("No such step.")
                if kind_slug is not None:
                    found["kind"] = ROW_KINDS.get(kind_slug) or _not_found("No such list.")
                if row_id is not None:
                    found["row"] = get_object_or_404(found["kind"].for_case(case), pk=row_id)
                for name, value in more.items():
                    found[name] = (lookups or {})[name](case, value)
            except Http404:
                audit.record(request, "open_case", case_id=case_id, denied=True)
                raise
            if request.method not in methods:
                return HttpResponseNotAllowed(methods)
            return view(request, case, **found)

        return keep_draft_when_signed_out(
            login_required(never_cache(vary_on_headers("HX-Request")(wrapper)))
        )

    return decorator


def keep_draft_when_signed_out(view):
    """A form posted after the session expired is not applied: what was typed is kept for
    after sign-in, and the patient returns to the page the form was on."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "POST" and not request.user.is_authenticated:
            return_to = request.path
            if (kind := ROW_KINDS.get(kwargs.get("kind_slug"))) and request.path.endswith("/add/"):
                return_to = reverse(
                    "case_step", args=[kwargs["case_id"], STEP_OF_KIND[kind.slug].slug]
                )
            drafts.keep(request, return_to)
            return redirect_to_login(return_to)
        return view(request, *args, **kwargs)

    return wrapper


def _not_found(message):
    raise Http404(message)


def step_url(case, step, anchor=""):
    url = reverse("case_step", args=[case.pk, step.slug])
    return f"{url}#{anchor}" if anchor else url


@login_required
@never_cache
def case_list(request):
    cases = Case.objects.for_user(request.user).with_step_data()
    if not cases:
        return redirect("case_create")
    return render(
        request, "patients/case_list.html", {"cases": [(case, progress(case)) for case in cases]}
    )


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def case_create(request):
    form = CaseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        case = form.save(commit=False)
        case.owner = request.user
        case.save()
        messages.success(request, "Your case is started. Begin with your plan.")
        return redirect("case_step", case.pk, STEPS[0].slug)
    return render(request, "patients/case_form.html", {"form": form})


@case_view("GET")
def case_dashboard(request, case):
    return render(
        request,
        "patients/dashboard.html",
        {
            "case": case,
            "progress": progress(case),
            "next_actions": next_actions(case),
            "deadlines": guidance.with_states(guidance.open_deadlines(case)),
            "letter_offers": letter_offers(case, "dashboard"),
        },
    )


@case_view("GET")
def case_deadlines_ics(request, case):
    url = request.build_absolute_uri(reverse("case_dashboard", args=[case.pk]))
    response = HttpResponse(
        deadlines_calendar(guidance.case_deadlines(case), url),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="case-{case.pk}-deadlines.ics"'
    return response


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
        "previous_step": STEPS[index - 1] if index else None,
        "next_step": next_step(step),
        "diagnosis_codes": DIAGNOSES,
        "service_codes": SERVICES,
        "letter_offers": letter_offers(case, step.slug),
        **(step.guidance(case) if step.guidance else {}),
    }


@case_view("GET", "POST")
def case_step(request, case, step):
    if request.method == "GET":
        return render(
            request,
            step.template,
            step_context(case, step, bound=restored_forms(request, case, step)),
        )

    section = next((s for s in step.sections if s.slug == request.POST.get("section")), None)
    if section is None:
        raise Http404("No such form on this step.")
    form = section.form_class(
        request.POST, instance=section.instance(case), prefix=section.slug, case=case
    )
    conflict = None
    if form.is_valid():
        try:
            save_versioned(form)
        except Conflict as clash:
            conflict = differences(form, clash.current)
            form = with_current_version(form, clash.current)
    if conflict is not None or form.errors:
        case = get_case(request, case.pk)
        context = step_context(case, step, bound={section.slug: form})
        context["conflicts"] = {section.slug: conflict}
        if request.htmx:
            return render(
                request,
                "patients/_sections.html#section",
                {**context, "section": section, "form": form, "conflict": conflict},
            )
        return render(request, step.template, context)

    following = next_step(step)
    destination = (
        step_url(case, following) if following else reverse("case_dashboard", args=[case.pk])
    )
    if "continue" in request.POST:
        messages.success(request, f"Saved “{section.title}”.")
        if request.htmx:
            return HttpResponseClientRedirect(destination)
        return redirect(destination)
    if request.htmx:
        case = get_case(request, case.pk)
        return render(
            request,
            "patients/_sections.html#section_saved",
            {
                **step_context(case, step),
                "section": section,
                "form": section.form_class(
                    instance=section.instance(case), prefix=section.slug, case=case
                ),
            },
        )
    messages.success(request, f"Saved “{section.title}”.")
    return redirect(step_url(case, step, f"section-{section.slug}"))


def restored_forms(request, case, step):
    """The form the patient was typing in when their session expired, bound to what they
    typed (not saved), so they can check it and save."""
    draft = drafts.take(request, request.path)
    if draft is None:
        return None
    posted_to, data = draft
    section = next((s for s in step.sections if s.slug == data.get("section")), None)
    if section:
        form = section.form_class(
            data, instance=section.instance(case), prefix=section.slug, case=case
        )
        key = section.slug
    else:
        kind = next((k for k in ROW_KINDS.values() if posted_to.endswith(f"/{k.slug}/add/")), None)
        if kind is None or STEP_OF_KIND[kind.slug] != step:
            return None
        try:
            parent = get_parent(kind, case, data.get("parent"))
        except Http404:
            return None
        key = add_prefix(kind, parent)
        form = kind.form_class(
            data, instance=kind.model(**{kind.parent_field: parent or case}), prefix=key, case=case
        )
    form.is_valid()
    messages.warning(
        request,
        "You were signed out before this was saved. We kept what you typed: check it, then save.",
    )
    return {key: form}


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


def add_prefix(kind, parent=None):
    return f"add-{kind.slug}-{parent.pk}" if parent is not None else f"add-{kind.slug}"


def get_parent(kind, case, parent_id):
    """The case, or for a nested list the parent row, which must belong to this case."""
    if not kind.is_nested:
        return None
    parent_kind = PARENT_OF_KIND[kind.slug]
    if not str(parent_id or "").isdigit():
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


def _parent_id(kind, row):
    return getattr(row, f"{kind.parent_field}_id") if kind.is_nested else None


def row_context(case, kind, refreshed=False, **extra):
    """What a row response renders; `refreshed` responses (a row added, saved or deleted) also
    swap in the step's letters and guidance, which the change may have altered."""
    step = STEP_OF_KIND[kind.slug]
    context = {"case": case, "kind": kind, "step": step, "progress": progress(case)}
    if (row := extra.get("row")) is not None:
        context["row_home"] = row_page_url(case, kind, row.pk, _parent_id(kind, row))
    if refreshed:
        context.update(
            letter_offers=letter_offers(case, step.slug),
            letter_page=step.slug in LETTER_PAGES,
            **(step.guidance(case) if step.guidance else {}),
        )
    return {**context, **extra}


@case_view("GET", "POST")
def row_add(request, case, kind):
    step = STEP_OF_KIND[kind.slug]
    if request.method == "GET":
        if not kind.is_nested or "parent" not in request.GET:
            return redirect(step_url(case, step, f"add-{kind.slug}"))
        # A nested list's add form is fetched on demand (see the add_form template tag).
        parent = get_parent(kind, case, request.GET.get("parent"))
        prefix = add_prefix(kind, parent)
        context = row_context(
            case,
            kind,
            parent=parent,
            open=True,
            form=kind.form_class(prefix=prefix, case=case),
            back=row_page_url(case, kind, None, parent.pk, anchor=f"list-{kind.slug}-{parent.pk}"),
        )
        if request.htmx:
            return render(request, "patients/_rows.html#add_form", context)
        return render(request, "patients/row_add.html", context)
    parent = get_parent(kind, case, request.POST.get("parent"))
    prefix = add_prefix(kind, parent)
    submission = submission_id(request.POST.get("submission"))
    blank = kind.model(**{kind.parent_field: parent or case}, submission_id=submission)
    form = kind.form_class(request.POST, instance=blank, prefix=prefix, case=case)
    if form.is_valid():
        row = save_once(kind, case, form, submission)
        if request.htmx:
            case = get_case(request, case.pk)
            return render(
                request,
                "patients/_rows.html#row_added",
                row_context(
                    case,
                    kind,
                    refreshed=True,
                    row=row,
                    parent=parent,
                    prefix=prefix,
                    form=kind.form_class(prefix=prefix, case=case),
                ),
            )
        messages.success(request, f"Added the {kind.noun}.")
        if kind.in_brief:  # back where the form was, the new row in brief on its parent's card
            return redirect(step_url(case, step, f"{PARENT_OF_KIND[kind.slug].slug}-{parent.pk}"))
        return redirect(step_url(case, step, f"{kind.slug}-{row.pk}"))
    case = get_case(request, case.pk)
    if request.htmx:
        return render(
            request,
            "patients/_rows.html#add_form",
            row_context(case, kind, form=form, parent=parent),
        )
    return render(request, step.template, step_context(case, step, bound={prefix: form}))


@case_view("GET")
def row_detail(request, case, kind, row):
    """A row's card (htmx), or with `expand` the card with its nested lists opened: on the step
    a claim shows its services in brief, and opens them here to change them."""
    expand = "expand" in request.GET
    if not (request.htmx or expand):
        return redirect(step_url(case, STEP_OF_KIND[kind.slug], f"{kind.slug}-{row.pk}"))
    context = row_context(
        case, kind, row=_prefetched(case, kind, row), expanded=row.pk if expand else None
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
    prefix = f"{kind.slug}-{row.pk}"
    draft = drafts.take(request, request.path) if request.method == "GET" else None
    data = request.POST if request.method == "POST" else (draft[1] if draft else None)
    form = kind.form_class(data, instance=row, prefix=prefix, case=case)
    if draft:
        form.is_valid()
        messages.warning(
            request,
            "You were signed out before this was saved. We kept what "
            "you typed: check it, then save.",
        )
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            save_versioned(form)
        except Conflict as clash:
            conflict = differences(form, clash.current)
            form = with_current_version(form, clash.current)
            row = clash.current
    if request.method == "POST" and conflict is None and not form.errors:
        if request.htmx:
            case = get_case(request, case.pk)
            return render(
                request,
                "patients/_rows.html#row_saved",
                row_context(case, kind, refreshed=True, row=_prefetched(case, kind, row)),
            )
        messages.success(request, f"Saved the {kind.noun}.")
        return redirect(row_page_url(case, kind, row.pk, _parent_id(kind, row)))
    if request.method == "POST":
        case = get_case(request, case.pk)
    context = row_context(case, kind, row=row, form=form, conflict=conflict)
    if request.htmx:
        return render(request, "patients/_rows.html#row_form", context)
    return render(request, "patients/row_edit.html", context)


@case_view("GET", "POST")
def row_delete(request, case, kind, row):
    if request.method == "GET":
        return render(request, "patients/row_confirm_delete.html", row_context(case, kind, row=row))
    row.delete()
    if request.htmx:
        case = get_case(request, case.pk)
        return render(
            request, "patients/_rows.html#row_deleted", row_context(case, kind, refreshed=True)
        )
    messages.success(request, f"Deleted the {kind.noun}.")
    parent_id = _parent_id(kind, row)
    anchor = f"list-{kind.slug}" + (f"-{parent_id}" if parent_id else "")
    return redirect(row_page_url(case, kind, row.pk, parent_id, anchor=anchor))
