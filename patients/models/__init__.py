"""The patient's case and everything recorded about it, one module per part of the journey."""

from .aid import AidApplication
from .case import Case, CaseQuerySet
from .claims import Claim, ClaimLine
from .clinical import Diagnosis, PriorTreatment, SymptomScore
from .contacts import InsurerContact
from .decisions import Appeal, Denial, DenialReason, DenialReasonKind, PriorAuthorization
from .documents import Document
from .fields import (
    PLACE_OF_SERVICE_NAMES,
    CaseRow,
    Versioned,
    end_not_before_start,
    money,
    non_negative,
)
from .plan import InsurancePolicy, TreatingProvider
from .reminders import ReminderMail

__all__ = [
    "PLACE_OF_SERVICE_NAMES",
    "AidApplication",
    "Appeal",
    "Case",
    "CaseQuerySet",
    "CaseRow",
    "Claim",
    "ClaimLine",
    "Denial",
    "DenialReason",
    "DenialReasonKind",
    "Diagnosis",
    "Document",
    "InsurancePolicy",
    "InsurerContact",
    "PriorAuthorization",
    "PriorTreatment",
    "ReminderMail",
    "SymptomScore",
    "TreatingProvider",
    "Versioned",
    "end_not_before_start",
    "money",
    "non_negative",
]
