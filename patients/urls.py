from django.urls import path

from .views import cases, copy, rows, steps

urlpatterns = [
    path("", cases.case_list, name="case_list"),
    path("new/", cases.case_create, name="case_create"),
    path("<int:case_id>/", cases.case_dashboard, name="case_dashboard"),
    path("<int:case_id>/deadlines.ics", cases.case_deadlines_ics, name="case_deadlines_ics"),
    path("<int:case_id>/access-log/", cases.access_log, name="case_access_log"),
    path("<int:case_id>/reminders/", cases.case_reminders, name="case_reminders"),
    path("<int:case_id>/steps/<slug:step_slug>/", steps.case_step, name="case_step"),
    path("<int:case_id>/rows/<slug:kind_slug>/add/", rows.row_add, name="row_add"),
    path("<int:case_id>/rows/<slug:kind_slug>/<int:row_id>/", rows.row_detail, name="row_detail"),
    path("<int:case_id>/rows/<slug:kind_slug>/<int:row_id>/edit/", rows.row_edit, name="row_edit"),
    path(
        "<int:case_id>/rows/<slug:kind_slug>/<int:row_id>/copy/",
        copy.claim_copy,
        name="claim_copy",
    ),
    path(
        "<int:case_id>/rows/<slug:kind_slug>/<int:row_id>/delete/",
        rows.row_delete,
        name="row_delete",
    ),
]
