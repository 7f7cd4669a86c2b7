from django.db import migrations


class Migration(migrations.Migration):
    """The denial's single reason and wording now live in its reason rows (0004 copied them).
    Apart from 0004: PostgreSQL refuses to alter a table in the transaction that updated it."""

    dependencies = [
        ('patients', '0004_denial_reasons'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='denial',
            name='insurer_wording',
        ),
        migrations.RemoveField(
            model_name='denial',
            name='reason',
        ),
    ]
