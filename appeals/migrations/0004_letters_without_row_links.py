from django.db import migrations, models


class Migration(migrations.Migration):
    """Letter versions drop their links to denials and claims (the target key names them), and
    a version's number is unique per case, kind and target. Prior authorizations, denials and
    appeals leave this app's state for the patients app's; their tables and rows stay.

    Apart from 0003: PostgreSQL refuses to alter a table in the transaction that updated it."""

    dependencies = [
        ('appeals', '0003_letter_target_keys'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='letterversion',
            name='denial',
        ),
        migrations.RemoveField(
            model_name='letterversion',
            name='claim',
        ),
        migrations.AddConstraint(
            model_name='letterversion',
            constraint=models.UniqueConstraint(fields=('case', 'kind', 'target_key', 'number'), name='appeals_one_number_per_letter_version'),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveConstraint(
                    model_name='appeal',
                    name='appeals_appeal_decided_on_not_before_filed_on',
                ),
                migrations.RemoveConstraint(
                    model_name='appeal',
                    name='appeals_appeal_decision_due_not_before_filed_on',
                ),
                migrations.RemoveConstraint(
                    model_name='denial',
                    name='appeals_denial_of_one_thing',
                ),
                migrations.RemoveConstraint(
                    model_name='denial',
                    name='appeals_denial_received_on_not_before_notice_date',
                ),
                migrations.RemoveConstraint(
                    model_name='priorauthorization',
                    name='appeals_priorauthorization_decided_on_not_before_submitted_on',
                ),
                migrations.RemoveField(
                    model_name='denial',
                    name='case',
                ),
                migrations.RemoveField(
                    model_name='denial',
                    name='claim',
                ),
                migrations.RemoveField(
                    model_name='denial',
                    name='prior_authorization',
                ),
                migrations.RemoveField(
                    model_name='priorauthorization',
                    name='case',
                ),
                migrations.DeleteModel(
                    name='Appeal',
                ),
                migrations.DeleteModel(
                    name='Denial',
                ),
                migrations.DeleteModel(
                    name='PriorAuthorization',
                ),
            ],
        ),
    ]
