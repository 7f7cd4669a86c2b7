from django.contrib import admin
from django.urls import include, path

from appeals import urls as appeals_urls

from . import two_factor_views, views
from .clinics import urls as clinic_urls

urlpatterns = [
    path("", views.home, name="home"),
    path("accounts/signup/", views.signup, name="signup"),
    path("accounts/still-here/", views.still_here, name="still_here"),
    path("accounts/settings/", views.account_settings, name="account_settings"),
    path("accounts/delete/", views.account_delete, name="account_delete"),
    path("accounts/export/", views.account_export, name="account_export"),
    path("accounts/two-factor/", two_factor_views.settings_page, name="two_factor"),
    path("accounts/two-factor/verify/", two_factor_views.verify, name="two_factor_verify"),
    path("accounts/two-factor/codes/", two_factor_views.new_codes, name="two_factor_codes"),
    path("accounts/two-factor/off/", two_factor_views.turn_off, name="two_factor_off"),
    path("sources/", views.sources, name="sources"),
    path("accounts/password_reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("cases/", include("patients.urls")),
    path("cases/", include("appeals.urls")),
    path("denial/", include(appeals_urls.denial_urlpatterns)),
    path("cases/", include(clinic_urls.case_urlpatterns)),
    path("clinic/", include(clinic_urls.urlpatterns)),
    path("admin/", admin.site.urls),
]
