"""A patient's case as one archive they can take anywhere: `case.json` (every record, in the
schema the README documents), each letter version's PDF, each kept document, and who accessed
the case. The clinic's internal notes are the clinic's and stay with it."""

import datetime
import io
import json
import zipfile
from decimal import Decimal

from django.utils import timezone

from coverage_guide.audit import access_lines
from coverage_guide.models import AuditEvent

SCHEMA = "coverage-guide-case/1"
# Internal fields that mean nothing outside the app.
LEFT_OUT = {
    "version",
    "submission_id",
    "case",
    "owner",
    "data",
    "pdf",
    "context",
    "claim",
    "denial",
    "prior_authorization",
    "added_by",
    "created_by",
    "consented_by",
}


def _value(value):
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def record(obj):
    """A row's own fields, by name, JSON-ready (choices as stored, with their words alongside)."""
    out = {}
    for field in obj._meta.concrete_fields:
        if field.name in LEFT_OUT or field.name.endswith("_ptr"):
            continue
        value = getattr(obj, field.attname)
        out[field.name] = _value(value)
        if field.choices and value not in (None, ""):
            out[f"{field.name}_display"] = str(getattr(obj, f"get_{field.name}_display")())
    return out


def case_record(case, prefix=""):
    """(the case as a dict, [(path in the archive, bytes)])."""
    files = []
    letters = []
    for version in case.letters.order_by("created_at", "pk"):
        target = version.target_key.replace(":", "-").replace("/", "-") or "case"
        path = f"{prefix}letters/{version.kind}-{target}-v{version.number}.pdf"
        files.append((path, bytes(version.pdf)))
        letters.append({**record(version), "file": path})
    documents = []
    for document in case.documents.order_by("added_at", "pk"):
        path = f"{prefix}documents/{document.pk}-{document.kind}.{document.extension}"
        files.append((path, bytes(document.data)))
        documents.append({**record(document), "file": path})
    events = AuditEvent.objects.filter(case_id=case.pk).order_by("-at", "-pk")
    data = {
        "case": record(case),
        "policy": record(case.policy) if hasattr(case, "policy") else None,
        "provider": record(case.provider) if hasattr(case, "provider") else None,
        "diagnoses": [record(r) for r in case.diagnoses.all()],
        "scores": [record(r) for r in case.scores.all()],
        "treatments": [record(r) for r in case.treatments.all()],
        "contacts": [record(r) for r in case.contacts.all()],
        "prior_authorizations": [record(r) for r in case.prior_authorizations.all()],
        "claims": [
            {**record(c), "lines": [record(line) for line in c.lines.all()]}
            for c in case.claims.all()
        ],
        "denials": [
            {
                **record(d),
                "prior_authorization": d.prior_authorization_id,
                "claim": d.claim_id,
                "reasons": [record(r) for r in d.reasons.all()],
                "appeals": [record(a) for a in d.appeals.all()],
            }
            for d in case.denials.all()
        ],
        "aid_applications": [record(r) for r in case.aid_applications.all()],
        "reminders_sent": [record(r) for r in case.reminder_mails.all()],
        "shared_with": [
            {
                "clinic": s.clinic.name,
                "since": _value(s.consented_at),
                "until": _value(s.revoked_at),
            }
            for s in case.shares.select_related("clinic")
        ],
        "letters": letters,
        "documents": documents,
        # What the denial reader found in a letter this case was built from, while kept (3 days).
        "denial_readings": [
            {
                "read_at": _value(d.created_at),
                "source": d.source,
                "pages": d.pages,
                "findings": d.findings,
                "expires_at": _value(d.expires_at),
            }
            for d in case.denial_drafts.order_by("created_at", "pk")
        ],
        "access_log": [
            {
                "at": _value(line.last.at),
                "who": line.last.actor_label,
                "clinic": line.last.clinic_name,
                "what": line.last.description,
                "times": line.count,
                "outcome": line.last.outcome,
            }
            for line in access_lines(events)
        ],
    }
    return data, files


def archive(cases):
    """The zip of one case, or of several (each in its own folder)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zipped:
        many = len(cases) > 1
        for case in cases:
            prefix = f"case-{case.pk}/" if many else ""
            data, files = case_record(case, prefix)
            payload = {"schema": SCHEMA, "exported_at": timezone.now().isoformat(), **data}
            zipped.writestr(f"{prefix}case.json", json.dumps(payload, indent=2, ensure_ascii=False))
            for path, content in files:
                zipped.writestr(path, content)
    return out.getvalue()
