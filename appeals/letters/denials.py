"""Letters answering a denial: the appeal, and the request for external review (step 8)."""

from django.utils import timezone

from patients import guidance
from patients.knowledge import deadlines as deadline_rules
from patients.knowledge import strategy
from patients.knowledge.criteria import MET

from .blocks import claim_lines, common, contacts, criteria, diagnoses, fmt_date, scores, treatments


def _denial_subject(denial):
    if denial.prior_authorization_id:
        pa = denial.prior_authorization
        ref = f" (reference {pa.reference_number})" if pa.reference_number else ""
        return f"my request for prior authorization of {pa.get_service_display()}{ref}"
    if denial.claim_id:
        claim = denial.claim
        number = f" number {claim.claim_number}" if claim.claim_number else ""
        return f"claim{number} for services on {fmt_date(claim.service_date)}"
    return "coverage of my treatment"


def _denial_block(case, denial):
    return {
        "notice_date": fmt_date(denial.notice_date),
        "received_on": fmt_date(denial.received_on),
        "reason": denial.get_reason_display(),
        "reason_key": denial.reason,
        "wording": denial.insurer_wording,
        "reference": denial.reference_number,
        "subject": _denial_subject(denial),
        "claim_number": denial.claim.claim_number if denial.claim_id else "",
    }


def _urgent(denial):
    appeals = list(denial.appeals.all())
    request = denial.prior_authorization
    return bool(
        (appeals and appeals[-1].expedited)
        or (request and request.urgency == request.Urgency.URGENT)
    )


APPEAL_TITLES = {
    "medicaid": "Appeal to my Medicaid plan",
    "medicare": "Request for Medicare redetermination",
    "medicare_advantage": "Request for reconsideration",
}


def appeal(case, target, signer=None):
    """Appeal letter answering one denial (step 8)."""
    denial = target.obj
    policy = getattr(case, "policy", None)
    plan_type = policy.plan_type if policy else ""
    context = common(case, APPEAL_TITLES.get(plan_type, "Request for internal appeal"), signer)
    held = guidance.evidence_in_case(case)
    chosen, checks = strategy.strategy_for(denial.reason, held)
    filing = deadline_rules.filing_deadline(
        guidance.case_deadlines(case), f"denial:{denial.pk}", deadline_rules.APPEAL_LETTER_EVENTS
    )
    urgent = _urgent(denial)
    pre_service = denial.prior_authorization_id is not None or denial.claim_id is None
    rule = deadline_rules.appeal_decision_rule(plan_type, pre_service, urgent)
    appeals = list(denial.appeals.all())
    filed_on = appeals[-1].filed_on if appeals and appeals[-1].filed_on else timezone.localdate()
    parity = strategy.parity_for(plan_type)
    context.update(
        {
            "denial": _denial_block(case, denial),
            "urgent": urgent,
            "argue": list(chosen.argue),
            "always_ask": list(strategy.LETTER_REQUESTS),
            "evidence": [c.text for c in checks],
            "filing_deadline": {
                "due": fmt_date(filing.due),
                "rule": filing.rule,
                "note": filing.note,
            }
            if filing
            else None,
            "decision_owed": {
                "due": fmt_date(rule.due(filed_on)),
                "span": rule.span,
                "source": rule.source.title,
            }
            if rule
            else None,
            "parity": parity.text if parity.applies else "",
            "parity_source": parity.source.title if parity.applies else "",
            "treatments": treatments(case)
            if denial.reason in ("not_necessary", "step_therapy", "experimental")
            else [],
            "scores": scores(case) if denial.reason in ("not_necessary", "experimental") else [],
            "diagnoses": diagnoses(case),
            "criteria_met": [f for r in criteria(case) for f in r["findings"] if f["status"] == MET]
            if denial.reason in ("not_necessary", "step_therapy")
            else [],
            "contacts": contacts(case)
            if denial.reason in ("no_prior_auth", "out_of_network")
            else [],
            "lines": claim_lines(denial.claim) if denial.claim_id else [],
            "enclosures": [
                "A copy of the denial notice dated " + fmt_date(denial.notice_date),
                *[c.text for c in checks],
            ],
        }
    )
    return context


def final_internal_denial(denial):
    """The lost internal appeal that opens external review, or None."""
    internal = [
        a
        for a in denial.appeals.all()
        if a.level in ("internal_1", "internal_2") and a.outcome == "upheld"
    ]
    return internal[-1] if internal else None


def external_review(case, target, signer=None):
    """Request for external review after a final internal denial (step 8)."""
    denial = target.obj
    context = common(case, "Request for external review", signer)
    policy = getattr(case, "policy", None)
    plan_type = policy.plan_type if policy else ""
    lost = final_internal_denial(denial)
    urgent = _urgent(denial)
    rule = deadline_rules.external_decision_rule(plan_type, urgent)
    deadline = deadline_rules.filing_deadline(
        guidance.case_deadlines(case),
        f"denial:{denial.pk}",
        {deadline_rules.EXTERNAL_REVIEW_EVENT},
    )
    context.update(
        {
            "denial": _denial_block(case, denial),
            "urgent": urgent,
            "internal_decision": fmt_date(lost.decided_on) if lost else "",
            "internal_level": str(lost) if lost else "",
            "deadline": {"due": fmt_date(deadline.due), "rule": deadline.rule}
            if deadline
            else None,
            "decision_owed": {"span": rule.span, "source": rule.source.title} if rule else None,
            "argue": list(strategy.strategy_for(denial.reason, set())[0].argue),
            "diagnoses": diagnoses(case),
            "treatments": treatments(case),
            "enclosures": [
                "The denial notice dated " + fmt_date(denial.notice_date),
                "The final internal appeal decision"
                + (" dated " + fmt_date(lost.decided_on) if lost else ""),
                "My internal appeal letter and its enclosures",
                "A letter of medical necessity from my prescriber",
            ],
        }
    )
    return context
