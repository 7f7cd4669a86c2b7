"""The letter of medical necessity and request for prior authorization (step 6)."""

from django.utils import timezone

from patients.knowledge.codes import SERVICE_LABELS, suggested_codes
from patients.knowledge.criteria import MET

from .blocks import common, criteria, diagnoses, plain, scores, treatments


def _latest_request(case):
    requests = list(case.prior_authorizations.all())
    return requests[-1] if requests else None


def medical_necessity(case, target, signer=None):
    """Letter of medical necessity and prior-authorization request (step 6)."""
    context = common(
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
                "sessions": plain(sessions),
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
