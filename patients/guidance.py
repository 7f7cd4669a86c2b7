"""What the app gives back on each step: case data turned into plain facts, run through the
rules in knowledge/. Reads only what `Case.objects.with_step_data()` already loaded."""

from dataclasses import fields
from decimal import Decimal

from django.utils import timezone

from .knowledge import (
    aid,
    arguments,
    billing,
    conditions,
    criteria,
    deadlines,
    evidence,
    guides,
    money,
    outlook,
    strategy,
)
from .knowledge.deadlines import road, states


def _memo(case, name, compute):
    """Compute a case's derived value once per loaded case."""
    cache = case.__dict__.setdefault("_guidance", {})
    if name not in cache:
        cache[name] = compute()
    return cache[name]


def today():
    return timezone.localdate()


def _policy(case):
    return getattr(case, "policy", None)


def _provider(case):
    return getattr(case, "provider", None)


def plan_facts(case):
    policy, provider = _policy(case), _provider(case)
    return outlook.PlanFacts(
        plan_type=policy.plan_type if policy else "",
        treatment=case.treatment,
        insurer=policy.insurer if policy else "",
        state=policy.state if policy else "",
        mental_health_coverage=policy.mental_health_coverage if policy else "",
        experimental_exclusion=policy.experimental_exclusion if policy else "",
        prior_auth_required=policy.prior_auth_required if policy else "",
        out_of_network_benefits=policy.out_of_network_benefits if policy else "",
        clinic_in_network=provider.in_network if provider else "",
        clinic_billing=provider.billing if provider else "",
        is_veteran=case.is_veteran,
    )


def clinical_facts(case):
    provider = _provider(case)
    return criteria.ClinicalFacts(
        today=today(),
        date_of_birth=case.date_of_birth,
        diagnosis_codes=tuple(d.code for d in case.diagnoses.all()),
        scores=tuple((s.scale, s.score, s.taken_on) for s in case.scores.all()),
        episode_started_on=case.episode_started_on,
        trials=tuple(
            criteria.Trial(**{f.name: getattr(t, f.name) for f in fields(criteria.Trial)})
            for t in case.treatments.all()
        ),
        prescriber_is_psychiatrist=provider.prescriber_is_psychiatrist if provider else "",
    )


APPROVED = ("approved", "partial")


def timeline(case):
    policy = _policy(case)
    denials = case.denials.all()
    return deadlines.CaseTimeline(
        plan_type=policy.plan_type if policy else "",
        requests=tuple(
            deadlines.RequestFacts(
                f"pa:{r.pk}",
                f"{r.get_service_display()} request"
                + (f" {r.reference_number}" if r.reference_number else ""),
                r.urgency == r.Urgency.URGENT,
                r.submitted_on,
                r.decision != r.Decision.PENDING,
                drug=r.service == "esketamine",
                approved_from=r.approved_from if r.decision in APPROVED else None,
                approved_until=r.approved_until if r.decision in APPROVED else None,
                renewed=any(
                    other.submitted_on and r.decided_on and other.submitted_on > r.decided_on
                    for other in case.prior_authorizations.all()
                ),
            )
            for r in case.prior_authorizations.all()
        ),
        claims=tuple(
            deadlines.ClaimFacts(
                f"claim:{c.pk}",
                f"Claim for {c.service_date:%b %-d, %Y}",
                c.service_date,
                c.submitted_on,
                c.status not in (c.Status.NOT_SUBMITTED, c.Status.SUBMITTED),
            )
            for c in case.claims.all()
        ),
        denials=tuple(
            deadlines.DenialFacts(
                f"denial:{d.pk}",
                f"{d.reasons_label.capitalize()} denial of {d.notice_date:%b %-d, %Y}",
                d.notice_date,
                d.received_on,
                d.prior_authorization_id is not None or d.claim_id is None,
                d.appeal_by_on_notice,
                tuple(
                    deadlines.AppealFacts(a.level, a.expedited, a.filed_on, a.outcome, a.decided_on)
                    for a in d.appeals.all()
                ),
                part_b_drug=case.treatment == "esketamine",
                ends_care=d.ends_approved_care,
                effective_on=d.change_effective_on,
            )
            for d in denials
        ),
        timely_filing_days=policy.timely_filing_days if policy else None,
        state=policy.state if policy else "",
    )


