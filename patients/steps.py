"""The wizard: its nine steps in order, what each records, and how far along each is."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum

from django.utils import timezone

from appeals.forms import AppealForm, DenialForm, PriorAuthorizationForm
from appeals.models import Appeal, Denial, PriorAuthorization

from . import forms, guidance
from .models import (
    AidApplication,
    Case,
    Claim,
    ClaimLine,
    Diagnosis,
    InsurancePolicy,
    InsurerContact,
    PriorTreatment,
    SymptomScore,
    TreatingProvider,
)

ATTENTION_WINDOW = timedelta(days=7)


class State(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    NEEDS_ATTENTION = "needs_attention"

    @property
    def label(self):
        return self.replace("_", " ").capitalize()


@dataclass(frozen=True)
class Status:
    """A step's state and, in plain words, what is left to do on it."""

    state: State
    todo: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    """A form on a step that edits one object: the case itself, its policy or its provider."""

    slug: str
    title: str
    form_class: type
    instance: Callable[[Case], object]


@dataclass(frozen=True)
class RowKind:
    """A list of rows on a step, added, edited and deleted one at a time."""

    slug: str
    title: str
    noun: str
    model: type
    form_class: type
    case_path: str  # how a row reaches its case, for the access-checked lookup
    columns: tuple[str, ...]
    parent_field: str = "case"
    children: tuple["RowKind", ...] = ()
    hint: str = ""
    # A nested list shown on its parent's card as one line a row, opened to change it: a claim's
    # services (twenty claims of three services would otherwise be eighty cards on one page).
    in_brief: bool = False

    def rows_of(self, owner):
        """The rows belonging to a case or a parent row (prefetched by with_step_data)."""
        return getattr(owner, self.related_name).all()

    @property
    def related_name(self):
        return self.model._meta.get_field(self.parent_field).remote_field.related_name

    @property
    def is_nested(self):
        return self.parent_field != "case"

    def for_case(self, case):
        return self.model.objects.filter(**{self.case_path: case})


@dataclass(frozen=True)
class Step:
    number: int
    slug: str
    title: str
    purpose: str
    status: Callable[[Case], Status]
    sections: tuple[Section, ...] = ()
    row_kinds: tuple[RowKind, ...] = field(default=())
    guidance: Callable[[Case], dict] | None = None

    @property
    def template(self):
        return f"patients/steps/{self.slug}.html"


def _existing(case, attr):
    return getattr(case, attr, None)


def deadline_alerts(case, prefix, skip_refs=()):
    """Plain-words alerts for open deadlines within the attention window or past."""
    today = timezone.localdate()
    alerts = []
    for d in guidance.attention_deadlines(case, prefix):
        if d.ref in skip_refs and d.who == "you":
            continue
        when = f"{d.due:%b %-d, %Y}"
        if d.who == "plan":
            late = "was due" if d.due < today else "is due"
            alerts.append(
                f"{d.title.removesuffix(' is due')} {late} {when} ({d.about}): if you "
                "haven't heard, call the plan."
            )
        else:
            alerts.append(
                f"{d.title} by {when} ({d.about})."
                if d.due >= today
                else f"{d.title}: the deadline was {when} ({d.about}). Ask the plan "
                "at once whether it can still be accepted."
            )
    return alerts


def _status(todo, started, attention=()):
    if attention:
        return Status(State.NEEDS_ATTENTION, tuple(attention) + tuple(todo))
    if not started:
        return Status(State.NOT_STARTED, tuple(todo))
    return Status(State.IN_PROGRESS if todo else State.COMPLETE, tuple(todo))


def plan_status(case):
    policy = _existing(case, "policy")
    if policy is None:
        return Status(State.NOT_STARTED, ("Enter your insurance plan from your card.",))
    todo = []
    if not (policy.insurer and policy.member_id):
        todo.append("Add your insurer and member ID.")
    if not policy.plan_type:
        todo.append("Say what type of plan you have: it decides your appeal rules.")
    if not policy.state:
        todo.append("Add the state you live in.")
    unanswered = [
        q
        for q in (
            "mental_health_coverage",
            "experimental_exclusion",
            "prior_auth_required",
            "out_of_network_benefits",
        )
        if not getattr(policy, q)
    ]
    if unanswered:
        todo.append(
            "Answer the plan questions (mental health, exclusions, prior "
            "authorization, out-of-network)."
        )
    if not (case.patient_name and case.date_of_birth):
        todo.append("Add the patient's name and date of birth.")
    return _status(todo, started=True)


