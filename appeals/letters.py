"""Letters, part one: gather. One context builder per kind, plain JSON-safe data out, no HTML.

Templates under templates/appeals/letters/ compose them; appeals/pdf.py renders them."""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils import timezone

from patients import guidance
from patients.knowledge import deadlines as deadline_rules
from patients.knowledge import guides, strategy
from patients.knowledge.codes import (
    DIAGNOSIS_LABELS,
    PLACES_OF_SERVICE,
    SERVICE_LABELS,
    suggested_codes,
)
from patients.knowledge.criteria import MET

POS_NAMES = dict(PLACES_OF_SERVICE)


def fmt_date(value):
    return f"{value:%B %-d, %Y}" if value else ""


def fmt_short(value):
    return f"{value:%b %-d, %Y}" if value else ""


def fmt_money(value):
    return f"${value:,.2f}" if value is not None else ""


def _plain(value):
    return "" if value is None else str(value)


def patient_block(case):
    policy = getattr(case, "policy", None)
    return {
        "name": case.patient_name or case.owner.get_full_name(),
        "date_of_birth": fmt_date(case.date_of_birth),
        "insurer": policy.insurer if policy else "",
        "plan_name": policy.plan_name if policy else "",
        "plan_type": policy.get_plan_type_display() if policy and policy.plan_type else "",
        "member_id": policy.member_id if policy else "",
        "group_number": policy.group_number if policy else "",
    }


def provider_block(case, signer=None):
    """The treating provider; `signer` (name, credentials, npi) overrides the prescriber."""
    provider = getattr(case, "provider", None)
    block = {
        "clinic": provider.clinic_name if provider else "",
        "prescriber": provider.prescriber_name if provider else "",
        "credentials": provider.credentials if provider else "",
        "npi": provider.npi if provider else "",
        "tax_id": provider.tax_id if provider else "",
        "address": provider.address if provider else "",
        "city_line": ", ".join(
            filter(
                None, [provider.city, " ".join(filter(None, [provider.state, provider.zip_code]))]
            )
        )
        if provider
        else "",
        "phone": provider.phone if provider else "",
        "fax": provider.fax if provider else "",
    }
    if signer:
        block.update({k: v for k, v in signer.items() if v})
    return block


def diagnoses(case):
    return [
        {
            "code": d.code,
            "description": d.description or DIAGNOSIS_LABELS.get(d.code, ""),
            "diagnosed_by": d.diagnosed_by,
            "date": fmt_short(d.diagnosed_on),
        }
        for d in case.diagnoses.all()
    ]


def scores(case):
    return [
        {"scale": s.get_scale_display(), "score": s.score, "date": fmt_short(s.taken_on)}
        for s in case.scores.all()
    ]


