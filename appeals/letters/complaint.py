"""A complaint to the regulator the plan type has, or for Medicare Advantage and Part D a
grievance to the plan: what happened, with the dates the case holds, every decision the plan
owes past its deadline, and the patient's own account."""

from django.utils import timezone

from patients import guidance

from .blocks import common, contacts, fmt_date
from .denials import denial_block, representative


def _events(case):
    """What happened, in date order: each request, denial and appeal with its decision."""
    found = []
    for pa in case.prior_authorizations.all():
        service = pa.get_service_display()
        if pa.submitted_on:
            found.append((pa.submitted_on, f"Prior authorization of {service} requested."))
        if pa.decided_on and pa.decision != "pending":
            found.append(
                (
                    pa.decided_on,
                    f"Prior authorization of {service}: {pa.get_decision_display().lower()}.",
                )
            )
    for denial in case.denials.all():
        found.append(
            (
                denial.notice_date,
                f"Denial of {denial_block(denial)['subject']}: {denial.reasons_label}.",
            )
        )
        for appeal in denial.appeals.all():
            level = appeal.get_level_display()
            if appeal.filed_on:
                found.append((appeal.filed_on, f"{level} filed."))
            if appeal.decided_on and appeal.outcome != "pending":
                outcome = appeal.get_outcome_display().split(":")[0].lower()
                found.append((appeal.decided_on, f"{level} decided: {outcome}."))
    return [{"date": fmt_date(day), "what": what} for day, what in sorted(found)]


def _overdue(case, today):
    """Every decision the plan owes whose deadline has passed without one."""
    return [
        {
            "what": d.title.removesuffix(" is due").replace(" your ", " my "),
            "about": d.about,
            "due": fmt_date(d.due),
            "rule": d.rule,
            "source": d.source.title,
        }
        for d in guidance.case_deadlines(case)
        if d.who == "plan" and not d.done and d.due < today
    ]


def complaint(case, target, signer=None):
    regulator = target.obj
    state = target.key.rsplit(":", 1)[-1]
    title = "Grievance" if regulator.grievance else "Complaint about my health plan"
    context = common(case, title, signer)
    today = timezone.localdate()
    context.update(
        {
            "regulator": {
                "name": regulator.name,
                "state": state,
                "grievance": regulator.grievance,
                "respond": regulator.respond,
            },
            "send_to": regulator.how,
            "complaint": case.complaint,
            "overdue": _overdue(case, today),
            "events": _events(case),
            "contacts": contacts(case),
            "representative": representative(case),
            "enclosures": [
                "Copies of the plan's notices and decisions named above",
                "Copies of my requests and appeals, and proof of when I sent them",
            ],
        }
    )
    return context