def case_deadlines(case):
    """Every deadline of the case, nearest first."""
    return _memo(case, "deadlines", lambda: deadlines.case_deadlines(timeline(case)))


def with_states(found):
    """Deadlines paired with their state for display."""
    now = today()
    return [(d, d.state(now)) for d in found]


def open_deadlines(case, prefix=""):
    return [d for d in case_deadlines(case) if not d.done and d.ref.startswith(prefix)]


def attention_deadlines(case, prefix=""):
    return [d for d in open_deadlines(case, prefix) if d.needs_attention(today())]


def coverage_outlook(case):
    """The outlook, once the plan type and the treatment are known (None before)."""
    policy = _policy(case)
    if not (policy and policy.plan_type and case.treatment):
        return None
    return _memo(case, "outlook", lambda: outlook.coverage_outlook(plan_facts(case)))


def criteria_results(case):
    policy = _policy(case)
    return _memo(
        case,
        "criteria",
        lambda: criteria.evaluate_all(
            clinical_facts(case),
            case.treatment,
            policy.insurer if policy else "",
            policy.state if policy else "",
            policy.criteria_set if policy else "",
            policy.plan_type if policy else "",
        ),
    )


def evidence_in_case(case):
    provider = _provider(case)
    held = {
        "treatments": bool(case.treatments.all()),
        "scores": bool(case.scores.all()),
        "diagnoses": bool(case.diagnoses.all()),
        "prescriber": bool(provider and provider.prescriber_name and provider.npi),
        "contacts": any(c.reference_number for c in case.contacts.all()),
        "claim_lines": any(c.lines.all() for c in case.claims.all()),
    }
    return {kind for kind, have in held.items() if have}


def denial_strategies(case):
    """Each denial with, for each reason it gives, the strategy and the evidence checked."""
    held = evidence_in_case(case)
    return [
        (denial, [(r, *strategy.strategy_for(r.reason, held)) for r in denial.reasons.all()])
        for denial in case.denials.all()
    ]


def external_program(case):
    """The state's external review program for the case's plan, or None (federal minimums)."""
    policy = _policy(case)
    return states.program_for(policy.plan_type, policy.state) if policy else None


def external_review_guidance(case):
    """For a plan whose next level is external review: the state's program, or the federal
    minimums and a word to check the state's rules (None for other plans)."""
    policy = _policy(case)
    plan_type = policy.plan_type if policy else ""
    if not deadlines.has_external_review(plan_type):
        return None
    family = deadlines.FAMILY_OF_PLAN[plan_type]
    return {
        "program": external_program(case),
        "state": policy.get_state_display() if policy.state else "",
        "state_regulated": plan_type in states.STATE_REGULATED,
        "window": deadlines.RULE[(family, deadlines.EXTERNAL_REVIEW_EVENT)],
        "decision": deadlines.RULE[(family, "external_decision")],
        "urgent": deadlines.RULE[(family, "external_decision_urgent")],
    }


def roads(case):
    """Each denial with every level of its road, where it stands, and the next deadline (None
    for a plan type our sources don't describe)."""
    policy = _policy(case)
    family = deadlines.FAMILY_OF_PLAN.get(policy.plan_type if policy else "")
    found = case_deadlines(case)
    return [
        (
            denial,
            road.road_for(
                family,
                [(a.level, a.outcome) for a in denial.appeals.all()],
                [d for d in found if d.ref == f"denial:{denial.pk}"],
                timezone.localdate(),
                external_program(case),
            ),
        )
        for denial in case.denials.all()
    ]


def parity(case):
    """Whether the appeal letters argue mental health parity for this case, and why not."""
    policy = _policy(case)
    return arguments.parity_basis(
        policy.plan_type if policy else "",
        policy.employer_size if policy else "",
        [d.code for d in case.diagnoses.all()],
    )


def esketamine_alternative(case):
    """For an IV ketamine case denied as experimental: the label that makes esketamine an
    option to raise with the prescriber (said on the page, never in an IV ketamine letter)."""
    experimental = any(
        r.reason == "experimental" for d in case.denials.all() for r in d.reasons.all()
    )
    if case.treatment != "iv_ketamine" or not experimental:
        return None
    return evidence.BY_KEY["spravato-label"]


