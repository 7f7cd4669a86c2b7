"""`manage.py flush` (which the test runner also uses between tests that commit): Django's,
emptying every table on purpose, the audit log included, so it lifts the audit log's seal for the
flush and puts it back after (coverage_guide/audit_seal.py)."""

from django.core.management.commands.flush import Command as FlushCommand
from django.db import connections

from coverage_guide.audit_seal import seal, unseal


class Command(FlushCommand):
    def handle(self, **options):
        connection = connections[options["database"]]
        unseal(connection)
        try:
            return super().handle(**options)
        finally:
            seal(connection)
