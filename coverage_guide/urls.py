from django.contrib import admin
from django.urls import include, path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("accounts/signup/", views.signup, name="signup"),
    path("sources/", views.sources, name="sources"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("cases/", include("patients.urls")),
    path("cases/", include("appeals.urls")),
    path("clinic/", include("coverage_guide.clinic_urls")),
    path("admin/", admin.site.urls),
]
