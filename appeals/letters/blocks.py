"""What every letter shares: formatting, and the case's facts as plain, JSON-safe blocks."""

from django.utils import timezone

from patients import guidance
from patients.knowledge.codes import DIAGNOSIS_LABELS, PLACES_OF_SERVICE, SERVICE_LABELS

POS_NAMES = dict(PLACES_OF_SERVICE)


def fmt_date(value):
    return f"{value:%B %-d, %Y}" if value else ""


def fmt_short(value):
    return f"{value:%b %-d, %Y}" if value else ""


def fmt_money(value):
    return f"${value:,.2f}" if value is not None else ""


def plain(value):
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
        "address": case.street_address,
        "city_line": ", ".join(
            filter(None, [case.city, " ".join(filter(None, [case.state, case.zip_code]))])
        ),
        "phone": case.phone,
    }


def provider_block(case, signer=None):
    """The treating provider, or for a letter clinic staff make, their own clinic and signer:
    the case's clinic details are kept only when it is the staff member's clinic."""
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
        own_clinic = block["clinic"].strip().casefold() == signer["clinic"].strip().casefold()
        block = {**(block if own_clinic else dict.fromkeys(block, "")), **signer}
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


def _outcome(trial):
    if not trial.outcome:
        return ""
    better = trial.improvement_percent
    return trial.get_outcome_display() + (f" ({better}% better)" if better is not None else "")


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
                "sessions": plain(t.sessions),
                "started": fmt_short(t.started_on),
                "ended": fmt_short(t.ended_on) or ("ongoing" if t.started_on else ""),
                "weeks": weeks,
                "outcome": _outcome(t),
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


def common(case, title, signer=None):
    return {
        "title": title,
        "date": fmt_date(timezone.localdate()),
        "patient": patient_block(case),
        "provider": provider_block(case, signer),
        "treatment": case.get_treatment_display(),
    }


def claim_lines(claim):
    return [
        {
            "date": fmt_date(claim.service_date),
            "pos": f"{line.place_of_service} ({POS_NAMES.get(line.place_of_service, '')})",
            "code": line.code,
            "description": SERVICE_LABELS.get(line.code, "")
            + (f": {line.drug_dose}" if line.drug_dose else ""),
            "units": line.units,
            "charge": fmt_money(line.charge),
            "total": fmt_money(line.charge * line.units),
        }
        for line in claim.lines.all()
    ]