def diagnosis_status(case):
    diagnoses, scores = case.diagnoses.all(), case.scores.all()
    todo = []
    if not diagnoses:
        todo.append("Add the diagnosis code from your clinician.")
    elif any(not (d.diagnosed_on and d.diagnosed_by) for d in diagnoses):
        todo.append("Add who made each diagnosis, and when.")
    if not scores:
        todo.append("Add a recent symptom score (like a PHQ-9) with its date.")
    if not case.episode_started_on:
        todo.append("Add when this episode began: insurers count only trials in it.")
    return _status(todo, started=bool(diagnoses or scores or case.episode_started_on))


def history_status(case):
    treatments = case.treatments.all()
    medications = [t for t in treatments if t.kind == PriorTreatment.Kind.MEDICATION]
    todo = []
    if not medications:
        todo.append("List the antidepressants you have tried.")
    if any(not (m.dose_mg_per_day and m.started_on) for m in medications):
        todo.append("Add the dose and start date for each medication.")
    if any(not t.outcome for t in treatments):
        todo.append("Say how each treatment turned out.")
    return _status(todo, started=bool(treatments))


def contacts_status(case):
    contacts = case.contacts.all()
    today = timezone.localdate()
    attention = [
        f"Follow up with your insurer by {c.follow_up_on:%b %-d} ({c.get_channel_display()} "
        f"of {c.contacted_on:%b %-d})."
        for c in contacts
        if c.follow_up_on and not c.follow_up_done and c.follow_up_on <= today + ATTENTION_WINDOW
    ]
    todo = [] if contacts else ["Call your insurer with the call script and log the call."]
    if contacts and not any(c.reference_number for c in contacts):
        todo.append("Ask for a reference number on your next call, and note it.")
    return _status(todo, started=bool(contacts), attention=attention)


def clinic_status(case):
    provider = _existing(case, "provider")
    if provider is None:
        return Status(State.NOT_STARTED, ("Choose a clinic and note its details.",))
    todo = []
    if not (provider.clinic_name and provider.prescriber_name):
        todo.append("Add the clinic and prescriber's names.")
    if not provider.npi:
        todo.append("Add the prescriber's NPI: letters and claims need it.")
    if not (provider.in_network and provider.billing):
        todo.append("Find out if the clinic is in network and how it bills.")
    if provider.price_per_session is None:
        todo.append("Add the clinic's price per session.")
    return _status(todo, started=True)


def prior_auth_status(case):
    requests = case.prior_authorizations.all()
    denied_ids = {d.prior_authorization_id for d in case.denials.all()}
    attention = [
        f"Record the denial of the {r.get_service_display()} request in step 8 to appeal it."
        for r in requests
        if r.decision == PriorAuthorization.Decision.DENIED and r.id not in denied_ids
    ] + deadline_alerts(case, "pa:")
    todo = []
    if not requests:
        todo.append("Ask your clinic to request prior authorization, then record it.")
    if any(
        r.decision == PriorAuthorization.Decision.PENDING and not r.submitted_on for r in requests
    ):
        todo.append("Add the date each request was submitted.")
    if any(r.decision == PriorAuthorization.Decision.PENDING for r in requests):
        todo.append("Record the decision when it arrives.")
    return _status(todo, started=bool(requests), attention=attention)


def claims_status(case):
    claims = case.claims.all()
    denied_ids = {d.claim_id for d in case.denials.all()}
    attention = [
        f"Record the denial of the claim for {c.service_date:%b %-d, %Y} in step 8 to appeal it."
        for c in claims
        if c.status == Claim.Status.DENIED and c.id not in denied_ids
    ] + deadline_alerts(case, "claim:")
    todo = []
    if not claims:
        todo.append("Record each treatment session as a claim once it happens.")
    if any(not c.lines.all() for c in claims):
        todo.append("Add the billed codes and charges to each claim.")
    if any(c.status == Claim.Status.NOT_SUBMITTED for c in claims):
        todo.append("Submit the claims not yet sent.")
    if any(c.status == Claim.Status.SUBMITTED for c in claims):
        todo.append("Record the outcome of submitted claims.")
    return _status(todo, started=bool(claims), attention=attention)


