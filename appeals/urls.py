from django.urls import path

import coverage_guide.converters  # noqa: F401  (registers the "id" converter)

from . import views

urlpatterns = [
    path("<id:case_id>/letters/<slug:letter_kind>/new/", views.letter_create, name="letter_create"),
    path("<id:case_id>/letters/<slug:letter_kind>/check/", views.letter_check, name="letter_check"),
    path("<id:case_id>/packet/new/", views.packet_create, name="packet_create"),
    path(
        "<id:case_id>/letters/<id:version_id>/download/",
        views.letter_download,
        name="letter_download",
    ),
]
