"""Letters answering a denial: the appeal, and the request for external review (step 8).

Each reason the denial gives is answered by the sections `knowledge/arguments.py` chooses for it,
with the case's own facts and the evidence library's verified references, numbered as cited."""

from django.utils import timezone

from patients import guidance
from patients.knowledge import arguments
from patients.knowledge import deadlines as deadline_rules
from patients.knowledge.criteria import MET
from patients.knowledge.deadlines import late

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


def denial_block(denial):
    return {
        "notice_date": fmt_date(denial.notice_date),
        "received_on": fmt_date(denial.received_on),
        "reasons_label": denial.reasons_label,
        "reference": denial.reference_number,
        "subject": _denial_subject(denial),
        "claim_number": denial.claim.claim_number if denial.claim_id else "",
        "plan_definition": denial.plan_definition,
        "appeals_address": denial.appeals_address,
        "appeals_fax": denial.appeals_fax,
        "alternatives_note": denial.alternatives_note,
    }


def _urgent(denial):
    appeals = list(denial.appeals.all())
    request = denial.prior_authorization
    return bool(
        (appeals and appeals[-1].expedited)
        or (request and request.urgency == request.Urgency.URGENT)
    )


class References:
    """The library references a letter cites, numbered in the order they are first cited."""

    def __init__(self):
        self.cited = {}

    def cite(self, reference):
        if reference.key not in self.cited:
            self.cited[reference.key] = {
                "n": len(self.cited) + 1,
                "key": reference.key,
                "citation": reference.citation,
                "url": reference.url,
                "finding": reference.finding,
                "kind": str(reference.kind),
            }
        return self.cited[reference.key]

    @property
    def listed(self):
        return list(self.cited.values())

    def enclosure(self):
        """The enclosure line for copies of the sources, if any was cited."""
        if not self.cited:
            return []
        return [f"Copies of the published sources cited (references 1 to {len(self.cited)})"]


def answers(case, denial, references):
    """For each reason the denial gives: its words and the sections that answer it."""
    indications = arguments.indications_for([d.code for d in case.diagnoses.all()])
    found = []
    for reason in denial.reasons.all():
        sections = [
            {
                "key": key,
                "name": arguments.SECTION_NAMES[key],
                "references": [
                    references.cite(r)
                    for r in arguments.references_for(key, case.treatment, indications)
                ],
            }
            for key in arguments.sections_for(reason.reason)
        ]
        found.append(
            {
                "key": reason.reason,
                "name": reason.get_reason_display(),
                "wording": reason.insurer_wording,
                "sections": sections,
            }
        )
    return found


def _met(case):
    """Each criterion the case meets, once, whichever criteria sets name it."""
    met = [f for r in criteria(case) for f in r["findings"] if f["status"] == MET]
    return list({f["label"]: f for f in met}.values())


def case_facts(case, denial, keys):
    """The case's facts the chosen sections print, and only those."""
    codes = [d.code for d in case.diagnoses.all()]
    medications = [t for t in treatments(case) if t["kind"] == "Medication"]
    return {
        "treatment": case.get_treatment_display(),
        "treatment_key": case.treatment,
        "indications": [str(i) for i in arguments.indications_for(codes)],
        "diagnoses": diagnoses(case),
        "scores": scores(case),
        "treatments": treatments(case) if keys & {"history", "criteria"} else [],
        "medication_count": len(medications),
        "tried_instead": [
            t["name"] for t in treatments(case) if t["kind"] in ("ECT", "TMS") and t["outcome"]
        ],
        "criteria_met": _met(case) if "criteria" in keys else [],
        "risk": any(c.startswith(("R45.851", "Z91.51")) for c in codes),
        "contacts": contacts(case) if "contacts" in keys else [],
        "lines": claim_lines(denial.claim) if denial.claim_id and "coding" in keys else [],
        "dosing_plan": denial.prior_authorization.dosing_plan if denial.prior_authorization else "",
        "specialty": arguments.reviewer_specialty(codes),
    }


def late_filing(case, denial, deadline, sent_on):
    """For a request sent after its deadline: why it is late, in the patient's words, and the
    good-cause rule it asks under (None when it is on time or no deadline is known)."""
    if deadline is None or sent_on <= deadline.due:
        return None
    policy = getattr(case, "policy", None)
    family = deadline_rules.FAMILY_OF_PLAN.get(policy.plan_type if policy else "")
    asked = late.late_request(family, deadline.event, denial.late_cause, denial.late_explanation)
    return {"due": fmt_date(deadline.due), **asked}


def keep_care(case, denial, event, sent_on):
    """Whether the letter asks to keep approved treatment while it is decided: only where the
    rule allows (Medicaid, treatment already approved being stopped or cut back) and in time."""
    if not denial.ends_approved_care:
        return None
    found = [
        d
        for d in guidance.case_deadlines(case)
        if d.ref == f"denial:{denial.pk}" and d.event == event
    ]
    if not found or sent_on > found[-1].due:
        return None
    return {"due": fmt_date(found[-1].due), "source": found[-1].source.title}


