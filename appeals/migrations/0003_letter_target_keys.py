import re

from django.db import migrations, models


def keys_from_targets(apps, schema_editor):
    """Name each letter's target by key, and number versions per (case, kind, target)."""
    LetterVersion = apps.get_model("appeals", "LetterVersion")
    seen = {}
    for version in LetterVersion.objects.order_by("created_at", "id"):
        if version.denial_id:
            key = f"denial:{version.denial_id}"
        elif version.claim_id:
            key = f"claim:{version.claim_id}"
        elif version.kind == "superbill":
            key = range_key(version.subject) or f"version:{version.pk}"
        else:
            key = ""
        number = seen.get((version.case_id, version.kind, key), 0) + 1
        seen[(version.case_id, version.kind, key)] = number
        # A queryset update: saving a version is refused (versions are immutable).
        LetterVersion.objects.filter(pk=version.pk).update(target_key=key, number=number)


def range_key(subject):
    """'range:2026-03-01/2026-03-31' from 'Superbill for March 1, 2026 to March 31, 2026'."""
    from datetime import datetime

    found = re.search(r" for (\w+ \d+, \d{4}) to (\w+ \d+, \d{4})$", subject)
    if not found:
        return ""
    try:
        first, last = (datetime.strptime(d, "%B %d, %Y").date() for d in found.groups())
    except ValueError:
        return ""
    return f"range:{first}/{last}"


class Migration(migrations.Migration):
    """A letter version names what it was made for by a key (denial:12, claim:3, range:…/…),
    and versions are numbered per case, kind and target."""

    dependencies = [
        ('appeals', '0002_initial'),
        ('patients', '0002_decisions_from_appeals'),
    ]

    operations = [
        migrations.AddField(
            model_name='letterversion',
            name='target_key',
            field=models.CharField(blank=True, default='', help_text='What it was made for, e.g. “denial:12”, “range:2026-01-01/2026-03-31”; empty for the case as a whole.', max_length=60),
        ),
        migrations.RunPython(keys_from_targets, migrations.RunPython.noop),
    ]
