from django.urls import path

from . import views

urlpatterns = [
    path(
        "<int:case_id>/letters/<slug:letter_kind>/new/", views.letter_create, name="letter_create"
    ),
    path(
        "<int:case_id>/letters/<slug:letter_kind>/check/", views.letter_check, name="letter_check"
    ),
    path(
        "<int:case_id>/letters/<int:version_id>/download/",
        views.letter_download,
        name="letter_download",
    ),
]
