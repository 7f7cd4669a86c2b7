from django.urls import path

from .views import sharing
from .views import wizard as views

urlpatterns = [
    path("", views.case_list, name="case_list"),
    path("new/", views.case_create, name="case_create"),
    path("<int:case_id>/", views.case_dashboard, name="case_dashboard"),
    path("<int:case_id>/deadlines.ics", views.case_deadlines_ics, name="case_deadlines_ics"),
    path("<int:case_id>/steps/<slug:step_slug>/", views.case_step, name="case_step"),
    path("<int:case_id>/rows/<slug:kind_slug>/add/", views.row_add, name="row_add"),
    path("<int:case_id>/rows/<slug:kind_slug>/<int:row_id>/", views.row_detail, name="row_detail"),
    path("<int:case_id>/rows/<slug:kind_slug>/<int:row_id>/edit/", views.row_edit, name="row_edit"),
    path(
        "<int:case_id>/rows/<slug:kind_slug>/<int:row_id>/delete/",
        views.row_delete,
        name="row_delete",
    ),
    path("<int:case_id>/sharing/", sharing.sharing, name="case_sharing"),
    path(
        "<int:case_id>/sharing/<int:share_id>/revoke/",
        sharing.revoke_share,
        name="case_share_revoke",
    ),
    path("<int:case_id>/access-log/", sharing.access_log, name="case_access_log"),
]
