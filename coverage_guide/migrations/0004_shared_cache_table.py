"""The shared cache's table (settings.CACHES["shared"]), made by migrate so that no deployment
step can be forgotten."""

from django.core.management import call_command
from django.db import migrations


def make_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [("coverage_guide", "0003_audit_clinic_code_and_name")]

    operations = [migrations.RunPython(make_cache_table, migrations.RunPython.noop)]
