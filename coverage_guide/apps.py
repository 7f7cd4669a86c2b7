from django.apps import AppConfig


class CoverageGuideConfig(AppConfig):
    name = "coverage_guide"
    verbose_name = "Coverage Guide"

    def ready(self):
        from . import middleware  # noqa: F401  (connects the sign-in time receiver)
