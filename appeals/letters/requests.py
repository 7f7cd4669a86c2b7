"""Letters around an appeal (step 8): the request for the claim file and criteria, the request
for an expedited appeal, the prescriber's peer-to-peer sheet, and the Medicaid fair hearing
request."""

from django.utils import timezone

from patients import guidance
from patients.knowledge import arguments
from patients.knowledge import deadlines as deadline_rules

from .blocks import common, criteria, diagnoses, fmt_date, scores
from .denials import (
    References,
    answers,
    case_facts,
    denial_block,
    keep_care,
    late_filing,
    representative,
)


def claim_file_request(case, target, signer=None):
    """A request for the claim file and the criteria applied, made before appealing (step 8)."""
    denial = target.obj
    policy = getattr(case, "policy", None)
    plan_type = policy.plan_type if policy else ""
    context = common(case, "Request for my claim file and the criteria you applied", signer)
    rule = arguments.claim_file_rule(deadline_rules.FAMILY_OF_PLAN.get(plan_type))
    context.update(
        {
            "denial": denial_block(denial),
            "reasons": [
                {"name": r.get_reason_display(), "wording": r.insurer_wording}
                for r in denial.reasons.all()
            ],
            "judgment": bool(set(denial.reason_keys) & arguments.JUDGMENT_REASONS),
            "rule": rule[0] if rule else "",
            "claims_rule": deadline_rules.FAMILY_OF_PLAN.get(plan_type) in ("group", "individual"),
            "representative": representative(case),
        }
    )
    return context


def peer_to_peer(case, target, signer=None):
    """A sheet for the prescriber before a peer-to-peer review: the denial's reasons, each of
    the plan's criteria with the case's facts, the evidence, and what to ask (step 8)."""
    denial = target.obj
    context = common(case, "Peer-to-peer review: preparation sheet", signer)
    references = References()
    reasons = answers(case, denial, references)
    keys = {s["key"] for r in reasons for s in r["sections"]} | {"history"}
    context.update(
        {
            "denial": denial_block(denial),
            "reasons": reasons,
            "criteria": criteria(case),
            **case_facts(case, denial, keys),
            "references": references.listed,
        }
    )
    return context


def expedited_appeal(case, target, signer=None):
    """The treating prescriber's request for an expedited appeal, certifying its urgency."""
    denial = target.obj
    context = common(case, "Request for an expedited appeal", signer)
    codes = [d.code for d in case.diagnoses.all()]
    context.update(
        {
            "denial": denial_block(denial),
            "reasons": [
                {"name": r.get_reason_display(), "wording": r.insurer_wording}
                for r in denial.reasons.all()
            ],
            "diagnoses": diagnoses(case),
            "scores": scores(case),
            "risk": any(c.startswith(("R45.851", "Z91.51")) for c in codes),
        }
    )
    return context


def fair_hearing(case, target, signer=None):
    """A Medicaid enrollee's request for a state fair hearing after the plan upheld its denial."""
    denial = target.obj
    context = common(case, "Request for a state fair hearing", signer)
    lost = [a for a in denial.appeals.all() if a.level == "internal_1" and a.outcome == "upheld"]
    deadline = deadline_rules.filing_deadline(
        guidance.case_deadlines(case), f"denial:{denial.pk}", {"file_state_hearing"}
    )
    context.update(
        {
            "denial": denial_block(denial),
            "reasons": [
                {"name": r.get_reason_display(), "wording": r.insurer_wording}
                for r in denial.reasons.all()
            ],
            "plan_decision": fmt_date(lost[-1].decided_on) if lost else "",
            "deadline": {
                "due": fmt_date(deadline.due),
                "source": deadline.source.title,
                "late": timezone.localdate() > deadline.due,
            }
            if deadline
            else None,
            "late": late_filing(case, denial, deadline, timezone.localdate()),
            "keep_care": keep_care(case, denial, "continue_benefits_hearing", timezone.localdate()),
            "diagnoses": diagnoses(case),
            "representative": representative(case),
            "enclosures": [
                "The plan's denial notice dated " + fmt_date(denial.notice_date),
                "The plan's appeal decision"
                + (f" dated {fmt_date(lost[-1].decided_on)}" if lost else ""),
                "My appeal to the plan and what I sent with it",
            ],
        }
    )
    return context


def lost_medicaid_appeal(denial):
    """A Medicaid plan's appeal the plan upheld: the state fair hearing comes next."""
    policy = getattr(denial.case, "policy", None)
    return bool(
        policy
        and policy.plan_type == "medicaid"
        and any(a.level == "internal_1" and a.outcome == "upheld" for a in denial.appeals.all())
    )
