from django.urls import path

import coverage_guide.converters  # noqa: F401  (registers the "id" converter)

from .views import cases, copy, documents, rows, steps

urlpatterns = [
    path("", cases.case_list, name="case_list"),
    path("new/", cases.case_create, name="case_create"),
    path("<id:case_id>/", cases.case_dashboard, name="case_dashboard"),
    path("<id:case_id>/deadlines.ics", cases.case_deadlines_ics, name="case_deadlines_ics"),
    path("<id:case_id>/access-log/", cases.access_log, name="case_access_log"),
    path("<id:case_id>/reminders/", cases.case_reminders, name="case_reminders"),
    path("<id:case_id>/delete/", cases.case_delete, name="case_delete"),
    path("<id:case_id>/export/", cases.case_export, name="case_export"),
    path("<id:case_id>/steps/<slug:step_slug>/", steps.case_step, name="case_step"),
    path(
        "<id:case_id>/steps/<slug:step_slug>/documents/add/",
        documents.document_add,
        name="document_add",
    ),
    path(
        "<id:case_id>/documents/<id:document_id>/",
        documents.document_download,
        name="document_download",
    ),
    path(
        "<id:case_id>/documents/<id:document_id>/delete/",
        documents.document_delete,
        name="document_delete",
    ),
    path("<id:case_id>/rows/<slug:kind_slug>/add/", rows.row_add, name="row_add"),
    path("<id:case_id>/rows/<slug:kind_slug>/<id:row_id>/", rows.row_detail, name="row_detail"),
    path("<id:case_id>/rows/<slug:kind_slug>/<id:row_id>/edit/", rows.row_edit, name="row_edit"),
    path(
        "<id:case_id>/rows/<slug:kind_slug>/<id:row_id>/copy/",
        copy.claim_copy,
        name="claim_copy",
    ),
    path(
        "<id:case_id>/rows/<slug:kind_slug>/<id:row_id>/delete/",
        rows.row_delete,
        name="row_delete",
    ),
]