def treatments(case):
    rows = []
    for t in case.treatments.all():
        weeks = ""
        if t.started_on:
            end = t.ended_on or timezone.localdate()
            weeks = str((end - t.started_on).days // 7)
        rows.append(
            {
                "name": t.name,
                "kind": t.get_kind_display(),
                "drug_class": t.get_drug_class_display() if t.drug_class else "",
                "dose": f"{t.dose_mg_per_day.normalize():f} mg/day" if t.dose_mg_per_day else "",
                "sessions": _plain(t.sessions),
                "started": fmt_short(t.started_on),
                "ended": fmt_short(t.ended_on) or ("ongoing" if t.started_on else ""),
                "weeks": weeks,
                "outcome": t.get_outcome_display() if t.outcome else "",
                "notes": t.notes,
            }
        )
    return rows


def criteria(case):
    return [
        {
            "name": r.criteria.name,
            "status": r.status,
            "verified": r.criteria.verified,
            "source": r.criteria.source.title,
            "findings": [{"label": f.label, "status": f.status, "why": f.why} for f in r.findings],
        }
        for r in guidance.criteria_results(case)
    ]


def contacts(case):
    return [
        {
            "date": fmt_date(c.contacted_on),
            "channel": c.get_channel_display(),
            "representative": c.representative,
            "reference": c.reference_number,
            "summary": c.summary,
        }
        for c in case.contacts.all()
    ]


def _common(case, title, signer=None):
    return {
        "title": title,
        "date": fmt_date(timezone.localdate()),
        "patient": patient_block(case),
        "provider": provider_block(case, signer),
        "treatment": case.get_treatment_display(),
    }


def _latest_request(case):
    requests = list(case.prior_authorizations.all())
    return requests[-1] if requests else None


def medical_necessity(case, signer=None, **_):
    """Letter of medical necessity and prior-authorization request (step 6)."""
    context = _common(
        case, "Letter of medical necessity and request for prior authorization", signer
    )
    policy = getattr(case, "policy", None)
    provider = getattr(case, "provider", None)
    request = _latest_request(case)
    today = timezone.localdate()
    codes = (
        request.code_list
        if request and request.codes
        else suggested_codes(case.treatment, policy.plan_type if policy else "", today)
    )
    sessions = (
        request.sessions_requested
        if request and request.sessions_requested
        else provider.sessions_planned
        if provider
        else None
    )
    urgent = bool(request and request.urgency == request.Urgency.URGENT)
    results = criteria(case)
    met = [f for r in results for f in r["findings"] if f["status"] == MET]
    failed = [t for t in treatments(case) if t["outcome"]]
    latest_score = scores(case)[-1] if case.scores.all() else None
    suicidality = any(d.code.startswith(("R45.851", "Z91.51")) for d in case.diagnoses.all())
    rationale = []
    if failed:
        rationale.append(
            f"{context['patient']['name']} has tried {len(failed)} treatments in the table "
            "below without adequate, lasting relief, including "
            + ", ".join(t["name"] for t in failed[:4])
            + "."
        )
    if latest_score:
        rationale.append(
            f"Symptoms remain significant: {latest_score['scale']} score of "
            f"{latest_score['score']} on {latest_score['date']}."
        )
    if suicidality:
        rationale.append(
            "The record documents suicidal ideation or a history of suicidal "
            "behavior, which makes timely, effective treatment urgent."
        )
    if case.treatment == "esketamine":
        rationale.append(
            "Esketamine (Spravato) is FDA-approved for treatment-resistant "
            "depression and for depressive symptoms in adults with major "
            "depressive disorder with acute suicidal ideation or behavior; it will "
            "be given in a REMS-certified setting with at least two hours of "
            "monitoring."
        )
    else:
        rationale.append(
            f"The requested treatment, {case.get_treatment_display()}, is "
            "supported by peer-reviewed evidence for treatment-resistant "
            "depression; the alternatives already tried, listed above, have not "
            "worked or were not tolerated."
        )
    context.update(
        {
            "request": {
                "service": case.get_treatment_display(),
                "codes": [{"code": c, "label": SERVICE_LABELS.get(c, "")} for c in codes],
                "sessions": _plain(sessions),
                "urgent": urgent,
                "place_of_service": "11 (office)",
                "reference": request.reference_number if request else "",
            },
            "diagnoses": diagnoses(case),
            "scores": scores(case),
            "treatments": treatments(case),
            "criteria": results,
            "criteria_met": met,
            "rationale": rationale,
            "enclosures": [
                "Treatment history and medication records",
                "Symptom rating scores with dates",
                "Relevant clinical notes",
                "Diagnosis documentation",
            ],
        }
    )
    return context


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


def _deadlines_for(case, denial):
    return [
        {
            "title": d.title,
            "due": fmt_date(d.due),
            "rule": d.rule,
            "source": d.source.title,
            "done": d.done,
        }
        for d in guidance.case_deadlines(case)
        if d.ref == f"denial:{denial.pk}"
    ]


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


def appeal(case, denial=None, signer=None, **_):
    """Appeal letter answering one denial (step 8)."""
    policy = getattr(case, "policy", None)
    plan_type = policy.plan_type if policy else ""
    context = _common(case, APPEAL_TITLES.get(plan_type, "Request for internal appeal"), signer)
    held = guidance.evidence_in_case(case)
    chosen, checks = strategy.strategy_for(denial.reason, held)
    filing = next(
        (
            d
            for d in guidance.case_deadlines(case)
            if d.ref == f"denial:{denial.pk}"
            and d.who == "you"
            and not d.title.startswith("Request")
        ),
        None,
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
            # Advice to the patient ("Ask for ...") becomes the letter's own requests.
            "argue": [a for a in chosen.argue if not a.startswith("Ask for")],
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
            "lines": _claim_lines(denial.claim) if denial.claim_id else [],
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


def external_review(case, denial=None, signer=None, **_):
    """Request for external review after a final internal denial (step 8)."""
    context = _common(case, "Request for external review", signer)
    policy = getattr(case, "policy", None)
    plan_type = policy.plan_type if policy else ""
    lost = final_internal_denial(denial)
    urgent = _urgent(denial)
    rule = deadline_rules.external_decision_rule(plan_type, urgent)
    deadline = next(
        (
            d
            for d in guidance.case_deadlines(case)
            if d.ref == f"denial:{denial.pk}" and d.title == "Request external review"
        ),
        None,
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
            "argue": [
                a
                for a in strategy.strategy_for(denial.reason, set())[0].argue
                if not a.startswith("Ask for")
            ],
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


def _claim_lines(claim):
    return [
        {
            "date": fmt_date(claim.service_date),
            "pos": f"{line.place_of_service} ({POS_NAMES.get(line.place_of_service, '')})",
            "code": line.code,
            "description": SERVICE_LABELS.get(line.code, ""),
            "units": line.units,
            "charge": fmt_money(line.charge),
            "total": fmt_money(line.charge * line.units),
        }
        for line in claim.lines.all()
    ]


def superbill(case, claims=(), signer=None, **_):
    """Itemized superbill for out-of-network claims (step 7): one claim or a date range."""
    context = _common(case, "Superbill", signer)
    lines = [line for claim in claims for line in _claim_lines(claim)]
    charged = sum((c.total_charge for c in claims), 0)
    paid = sum((c.paid_to_provider or 0 for c in claims), 0)
    dates = [c.service_date for c in claims]
    context.update(
        {
            "diagnoses": diagnoses(case),
            "lines": lines,
            "period": (
                fmt_date(min(dates))
                + (f" to {fmt_date(max(dates))}" if max(dates) != min(dates) else "")
            )
            if dates
            else "",
            "claim_numbers": [c.claim_number for c in claims if c.claim_number],
            "total_charged": fmt_money(charged),
            "total_paid": fmt_money(paid),
            "balance": fmt_money(charged - paid),
        }
    )
    return context


def call_script(case, signer=None, **_):
    """The questions to ask the insurer, with room for the answers (step 4)."""
    context = _common(case, "Insurer call script", signer)
    policy = getattr(case, "policy", None)
    context["questions"] = [
        q.text for q in guides.call_script(case.treatment, policy.plan_type if policy else "")
    ]
    return context


def case_summary(case, signer=None, **_):
    """The whole case on one to three pages (dashboard)."""
    context = _common(case, "Case summary", signer)
    outlook = guidance.coverage_outlook(case)
    context.update(
        {
            "outlook": {
                "band": outlook.band_name,
                "reasons": [p.text for p in outlook.reasons if p.verified],
            },
            "diagnoses": diagnoses(case),
            "scores": scores(case),
            "treatments": treatments(case),
            "criteria": [{"name": r["name"], "status": r["status"]} for r in criteria(case)],
            "contacts": contacts(case),
            "requests": [
                {
                    "service": r.get_service_display(),
                    "codes": r.codes,
                    "submitted": fmt_date(r.submitted_on),
                    "decision": r.get_decision_display(),
                    "reference": r.reference_number,
                }
                for r in case.prior_authorizations.all()
            ],
            "claims": [
                {
                    "date": fmt_date(c.service_date),
                    "number": c.claim_number,
                    "status": c.get_status_display(),
                    "charged": fmt_money(c.total_charge),
                    "paid": fmt_money(c.paid_amount),
                }
                for c in case.claims.all()
            ],
            "denials": [
                {
                    "date": fmt_date(d.notice_date),
                    "reason": d.get_reason_display(),
                    "appeals": [f"{a} – {a.get_outcome_display()}" for a in d.appeals.all()],
                }
                for d in case.denials.all()
            ],
            "deadlines": [
                {"due": fmt_date(d.due), "title": d.title, "about": d.about}
                for d in guidance.open_deadlines(case)
            ],
            "aid": [
                f"{a.get_kind_display()}: {a.program} ({a.get_status_display()})"
                for a in case.aid_applications.all()
            ],
        }
    )
    return context


@dataclass(frozen=True)
class LetterKind:
    slug: str
    title: str
    step: str  # the wizard step (or "dashboard") that offers it
    build: Callable
    target: str = ""  # "denial" or "claim" when one letter is made per denial or claim

    @property
    def template(self):
        return f"appeals/letters/{self.slug}.html"


LETTER_KINDS = {
    k.slug: k
    for k in (
        LetterKind(
            "medical-necessity",
            "Letter of medical necessity",
            "prior-authorization",
            medical_necessity,
        ),
        LetterKind("appeal", "Appeal letter", "appeal", appeal, target="denial"),
        LetterKind(
            "external-review", "External review request", "appeal", external_review, target="denial"
        ),
        LetterKind("superbill", "Superbill", "claims", superbill, target="claim"),
        LetterKind("call-script", "Insurer call script", "insurer", call_script),
        LetterKind("case-summary", "Case summary", "dashboard", case_summary),
    )
}


def targets(kind, case):
    """What a letter kind can be made for in this case: [(denial or claim or None, label)]."""
    if kind.slug == "appeal":
        return [
            (d, f"the {d.get_reason_display().lower()} denial of {fmt_date(d.notice_date)}")
            for d in case.denials.all()
        ]
    if kind.slug == "external-review":
        return [
            (d, f"the {d.get_reason_display().lower()} denial of {fmt_date(d.notice_date)}")
            for d in case.denials.all()
            if final_internal_denial(d)
        ]
    if kind.slug == "superbill":
        return [
            (c, f"the claim for {fmt_date(c.service_date)}")
            for c in case.claims.all()
            if c.lines.all()
        ]
    return [(None, "")]
