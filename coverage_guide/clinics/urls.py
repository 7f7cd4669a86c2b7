from django.urls import path

import coverage_guide.converters  # noqa: F401  (registers the "id" converter)

from .views import case_file, queue, sharing, team

# The clinic's own pages, under /clinic/.
urlpatterns = [
    path("", team.my_clinics, name="my_clinics"),
    path("<slug:clinic_code>/", queue.work_queue, name="clinic_queue"),
    path("<slug:clinic_code>/assign/", queue.assign, name="clinic_assign"),
    path("<slug:clinic_code>/join/<str:token>/", team.join, name="clinic_join"),
    path("<slug:clinic_code>/staff/", team.staff_list, name="clinic_staff"),
    path(
        "<slug:clinic_code>/staff/<id:member_id>/remove/",
        team.staff_remove,
        name="clinic_staff_remove",
    ),
    path(
        "<slug:clinic_code>/staff/<id:member_id>/reset-two-factor/",
        team.reset_two_factor,
        name="clinic_reset_two_factor",
    ),
    path(
        "<slug:clinic_code>/staff/two-factor/",
        team.require_two_factor,
        name="clinic_require_two_factor",
    ),
    path(
        "<slug:clinic_code>/staff/invites/<id:invite_id>/revoke/",
        team.invite_revoke,
        name="clinic_invite_revoke",
    ),
    path("<slug:clinic_code>/profile/", team.profile, name="clinic_profile"),
    path("<slug:clinic_code>/audit/", team.audit_log, name="clinic_audit"),
    path("<slug:clinic_code>/cases/<id:case_id>/", case_file.case_file, name="staff_case_file"),
    path(
        "<slug:clinic_code>/cases/<id:case_id>/notes/",
        case_file.note_add,
        name="staff_note_add",
    ),
    path(
        "<slug:clinic_code>/cases/<id:case_id>/status/<slug:kind_slug>/<id:row_id>/",
        case_file.status_update,
        name="staff_status_update",
    ),
    path(
        "<slug:clinic_code>/cases/<id:case_id>/letters/<slug:letter_kind>/new/",
        case_file.staff_letter_create,
        name="staff_letter_create",
    ),
    path(
        "<slug:clinic_code>/cases/<id:case_id>/documents/add/",
        case_file.staff_document_add,
        name="staff_document_add",
    ),
    path(
        "<slug:clinic_code>/cases/<id:case_id>/documents/<id:document_id>/",
        case_file.staff_document_download,
        name="staff_document_download",
    ),
    path(
        "<slug:clinic_code>/cases/<id:case_id>/documents/<id:document_id>/delete/",
        case_file.staff_document_delete,
        name="staff_document_delete",
    ),
    path(
        "<slug:clinic_code>/cases/<id:case_id>/letters/<id:version_id>/download/",
        case_file.staff_letter_download,
        name="staff_letter_download",
    ),
]

# The patient's side of sharing, under the case's own URLs (/cases/<id>/sharing/).
case_urlpatterns = [
    path("<id:case_id>/sharing/", sharing.sharing, name="case_sharing"),
    path(
        "<id:case_id>/sharing/<id:share_id>/revoke/",
        sharing.revoke_share,
        name="case_share_revoke",
    ),
]
