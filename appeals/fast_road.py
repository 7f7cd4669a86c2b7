"""The fast road from a denial letter: read it into a draft, let the person correct it, then
build the case's rows from what they confirmed. Views stay thin; this is the work.

A draft belongs to the person signed in who made it, or — made before signing in — to the
browser session that made it (its token is kept in that session, which survives signing up
and signing in); anyone else gets 404. Drafts expire after DenialDraft.LIFETIME_HOURS."""

import secrets
from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.http import Http404
from django.utils import timezone

from patients.documents import check_file, sniff
from patients.models import (
    Appeal,
    Case,
    Claim,
    Denial,
    DenialReason,
    Document,
    InsurancePolicy,
    PriorAuthorization,
)

from . import reader
from .models import DenialDraft
from .reader.extract import Extracted

SESSION_KEY = "denial_drafts"
ESKETAMINE_CODES = {"G2082", "G2083", "S0013", "J0013"}


def purge_expired():
    DenialDraft.objects.filter(expires_at__lte=timezone.now()).delete()


def make_draft(request, extracted: Extracted, files, keep_file, source):
    """A new draft of what the reader found; its file kept only if asked (and keepable)."""
    purge_expired()
    reading = reader.read(extracted.text)
    kept = [(name, data) for name, data in files if sniff(data)] if keep_file else []
    draft = DenialDraft.objects.create(
        token=secrets.token_urlsafe(32),
        owner=request.user if request.user.is_authenticated else None,
        findings=reading.as_dict(),
        files=[{"name": n[:200], "size": len(d), "type": sniff(d)} for n, d in kept],
        data=b"".join(d for _, d in kept) if kept else None,
        keep_file=bool(kept),
        source=source,
        pages=extracted.pages,
        expires_at=timezone.now() + timedelta(hours=DenialDraft.LIFETIME_HOURS),
    )
    if not request.user.is_authenticated:
        tokens = request.session.get(SESSION_KEY, [])[-9:]
        request.session[SESSION_KEY] = tokens + [draft.token]
    return draft, reading


def draft_for(request, token):
    """The draft, if this person (or this browser, before signing in) made it; else 404. A
    draft made before signing in becomes the person's once they have."""
    draft = DenialDraft.objects.filter(token=token[:43], expires_at__gt=timezone.now()).first()
    if draft is None:
        raise Http404("No such draft.")
    user = request.user if request.user.is_authenticated else None
    if draft.owner_id is not None:
        if user is None or draft.owner_id != user.pk:
            raise Http404("No such draft.")
        return draft
    if token not in request.session.get(SESSION_KEY, []):
        raise Http404("No such draft.")
    if user is not None:
        draft.owner = user
        draft.save(update_fields=["owner"])
    return draft


def kept_files(draft):
    out, offset = [], 0
    for entry in draft.files:
        out.append((entry["name"], draft.data[offset : offset + entry["size"]]))
        offset += entry["size"]
    return out


def treatment_for(codes, wording=""):
    """Esketamine when its codes or names appear; else IV ketamine (the person can change it)."""
    named = any(word in wording.lower() for word in ("esketamine", "spravato"))
    if named or ESKETAMINE_CODES & {c.upper() for c in codes}:
        return "esketamine"
    return "iv_ketamine"


@transaction.atomic
def build(draft, data, user):
    """The case's rows from the confirmed findings: the plan's facts, the prior authorization
    or claim, the denial with each reason in the insurer's words, a lost internal appeal when
    this is the final decision, and the kept letter. Returns (case, denial)."""
    case = data.get("case")
    if case is None:
        case = Case.objects.create(
            owner=user,
            treatment=data["treatment"],
            patient_name=data["patient_name"],
            nickname=f"Denial of {data['notice_date']:%b %-d, %Y}"[:80],
        )
    if not case.patient_name:
        # A change like any other: its version moves on, so a form open elsewhere sees it.
        case.patient_name, case.version = data["patient_name"], case.version + 1
        case.save(update_fields=["patient_name", "version"])
    policy, _ = InsurancePolicy.objects.get_or_create(case=case)
    changed = []
    for field, value in (
        ("insurer", data.get("insurer")),
        ("plan_type", data.get("plan_type")),
        ("member_id", data.get("member_id")),
    ):
        if value and not getattr(policy, field):
            setattr(policy, field, value)
            changed.append(field)
    if changed:
        policy.version += 1
        policy.save()
    authorization = claim = None
    codes = ", ".join(data.get("service_codes") or [])
    if data["denied"] == "claim":
        claim = Claim.objects.create(
            case=case,
            service_date=data["service_date"],
            claim_number=(data.get("claim_number") or "")[:40],
            status=Claim.Status.DENIED,
            denial_code=", ".join(data.get("remark_codes") or [])[:20],
            denial_reason=" ".join(data["wording"].values())[:1000],
        )
    else:
        authorization = PriorAuthorization.objects.create(
            case=case,
            service=data["treatment"],
            codes=codes[:60],
            urgency="urgent" if data.get("urgent") else "standard",
            reference_number=(data.get("reference_number") or "")[:60],
            decision=PriorAuthorization.Decision.DENIED,
            decided_on=data["notice_date"],
        )
    denial = Denial.objects.create(
        case=case,
        prior_authorization=authorization,
        claim=claim,
        notice_date=data["notice_date"],
        received_on=data.get("received_on"),
        appeal_by_on_notice=data.get("appeal_by"),
        reference_number=(data.get("reference_number") or data.get("claim_number") or "")[:60],
        appeals_address=(data.get("appeals_address") or "")[:300],
        appeals_fax=(data.get("appeals_fax") or "")[:20],
    )
    for kind in data["reasons"]:
        DenialReason.objects.create(
            denial=denial,
            reason=kind,
            insurer_wording=data["wording"].get(kind, "")[:4000],
        )
    if data.get("final_internal"):
        Appeal.objects.create(
            denial=denial,
            level=Appeal.Level.INTERNAL_1,
            outcome=Appeal.Outcome.UPHELD,
            decided_on=data["notice_date"],
        )
    if draft.keep_file:
        keep_documents(draft, case, denial, user)
    draft.case = case
    draft.save(update_fields=["case"])
    return case, denial


def keep_documents(draft, case, denial, user):
    files = kept_files(draft)
    for number, (name, data) in enumerate(files, start=1):
        checked = check_file(SimpleUploadedFile(name, data))
        title = "Denial notice" + (f", page {number} of {len(files)}" if len(files) > 1 else "")
        Document.objects.create(
            case=case,
            kind=Document.Kind.DENIAL_NOTICE,
            title=title,
            dated_on=denial.notice_date,
            file_type=checked.file_type,
            file_name=name[:200],
            size=len(checked.data),
            pages=checked.pages,
            sha256=checked.sha256,
            data=checked.data,
            added_by=user,
            added_by_name=user.get_full_name(),
        )
