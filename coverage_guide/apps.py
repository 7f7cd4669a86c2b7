from django.apps import AppConfig


class CoverageGuideConfig(AppConfig):
    name = "coverage_guide"
    verbose_name = "Coverage Guide"
