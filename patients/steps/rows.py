"""The lists of rows the steps hold, each added, changed and deleted one at a time."""

from .. import forms
from ..models import (
    AidApplication,
    Appeal,
    Claim,
    ClaimLine,
    Denial,
    DenialReason,
    Diagnosis,
    InsurerContact,
    PriorAuthorization,
    PriorTreatment,
    SymptomScore,
)
from .registry import RowKind

DIAGNOSES = RowKind(
    "diagnoses",
    "Diagnoses",
    "diagnosis",
    Diagnosis,
    forms.DiagnosisForm,
    "case",
    ("code", "description", "diagnosed_by", "diagnosed_on"),
)
SCORES = RowKind(
    "scores",
    "Symptom scores",
    "score",
    SymptomScore,
    forms.SymptomScoreForm,
    "case",
    ("scale", "score", "taken_on"),
    hint="Insurers look for a recent score on a standard scale, with its date.",
)
TREATMENTS = RowKind(
    "treatments",
    "Treatments you have tried",
    "treatment",
    PriorTreatment,
    forms.PriorTreatmentForm,
    "case",
    (
        "kind",
        "name",
        "drug_class",
        "dose_mg_per_day",
        "sessions",
        "started_on",
        "ended_on",
        "outcome",
        "improvement_percent",
        "notes",
    ),
    hint="Include every antidepressant in this episode, with the highest dose "
    "and how long you took it, and any therapy, TMS or ECT.",
)
CONTACTS = RowKind(
    "contacts",
    "Your contacts with the insurer",
    "contact",
    InsurerContact,
    forms.InsurerContactForm,
    "case",
    (
        "contacted_on",
        "channel",
        "representative",
        "reference_number",
        "summary",
        "follow_up_on",
        "follow_up_done",
    ),
)
CLAIM_LINES = RowKind(
    "claim-lines",
    "Services billed",
    "service",
    ClaimLine,
    forms.ClaimLineForm,
    "claim__case",
    ("code", "units", "charge", "drug_dose", "place_of_service"),
    parent_field="claim",
    in_brief=True,
)
CLAIMS = RowKind(
    "claims",
    "Claims",
    "claim",
    Claim,
    forms.ClaimForm,
    "case",
    (
        "service_date",
        "status",
        "submitted_by",
        "submitted_on",
        "claim_number",
        "allowed_amount",
        "paid_amount",
        "patient_share",
        "paid_to_provider",
        "denial_code",
        "denial_reason",
    ),
    children=(CLAIM_LINES,),
)
PRIOR_AUTHS = RowKind(
    "prior-authorizations",
    "Prior-authorization requests",
    "request",
    PriorAuthorization,
    forms.PriorAuthorizationForm,
    "case",
    (
        "service",
        "codes",
        "sessions_requested",
        "urgency",
        "submitted_on",
        "reference_number",
        "decision",
        "decided_on",
        "sessions_approved",
    ),
)
REASONS = RowKind(
    "denial-reasons",
    "Reasons given",
    "reason",
    DenialReason,
    forms.DenialReasonForm,
    "denial__case",
    ("reason", "insurer_wording"),
    parent_field="denial",
    hint="Add each reason the notice gives: your appeal answers every one.",
)
APPEALS = RowKind(
    "appeals",
    "Appeals",
    "appeal",
    Appeal,
    forms.AppealForm,
    "denial__case",
    ("level", "expedited", "filed_on", "decision_due", "outcome", "decided_on"),
    parent_field="denial",
)
DENIALS = RowKind(
    "denials",
    "Denials",
    "denial",
    Denial,
    forms.DenialForm,
    "case",
    (
        "notice_date",
        "received_on",
        "prior_authorization",
        "claim",
        "reference_number",
        "appeals_address",
        "appeals_fax",
        "plan_definition",
        "alternatives_note",
    ),
    children=(REASONS, APPEALS),
)
AID = RowKind(
    "aid",
    "Ways you are paying",
    "option",
    AidApplication,
    forms.AidApplicationForm,
    "case",
    ("kind", "program", "status", "applied_on", "amount", "notes"),
)
