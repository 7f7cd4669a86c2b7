from django.apps import AppConfig


class ClinicsConfig(AppConfig):
    name = "coverage_guide.clinics"
    label = "clinics"
    verbose_name = "Clinics and shared cases"

    def ready(self):
        from . import summary

        summary.connect()
