"""Documents on a case: added on the step where they belong, downloaded (never shown in a page),
deleted after a confirmation."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from ..documents import STEP_OF_KIND
from .access import case_view, get_case
from .context import documents_form, step_context


def _document(case, document_id):
    return get_object_or_404(case.documents.defer("data"), pk=document_id)


def documents_url(case, step_slug):
    return reverse("case_step", args=[case.pk, step_slug]) + "#documents"


@case_view("POST", step_data=())
def document_add(request, case, step):
    form = documents_form(case, step, request.POST, request.FILES)
    if form is None:
        raise Http404("Documents aren't kept on this step.")
    if not form.is_valid():
        case = get_case(request, case.pk)
        context = step_context(case, step, bound={"document": form})
        return render(request, step.template, context)
    document = form.save_for(case, request.user, "you")
    messages.success(request, f"Kept “{document.title}” with your case.", extra_tags="documents")
    return redirect(documents_url(case, STEP_OF_KIND[document.kind]))


def document_response(document):
    """The file as a download: never shown inline, never cached, its type as we read it."""
    response = HttpResponse(bytes(document.data), content_type=document.file_type)
    response["Content-Disposition"] = (
        f'attachment; filename="{document.kind}-{document.pk}.{document.extension}"'
    )
    return response


def _with_file(case, document_id):
    return get_object_or_404(case.documents.all(), pk=document_id)


@case_view("GET", lookups={"document_id": _with_file}, step_data=())
def document_download(request, case, document_id):
    return document_response(document_id)


@case_view("GET", "POST", lookups={"document_id": _document}, step_data=())
def document_delete(request, case, document_id):
    document = document_id
    back = documents_url(case, STEP_OF_KIND[document.kind])
    if request.method == "GET":
        return render(
            request,
            "patients/document_confirm_delete.html",
            {"case": case, "document": document, "back": back},
        )
    document.delete()
    messages.success(request, f"Deleted “{document.title}”.", extra_tags="documents")
    return redirect(back)
