"""The wizard: its nine steps in order, what each records, and how far along each is.

One registry: navigation, progress, the dashboard and next actions all read `STEPS`."""

from dataclasses import dataclass

from .. import forms, guidance
from ..models import InsurancePolicy, TreatingProvider
from . import states
from .registry import RowKind, Section, State, Status, Step
from .rows import (
    AID,
    APPEALS,
    CLAIM_LINES,
    CLAIMS,
    CONTACTS,
    DENIALS,
    DIAGNOSES,
    PRIOR_AUTHS,
    REASONS,
    SCORES,
    TREATMENTS,
)
from .states import ATTENTION_WINDOW, deadline_alerts


def _policy(case):
    return getattr(case, "policy", None) or InsurancePolicy(case=case)


def _provider(case):
    return getattr(case, "provider", None) or TreatingProvider(case=case)


STEPS = (
    Step(
        1,
        "plan",
        "Your plan",
        "What your insurance covers and which rules apply to it.",
        states.plan_status,
        sections=(
            Section("patient", "You and the treatment", forms.PatientForm, lambda c: c),
            Section("policy", "Your insurance plan", forms.PolicyForm, _policy),
        ),
        guidance=guidance.plan_guidance,
    ),
    Step(
        2,
        "diagnosis",
        "Diagnosis",
        "The diagnoses and symptom scores insurers ask for.",
        states.diagnosis_status,
        sections=(Section("episode", "This episode", forms.EpisodeForm, lambda c: c),),
        row_kinds=(DIAGNOSES, SCORES),
        guidance=guidance.criteria_guidance,
    ),
    Step(
        3,
        "history",
        "Treatment history",
        "Every treatment you have tried, and how it went.",
        states.history_status,
        row_kinds=(TREATMENTS,),
        guidance=guidance.criteria_guidance,
    ),
    Step(
        4,
        "insurer",
        "Talking to your insurer",
        "A log of every call and message, with reference numbers.",
        states.contacts_status,
        row_kinds=(CONTACTS,),
        guidance=guidance.insurer_guidance,
    ),
    Step(
        5,
        "clinic",
        "Choosing a clinic",
        "The clinic and prescriber, and what it will cost.",
        states.clinic_status,
        sections=(Section("provider", "Your clinic", forms.TreatingProviderForm, _provider),),
        guidance=guidance.clinic_guidance,
    ),
    Step(
        6,
        "prior-authorization",
        "Prior authorization",
        "Each request for approval before treatment, and the decision.",
        states.prior_auth_status,
        row_kinds=(PRIOR_AUTHS,),
        guidance=guidance.prior_auth_guidance,
    ),
    Step(
        7,
        "claims",
        "Claims",
        "Each claim for a treatment session, and what was paid.",
        states.claims_status,
        row_kinds=(CLAIMS,),
        guidance=guidance.claims_guidance,
    ),
    Step(
        8,
        "appeal",
        "Appeal",
        "Each denial, and every level of appeal against it.",
        states.appeal_status,
        sections=(
            Section("own-words", "In your own words", forms.OwnWordsForm, lambda c: c),
            Section(
                "representative", "Who signs the appeal", forms.RepresentativeForm, lambda c: c
            ),
            Section(
                "complaint", "If the plan isn't playing fair", forms.ComplaintForm, lambda c: c
            ),
        ),
        row_kinds=(DENIALS,),
        guidance=guidance.appeal_guidance,
    ),
    Step(
        9,
        "financial-aid",
        "Financial aid",
        "Ways to pay for treatment, and help to apply for.",
        states.aid_status,
        row_kinds=(AID,),
        guidance=guidance.aid_guidance,
    ),
)

STEPS_BY_SLUG = {step.slug: step for step in STEPS}


def _all_kinds(kinds):
    for kind in kinds:
        yield kind
        yield from _all_kinds(kind.children)


ROW_KINDS = {kind.slug: kind for step in STEPS for kind in _all_kinds(step.row_kinds)}
STEP_OF_KIND = {kind.slug: step for step in STEPS for kind in _all_kinds(step.row_kinds)}
PARENT_OF_KIND = {child.slug: kind for kind in ROW_KINDS.values() for child in kind.children}


@dataclass(frozen=True)
class Progress:
    step: Step
    status: Status


def progress(case):
    """Every step with its status, in order."""
    return [Progress(step, step.status(case)) for step in STEPS]


def next_actions(case, limit=3):
    """The first things to do: needs-attention items first, then the earliest unfinished step."""
    items = progress(case)
    urgent = [
        (p.step, t)
        for p in items
        if p.status.state == State.NEEDS_ATTENTION
        for t in p.status.todo[:1]
    ]
    rest = [(p.step, t) for p in items for t in p.status.todo if (p.step, t) not in urgent]
    return (urgent + rest)[:limit]


__all__ = [
    "AID",
    "APPEALS",
    "ATTENTION_WINDOW",
    "CLAIMS",
    "CLAIM_LINES",
    "CONTACTS",
    "DENIALS",
    "DIAGNOSES",
    "PARENT_OF_KIND",
    "PRIOR_AUTHS",
    "REASONS",
    "ROW_KINDS",
    "SCORES",
    "STEPS",
    "STEPS_BY_SLUG",
    "STEP_OF_KIND",
    "TREATMENTS",
    "Progress",
    "RowKind",
    "Section",
    "State",
    "Status",
    "Step",
    "deadline_alerts",
    "next_actions",
    "progress",
]