def cost_scenarios(case):
    """The out-of-pocket estimate if the plan pays its share, and if it doesn't."""
    policy, provider = _policy(case), _provider(case)
    if not (provider and provider.price_per_session and provider.sessions_planned):
        return None
    base = dict(price_per_session=provider.price_per_session, sessions=provider.sessions_planned)
    if not policy:
        return {
            "uncovered": aid.estimate_cost(aid.CostInputs(**base)),
            "covered": None,
            "source": aid.COST_SOURCE,
        }
    zero = Decimal(0)
    deductible_left = max((policy.deductible or zero) - (policy.deductible_met or zero), zero)
    out_of_pocket_left = (
        max(policy.out_of_pocket_max - (policy.deductible_met or zero), zero)
        if policy.out_of_pocket_max is not None
        else None
    )
    out_of_network = provider.in_network != "yes"
    covered = aid.estimate_cost(
        aid.CostInputs(
            **base,
            covered=True,
            deductible_left=deductible_left,
            coinsurance_percent=policy.coinsurance_percent or 0,
            allowed_per_session=policy.oon_allowed_per_session if out_of_network else None,
            out_of_pocket_left=out_of_pocket_left,
        )
    )
    return {
        "uncovered": aid.estimate_cost(aid.CostInputs(**base)),
        "covered": covered,
        "source": aid.COST_SOURCE,
        "out_of_network": out_of_network,
        "allowed_known": bool(policy.oon_allowed_per_session) or not out_of_network,
        "no_oon_benefits": out_of_network and policy.out_of_network_benefits == "no",
    }


def aid_options(case):
    policy = _policy(case)
    return aid.aid_options(
        aid.AidFacts(
            treatment=case.treatment,
            plan_type=policy.plan_type if policy else "",
            state=policy.state if policy else "",
            spending_account=policy.spending_account if policy else "",
            is_veteran=case.is_veteran,
        )
    )


def claim_totals(case):
    return money.totals([_claim_money(c) for c in case.claims.all()])


def _claim_money(c):
    paid = (c.paid_to_provider, c.paid_amount, c.patient_share)
    return money.ClaimMoney(c.status, c.submitted_by, c.total_charge, *paid)


def plan_guidance(case):
    policy = _policy(case)
    return {
        "outlook": coverage_outlook(case),
        "rules": deadlines.rules_summary(policy.plan_type if policy else ""),
    }


def criteria_guidance(case):
    return {
        "criteria_results": criteria_results(case),
        "other_conditions": conditions.conditions_for([d.code for d in case.diagnoses.all()]),
    }


def insurer_guidance(case):
    policy = _policy(case)
    return {"call_script": guides.call_script(case.treatment, policy.plan_type if policy else "")}


def clinic_guidance(case):
    return {"checklist": guides.CLINIC_CHECKLIST, "cost": cost_scenarios(case)}


def code_lines(case):
    """The codes for a session of the case's treatment under its plan, today, with the dose
    from the latest request's dosing plan."""
    policy = _policy(case)
    requests = list(case.prior_authorizations.all())
    return billing.code_lines(
        case.treatment,
        policy.plan_type if policy else "",
        today(),
        requests[-1].dosing_plan if requests else "",
    )


def prior_auth_guidance(case):
    return {
        "deadlines": with_states(d for d in case_deadlines(case) if d.ref.startswith("pa:")),
        "code_lines": code_lines(case),
    }


def claims_guidance(case):
    return {
        "deadlines": with_states(d for d in case_deadlines(case) if d.ref.startswith("claim:")),
        "totals": claim_totals(case),
        "code_lines": code_lines(case),
    }


def appeal_guidance(case):
    policy = _policy(case)
    plan_type = policy.plan_type if policy else ""
    return {
        "deadlines": with_states(d for d in case_deadlines(case) if d.ref.startswith("denial:")),
        "strategies": denial_strategies(case),
        "roads": roads(case),
        "external": external_review_guidance(case),
        "always_ask": strategy.ALWAYS_ASK,
        "parity": parity(case),
        "parity_enforcement": strategy.parity_for(plan_type).enforcement_source,
        "esketamine_alternative": esketamine_alternative(case),
        "rules": deadlines.rules_summary(plan_type),
    }


def aid_guidance(case):
    return {"aid_options": aid_options(case), "cost": cost_scenarios(case)}
