"""One view for every wizard step: show its forms, save one section at a time."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django_htmx.http import HttpResponseClientRedirect

from .. import drafts
from ..steps import ROW_KINDS, STEP_OF_KIND
from ..versions import Conflict, differences, save_versioned, with_current_version
from .access import case_view, get_case, saved_url, step_url
from .context import add_prefix, get_parent, next_step, step_context

# A step of several sections is one form: saving it saves every section, so typing in one is
# never dropped by saving another.
ALL_SECTIONS = "all"


@case_view("GET", "POST")
def case_step(request, case, step):
    if request.method == "GET":
        bound = restored_forms(request, case, step)
        return render(request, step.template, step_context(case, step, bound=bound))
    if request.POST.get("section") == ALL_SECTIONS and len(step.sections) > 1:
        return save_all_sections(request, case, step)
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
        return section_not_saved(request, case, step, section, form, conflict)
    return section_saved(request, case, step, section)


def save_all_sections(request, case, step):
    forms = {
        s.slug: s.form_class(request.POST, instance=s.instance(case), prefix=s.slug, case=case)
        for s in step.sections
    }
    conflicts = {}
    if all(form.is_valid() for form in forms.values()):
        for slug, form in forms.items():
            try:
                save_versioned(form)
            except Conflict as clash:
                conflicts[slug] = differences(form, clash.current)
                forms[slug] = with_current_version(form, clash.current)
    if conflicts or any(form.errors for form in forms.values()):
        case = get_case(request, case.pk)
        context = {**step_context(case, step, bound=forms), "conflicts": conflicts}
        template = "patients/_sections.html#step_form" if request.htmx else step.template
        return render(request, template, context)
    if "continue" in request.POST:
        return on_to_the_next_step(request, case, step, step.title)
    if not request.htmx:
        return redirect(saved_url(case, step, ALL_SECTIONS, "step-saved"))
    case = get_case(request, case.pk)
    return render(request, "patients/_sections.html#step_form_saved", {**step_context(case, step)})


def on_to_the_next_step(request, case, step, saved):
    """After "Save and continue": the next step (the overview after the last), saying what was
    saved."""
    following = next_step(step)
    destination = (
        step_url(case, following) if following else reverse("case_dashboard", args=[case.pk])
    )
    messages.success(request, f"Saved “{saved}”.")
    return HttpResponseClientRedirect(destination) if request.htmx else redirect(destination)


def section_not_saved(request, case, step, section, form, conflict):
    """The step again with the section's form as typed, its errors or the conflict shown."""
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


def section_saved(request, case, step, section):
    """On to the next step ("Save and continue"), or the saved section in place."""
    if "continue" in request.POST:
        return on_to_the_next_step(request, case, step, section.title)
    if not request.htmx:
        if len(step.sections) > 1:  # a step of several sections shows them as one form
            return redirect(saved_url(case, step, ALL_SECTIONS, "step-saved"))
        return redirect(saved_url(case, step, section.slug, f"section-{section.slug}-saved"))
    case = get_case(request, case.pk)
    form = section.form_class(instance=section.instance(case), prefix=section.slug, case=case)
    return render(
        request,
        "patients/_sections.html#section_saved",
        {**step_context(case, step), "section": section, "form": form},
    )


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