def appeal_status(case):
    denials = case.denials.all()
    filing = {d.ref: d for d in guidance.open_deadlines(case, "denial:") if d.who == "you"}
    unappealed = {f"denial:{d.pk}" for d in denials if not d.appeals.all()}
    attention = []
    for denial in denials:
        due = filing.get(f"denial:{denial.pk}")
        by = f" by {due.due:%b %-d, %Y}" if due else ""
        if not denial.appeals.all():
            attention.append(
                f"Appeal the {denial.get_reason_display().lower()} denial of "
                f"{denial.notice_date:%b %-d, %Y}{by}."
            )
    attention += deadline_alerts(case, "denial:", skip_refs=unappealed)
    todo = []
    for denial in denials:
        appeals = denial.appeals.all()
        latest = appeals[len(appeals) - 1] if appeals else None
        if latest and latest.outcome == Appeal.Outcome.PENDING:
            todo.append(f"Record the decision on your {str(latest).lower()} when it comes.")
        elif latest and latest.outcome == Appeal.Outcome.UPHELD:
            due = filing.get(f"denial:{denial.pk}")
            todo.append(
                f"Your {str(latest).lower()} was lost: "
                + (
                    f"{due.title[:1].lower()}{due.title[1:]} by {due.due:%b %-d, %Y}."
                    if due
                    else "ask your plan about the next level."
                )
            )
    return _status(todo, started=bool(denials), attention=attention)


def aid_status(case):
    options = case.aid_applications.all()
    todo = [] if options else ["Look at the ways to pay and note the ones you use."]
    if any(o.status == AidApplication.Status.APPLIED for o in options):
        todo.append("Record the answer to each application.")
    return _status(todo, started=bool(options))


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
    ("code", "units", "charge", "place_of_service"),
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
    PriorAuthorizationForm,
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
APPEALS = RowKind(
    "appeals",
    "Appeals",
    "appeal",
    Appeal,
    AppealForm,
    "denial__case",
    ("level", "expedited", "filed_on", "decision_due", "outcome", "decided_on"),
    parent_field="denial",
)
DENIALS = RowKind(
    "denials",
    "Denials",
    "denial",
    Denial,
    DenialForm,
    "case",
    (
        "notice_date",
        "received_on",
        "reason",
        "prior_authorization",
        "claim",
        "reference_number",
        "insurer_wording",
    ),
    children=(APPEALS,),
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


def _policy(case):
    return _existing(case, "policy") or InsurancePolicy(case=case)


def _provider(case):
    return _existing(case, "provider") or TreatingProvider(case=case)


STEPS = (
    Step(
        1,
        "plan",
        "Your plan",
        "What your insurance covers and which rules apply to it.",
        plan_status,
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
        diagnosis_status,
        sections=(Section("episode", "This episode", forms.EpisodeForm, lambda c: c),),
        row_kinds=(DIAGNOSES, SCORES),
        guidance=guidance.criteria_guidance,
    ),
    Step(
        3,
        "history",
        "Treatment history",
        "Every treatment you have tried, and how it went.",
        history_status,
        row_kinds=(TREATMENTS,),
        guidance=guidance.criteria_guidance,
    ),
    Step(
        4,
        "insurer",
        "Talking to your insurer",
        "A log of every call and message, with reference numbers.",
        contacts_status,
        row_kinds=(CONTACTS,),
        guidance=guidance.insurer_guidance,
    ),
    Step(
        5,
        "clinic",
        "Choosing a clinic",
        "The clinic and prescriber, and what it will cost.",
        clinic_status,
        sections=(Section("provider", "Your clinic", forms.TreatingProviderForm, _provider),),
        guidance=guidance.clinic_guidance,
    ),
    Step(
        6,
        "prior-authorization",
        "Prior authorization",
        "Each request for approval before treatment, and the decision.",
        prior_auth_status,
        row_kinds=(PRIOR_AUTHS,),
        guidance=guidance.prior_auth_guidance,
    ),
    Step(
        7,
        "claims",
        "Claims",
        "Each claim for a treatment session, and what was paid.",
        claims_status,
        row_kinds=(CLAIMS,),
        guidance=guidance.claims_guidance,
    ),
    Step(
        8,
        "appeal",
        "Appeal",
        "Each denial, and every level of appeal against it.",
        appeal_status,
        row_kinds=(DENIALS,),
        guidance=guidance.appeal_guidance,
    ),
    Step(
        9,
        "financial-aid",
        "Financial aid",
        "Ways to pay for treatment, and help to apply for.",
        aid_status,
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
