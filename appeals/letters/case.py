"""Letters made from the case as a whole: the call script (step 4) and the case summary."""

from patients import guidance
from patients.knowledge import guides

from .blocks import common, contacts, criteria, diagnoses, fmt_date, fmt_money, scores, treatments


def call_script(case, target, signer=None):
    """The questions to ask the insurer, with room for the answers (step 4)."""
    context = common(case, "Insurer call script", signer)
    policy = getattr(case, "policy", None)
    context["questions"] = [
        q.text for q in guides.call_script(case.treatment, policy.plan_type if policy else "")
    ]
    return context


def case_summary(case, target, signer=None):
    """The whole case on one to three pages (dashboard)."""
    context = common(case, "Case summary", signer)
    outlook = guidance.coverage_outlook(case)
    context.update(
        {
            "outlook": {
                "band": outlook.band_name,
                "reasons": [p.text for p in outlook.reasons if p.verified],
            }
            if outlook
            else None,
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
                    "reason": d.reasons_label.capitalize(),
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


def support_letter(case, target, signer=None):
    """A page for a family member, friend or therapist to fill in and sign: what they have seen
    of the illness, the treatments tried and daily life; the patient adds it as an exhibit."""
    context = common(case, "Letter of support", signer)
    denial = case.denials.all()[0] if case.denials.all() else None
    context["denial"] = (
        {"date": fmt_date(denial.notice_date), "reference": denial.reference_number}
        if denial is not None
        else None
    )
    return context
