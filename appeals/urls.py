from django.urls import path

import coverage_guide.converters  # noqa: F401  (registers the "id" converter)

from . import denial_views, views

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

# The fast road from a denial letter, under /denial/.
denial_urlpatterns = [
    path("", denial_views.start, name="denial_start"),
    path("<str:token>/", denial_views.review, name="denial_review"),
    path("<str:token>/next/", denial_views.next_steps, name="denial_next"),
]
