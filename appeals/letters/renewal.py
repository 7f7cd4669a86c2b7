"""The prescriber's request to renew an approval before it ends (step 6): what was approved,
the sessions given, and the response on the scale measured before treatment began."""

from patients.knowledge import renewal
from patients.knowledge.scales import SCALES_BY_KEY

from .blocks import common, diagnoses, fmt_date


def _progress(case, started_on):
    readings = [(s.scale, s.score, s.taken_on) for s in case.scores.all()]
    return [
        {
            "scale": SCALES_BY_KEY[p.scale].name if p.scale in SCALES_BY_KEY else p.scale,
            "baseline": p.baseline.score,
            "baseline_date": fmt_date(p.baseline.taken_on),
            "latest": p.latest.score,
            "latest_date": fmt_date(p.latest.taken_on),
            "change": p.change,
            "percent": p.percent,
        }
        for p in renewal.progress(readings, started_on)
    ]


def renewal_request(case, target, signer=None):
    approval = target.obj
    started = approval.approved_from or approval.decided_on
    ended = approval.approved_until
    sessions = sorted(
        {
            c.service_date
            for c in case.claims.all()
            if started and c.service_date >= started and (ended is None or c.service_date <= ended)
        }
    )
    context = common(case, "Request to continue treatment: renewal of prior authorization", signer)
    context.update(
        {
            "approval": {
                "service": approval.get_service_display(),
                "reference": approval.reference_number,
                "codes": approval.codes,
                "decided_on": fmt_date(approval.decided_on),
                "approved_from": fmt_date(approval.approved_from),
                "approved_until": fmt_date(ended),
                "sessions_approved": approval.sessions_approved,
                "dosing_plan": approval.dosing_plan,
            },
            "sessions_given": len(sessions),
            "last_session": fmt_date(sessions[-1]) if sessions else "",
            "progress": _progress(case, started),
            "diagnoses": diagnoses(case),
        }
    )
    return context
