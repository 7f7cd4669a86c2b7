"""How far along each step is, and what is left to do on it, computed from the case's data."""

from datetime import timedelta

from django.utils import timezone

from .. import guidance
from ..knowledge.renewal import LAST_WARNING_DAYS
from ..models import AidApplication, Appeal, Claim, PriorAuthorization, PriorTreatment
from ..words import in_sentence
from .registry import State, Status

ATTENTION_WINDOW = timedelta(days=7)


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
        elif d.event == "renewal" and d.due >= today:
            days = d.days_left(today)
            alerts.append(
                f"Your approval ({d.about}) ends {when}, in {days} day{'s' if days != 1 else ''}:"
                + (
                    " if the renewal isn't approved yet, call the plan today."
                    if days <= LAST_WARNING_DAYS
                    else " ask your prescriber to request the renewal now."
                )
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
                f"Appeal the {denial.reasons_label} denial of {denial.notice_date:%b %-d, %Y}{by}."
            )
    attention += deadline_alerts(case, "denial:", skip_refs=unappealed)
    todo = []
    for denial in denials:
        appeals = denial.appeals.all()
        latest = appeals[len(appeals) - 1] if appeals else None
        if latest and latest.outcome == Appeal.Outcome.PENDING:
            todo.append(f"Record the decision on your {in_sentence(latest)} when it comes.")
        elif latest and latest.outcome == Appeal.Outcome.UPHELD:
            due = filing.get(f"denial:{denial.pk}")
            todo.append(
                f"Your {in_sentence(latest)} was lost: "
                + (
                    f"{in_sentence(due.title)} by {due.due:%b %-d, %Y}."
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
