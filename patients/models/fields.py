"""What the case models share: money fields, date-order checks, optimistic versions."""

from django.db import models
from django.db.models import F, Q

from ..knowledge.codes import PLACES_OF_SERVICE
from ..validators import money_validators

# "11 · Office": the choices of a claim line's place of service, and how a line is summed up.
PLACE_OF_SERVICE_NAMES = {code: f"{code} · {label}" for code, label in PLACES_OF_SERVICE}


def money(verbose_name, **kwargs):
    return models.DecimalField(
        verbose_name,
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=money_validators,
        **kwargs,
    )


def non_negative(*fields):
    return [
        models.CheckConstraint(
            condition=Q(**{f"{f}__gte": 0}) | Q(**{f"{f}__isnull": True}),
            name=f"%(app_label)s_%(class)s_{f}_not_negative",
        )
        for f in fields
    ]


def end_not_before_start(start, end, table="%(app_label)s_%(class)s"):
    """`end` on or after `start`; `table` keeps the name of a constraint whose model moved app."""
    return models.CheckConstraint(
        condition=Q(**{f"{start}__isnull": True})
        | Q(**{f"{end}__isnull": True})
        | Q(**{f"{end}__gte": F(start)}),
        name=f"{table}_{end}_not_before_{start}",
    )


class Versioned(models.Model):
    """Saved with a conditional update on `version`, so that two people saving the same thing
    from the same starting point can't silently overwrite each other (patients/versions.py)."""

    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        abstract = True


class CaseRow(Versioned):
    """A row a patient adds to a case. `submission_id` makes adding idempotent: the same form
    posted twice (a double click, a replayed request) makes one row."""

    submission_id = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        abstract = True
