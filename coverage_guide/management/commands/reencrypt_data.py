"""`manage.py reencrypt_data`: every encrypted value read with any key in DJANGO_DATA_KEYS and
written again under the first, so that an old key can then be dropped. Safe to run again, and
while the app serves (each row is rewritten on its own)."""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from coverage_guide.crypto import EncryptedBinaryField, EncryptedJSONField

ENCRYPTED = (EncryptedBinaryField, EncryptedJSONField)


class Command(BaseCommand):
    help = "Re-encrypt letters and documents under the first key of DJANGO_DATA_KEYS."

    def handle(self, *args, **options):
        for model in apps.get_models():
            fields = [f.name for f in model._meta.concrete_fields if isinstance(f, ENCRYPTED)]
            if not fields:
                continue
            done = 0
            for pk in model.objects.values_list("pk", flat=True).iterator():
                with transaction.atomic():
                    values = model.objects.filter(pk=pk).values(*fields).first()
                    if values is None:
                        continue  # deleted meanwhile
                    # An update, not save(): archived letters refuse save() once made.
                    model.objects.filter(pk=pk).update(**values)
                done += 1
            self.stdout.write(f"{model._meta.label}: {done} re-encrypted ({', '.join(fields)})")
