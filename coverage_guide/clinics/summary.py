"""Keeps each case's queue summary in step with its data, after every committed change."""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from patients import guidance
from patients.models import Case
from patients.steps import State, progress
from patients.words import staff_voice

from .models import CaseSummary


def summarize(case):
    """The summary values for a case loaded with its step data."""
    items = progress(case)
    current = next((p.step.slug for p in items if p.status.state != State.COMPLETE), "")
    open_deadlines = guidance.open_deadlines(case)
    # The queue shows what the clinic can act on: not the patient's own tasks (a claim they
    # send themselves with a superbill, a call they said they would follow up).
    patients_own = {f"claim:{c.pk}" for c in case.claims.all() if c.submitted_by == "patient"}
    candidates = [
        (d.due, f"{staff_voice(d.title)} ({d.about})")
        for d in open_deadlines
        if d.ref not in patients_own
    ]
    nearest = min(candidates, default=(None, ""))
    appeal_due = [d.due for d in open_deadlines if d.ref.startswith("denial:") and d.who == "you"]
    return {
        "current_step": current,
        "attention": any(p.status.state == State.NEEDS_ATTENTION for p in items),
        "next_deadline": nearest[0],
        "next_deadline_title": nearest[1][:200],
        "pa_pending": any(
            r.decision == r.Decision.PENDING for r in case.prior_authorizations.all()
        ),
        "denied_claims": sum(1 for c in case.claims.all() if c.status == c.Status.DENIED),
        "appeal_due": min(appeal_due, default=None),
    }


def refresh(case_id):
    case = Case.objects.with_step_data().filter(pk=case_id).first()
    if case is not None:
        CaseSummary.objects.update_or_create(case=case, defaults=summarize(case))


def _case_id_of(instance):
    """The case an instance of any case model belongs to, or None."""
    for path in ("case_id", "claim.case_id", "denial.case_id"):
        value = instance
        try:
            for part in path.split("."):
                value = getattr(value, part)
        except AttributeError:
            continue
        return value
    return instance.pk if type(instance).__name__ == "Case" else None


def schedule_refresh(case_id):
    """Refresh once per case per transaction, after it commits (nothing if it rolls back)."""
    if case_id is None:
        return
    connection = transaction.get_connection()
    if any(
        getattr(func, "summary_case_id", None) == case_id for _, func, _ in connection.run_on_commit
    ):
        return

    def run():
        refresh(case_id)

    run.summary_case_id = case_id
    transaction.on_commit(run)


TRACKED = (
    "Case",
    "InsurancePolicy",
    "Diagnosis",
    "SymptomScore",
    "PriorTreatment",
    "InsurerContact",
    "TreatingProvider",
    "Claim",
    "ClaimLine",
    "AidApplication",
    "PriorAuthorization",
    "Denial",
    "Appeal",
)


def _changed(sender, instance, **kwargs):
    if sender._meta.apps is not apps:
        return  # a migration's historical model: the summary is made from today's models
    if sender.__name__ in TRACKED and sender._meta.app_label == "patients":
        if kwargs.get("signal") is post_delete and sender.__name__ == "Case":
            return
        schedule_refresh(_case_id_of(instance))


def connect():
    post_save.connect(_changed, dispatch_uid="case-summary-save")
    post_delete.connect(_changed, dispatch_uid="case-summary-delete")
