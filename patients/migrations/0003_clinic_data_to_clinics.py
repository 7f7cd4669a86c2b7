from django.db import migrations


class Migration(migrations.Migration):
    """Shares, staff notes and queue summaries belong to the clinic app now. State only: their
    tables keep their names (patients_…) and their rows."""

    dependencies = [
        ('patients', '0002_decisions_from_appeals'),
        ('clinics', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveConstraint(
                    model_name='caseshare',
                    name='patients_one_active_share_per_clinic',
                ),
                migrations.RemoveField(
                    model_name='staffnote',
                    name='author',
                ),
                migrations.RemoveField(
                    model_name='staffnote',
                    name='case',
                ),
                migrations.RemoveField(
                    model_name='staffnote',
                    name='clinic',
                ),
                migrations.RemoveField(
                    model_name='caseshare',
                    name='case',
                ),
                migrations.RemoveField(
                    model_name='caseshare',
                    name='clinic',
                ),
                migrations.RemoveField(
                    model_name='caseshare',
                    name='consented_by',
                ),
                migrations.DeleteModel(
                    name='CaseSummary',
                ),
                migrations.DeleteModel(
                    name='StaffNote',
                ),
                migrations.DeleteModel(
                    name='CaseShare',
                ),
            ],
        ),
    ]
