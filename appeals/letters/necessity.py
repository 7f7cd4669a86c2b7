"""The letter of medical necessity and request for prior authorization (step 6)."""

from django.utils import timezone

from patients.knowledge import arguments, billing
from patients.knowledge.codes import SERVICE_LABELS, suggested_codes
from patients.knowledge.criteria import MET

from .blocks import common, criteria, diagnoses, plain, scores, treatments
from .denials import References


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
    lines = billing.code_lines(
        case.treatment,
        policy.plan_type if policy else "",
        today,
        request.dosing_plan if request else "",
    )
    units = {line.code: line.units for line in lines}
    codes = (
        request.code_list
        if request and request.codes
        else billing.code_list(lines) or suggested_codes(case.treatment, "", today)
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
    indications = arguments.indications_for([d.code for d in case.diagnoses.all()])
    references = References()
    cited = [
        references.cite(r)
        for r in arguments.references_for("evidence", case.treatment, indications)
    ]
    if failed:
        rationale.append(
            f"The treatments already tried have not worked or were not tolerated; "
            f"{case.get_treatment_display()} is the next step for this patient."
        )
    context.update(
        {
            "request": {
                "service": case.get_treatment_display(),
                "codes": [
                    {"code": c, "label": SERVICE_LABELS.get(c, ""), "units": units.get(c, "")}
                    for c in codes
                ],
                "sessions": plain(sessions),
                "urgent": urgent,
                "place_of_service": "11 (office)",
                "reference": request.reference_number if request else "",
                "dosing_plan": request.dosing_plan if request else "",
            },
            "indications": [str(i) for i in indications],
            "evidence": cited,
            "references": references.listed,
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
                *references.enclosure(),
            ],
        }
    )
    return context