def representative(case):
    if not case.representative_name:
        return None
    return {"name": case.representative_name, "relationship": case.representative_relationship}


def representative_form(case, plan_type):
    """The form that makes a representative's signature count, as an enclosure."""
    if not case.representative_name:
        return []
    if plan_type in ("medicare", "medicare_advantage"):
        return ["Form CMS-1696, Appointment of Representative, signed by us both"]
    return ["Your authorized representative form, signed by us both"]


APPEAL_TITLES = {
    "medicaid": "Appeal to my Medicaid plan",
    "medicare_advantage": "Request for reconsideration",
    "tricare": "Request for reconsideration",
    "va": "Clinical appeal of a treatment decision",
}


def appeal(case, target, signer=None):
    """Appeal letter answering every reason of one denial (step 8)."""
    denial = target.obj
    policy = getattr(case, "policy", None)
    plan_type = policy.plan_type if policy else ""
    context = common(case, APPEAL_TITLES.get(plan_type, "Request for internal appeal"), signer)
    references = References()
    reasons = answers(case, denial, references)
    keys = {s["key"] for r in reasons for s in r["sections"]}
    urgent = _urgent(denial)
    appeals = list(denial.appeals.all())
    # The letter is for the latest appeal filed, unless it was lost: then for the next level,
    # sent today.
    latest = appeals[-1] if appeals and appeals[-1].outcome != "upheld" else None
    sent_on = latest.filed_on if latest and latest.filed_on else timezone.localdate()
    filing = deadline_rules.filing_deadline(
        guidance.case_deadlines(case), f"denial:{denial.pk}", deadline_rules.APPEAL_LETTER_EVENTS
    )
    pre_service = denial.prior_authorization_id is not None or denial.claim_id is None
    rule = deadline_rules.appeal_decision_rule(
        plan_type, pre_service, urgent, part_b_drug=case.treatment == "esketamine"
    )
    parity = guidance.parity(case)
    judgment = bool(set(denial.reason_keys) & arguments.JUDGMENT_REASONS)
    section_keys = [s["key"] for r in reasons for s in r["sections"]]
    context.update(
        {
            "denial": denial_block(denial),
            "reasons": reasons,
            "urgent": urgent,
            "judgment": judgment,
            "claims_rule": deadline_rules.FAMILY_OF_PLAN.get(plan_type) in ("group", "individual"),
            "own_words": case.own_words,
            "representative": representative(case),
            "filing_deadline": {
                "due": fmt_date(filing.due),
                "source": filing.source.title,
                "late": sent_on > filing.due,
            }
            if filing
            else None,
            "late": late_filing(case, denial, filing, sent_on),
            "keep_care": keep_care(case, denial, "continue_benefits", sent_on),
            "decision_owed": {
                "due": fmt_date(rule.due(sent_on)),
                "span": rule.span,
                "source": rule.source.title,
            }
            if rule
            else None,
            "parity": {"law": parity.law} if parity.applies else None,
            **case_facts(case, denial, keys),
            "references": references.listed,
            "enclosures": [
                "A copy of the denial notice dated " + fmt_date(denial.notice_date),
                *representative_form(case, plan_type),
                *arguments.enclosures_for(section_keys, judgment),
                *references.enclosure(),
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
    program = guidance.external_program(case)
    state_run = program is not None and not program.federal
    rule = None if state_run else deadline_rules.external_decision_rule(plan_type, urgent)
    deadline = deadline_rules.filing_deadline(
        guidance.case_deadlines(case),
        f"denial:{denial.pk}",
        {deadline_rules.EXTERNAL_REVIEW_EVENT},
    )
    window = (program and program.filing) or deadline_rules.RULE.get(
        (deadline_rules.FAMILY_OF_PLAN.get(plan_type), deadline_rules.EXTERNAL_REVIEW_EVENT)
    )
    references = References()
    reasons = answers(case, denial, references)
    keys = {s["key"] for r in reasons for s in r["sections"]} | {"history"}
    context.update(
        {
            "denial": denial_block(denial),
            "reasons": reasons,
            "urgent": urgent,
            "internal_decision": fmt_date(lost.decided_on) if lost else "",
            "internal_level": str(lost) if lost else "",
            "program": {
                "name": program.name,
                "addressee": program.addressee,
                "first_level": program.from_first_level,
            }
            if program and not program.federal
            else None,
            "send_to": program.how if program else "",
            "deadline": {
                "due": fmt_date(deadline.due),
                "span": window.span if window else "",
                "source": deadline.source.title,
                "late": timezone.localdate() > deadline.due,
            }
            if deadline
            else None,
            "late": late_filing(case, denial, deadline, timezone.localdate()),
            "decision_owed": {"span": rule.span, "source": rule.source.title} if rule else None,
            **case_facts(case, denial, keys),
            "references": references.listed,
            "enclosures": [
                "The denial notice dated " + fmt_date(denial.notice_date),
                "The final internal appeal decision"
                + (" dated " + fmt_date(lost.decided_on) if lost else ""),
                "My internal appeal letter and its enclosures",
                "A letter of medical necessity from my prescriber",
                *references.enclosure(),
            ],
        }
    )
    return context
