from django.urls import path

from patients.views import staff

from . import clinics

urlpatterns = [
    path("", clinics.my_clinics, name="my_clinics"),
    path("<slug:clinic_code>/", staff.work_queue, name="clinic_queue"),
    path("<slug:clinic_code>/join/<str:token>/", clinics.join, name="clinic_join"),
    path("<slug:clinic_code>/staff/", clinics.staff_list, name="clinic_staff"),
    path(
        "<slug:clinic_code>/staff/<int:member_id>/remove/",
        clinics.staff_remove,
        name="clinic_staff_remove",
    ),
    path("<slug:clinic_code>/profile/", clinics.profile, name="clinic_profile"),
    path("<slug:clinic_code>/audit/", clinics.audit_log, name="clinic_audit"),
    path("<slug:clinic_code>/cases/<int:case_id>/", staff.case_file, name="staff_case_file"),
    path("<slug:clinic_code>/cases/<int:case_id>/notes/", staff.note_add, name="staff_note_add"),
    path(
        "<slug:clinic_code>/cases/<int:case_id>/status/<slug:kind_slug>/<int:row_id>/",
        staff.status_update,
        name="staff_status_update",
    ),
    path(
        "<slug:clinic_code>/cases/<int:case_id>/letters/<slug:letter_kind>/new/",
        staff.staff_letter_create,
        name="staff_letter_create",
    ),
    path(
        "<slug:clinic_code>/cases/<int:case_id>/letters/<int:version_id>/download/",
        staff.staff_letter_download,
        name="staff_letter_download",
    ),
]
