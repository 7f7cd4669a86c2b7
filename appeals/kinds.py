"""The letter kinds: one registry entry each. Views, the clinic's case file, offers, services,
downloads and `render_letter` all read this registry; none of them names a kind."""

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from patients.knowledge.deadlines import has_external_review
from patients.models import Denial, PriorAuthorization
from patients.words import in_sentence

from .letters import case, claims, complaint, denials, medicare, necessity, renewal, requests
from .letters.blocks import fmt_date
from .targets import (
    ClaimTarget,
    DateRangeTarget,
    NoTarget,
    RegulatorTarget,
    RowTarget,
    Target,
)


class Addressee(StrEnum):
    INSURER = "insurer"
    REGULATOR = "regulator"
    HEARING_OFFICE = "hearing office"
    REVIEWER = "independent reviewer"
    PRESCRIBER = "prescriber"
    PATIENT = "patient"


class Voice(StrEnum):
    PATIENT = "patient"
    REPRESENTATIVE = "representative"
    PRESCRIBER = "prescriber"
    CLINIC = "clinic"


class Maker(StrEnum):
    PATIENT = "patient"
    STAFF = "staff"


ANYONE = frozenset(Maker)


@dataclass(frozen=True)
class LetterKind:
    slug: str
    title: str
    page: str  # the wizard step (or "dashboard") that offers it to the patient
    gather: Callable[..., dict]  # (case, target, signer=None) -> the letter's context
    addressee: Addressee
    voice: Voice
    targets: tuple = (NoTarget(),)  # what it can be made for; the first listed is offered first
    makers: frozenset = ANYONE
    none_yet: str = ""  # shown on its page while the case has nothing to make it for
    template_name: str = ""

    @property
    def template(self):
        return self.template_name or f"appeals/letters/{self.slug}.html"

    @property
    def sent_by_patient(self):
        """Whether the patient sends it to an insurer, regulator or hearing office (and so
        gets a cover sheet saying how)."""
        return self.addressee in (
            Addressee.INSURER,
            Addressee.REGULATOR,
            Addressee.HEARING_OFFICE,
            Addressee.REVIEWER,
        )

    def options(self, case):
        """Every target the case has for this kind, listed."""
        return [t for target_kind in self.targets for t in target_kind.options(case)]

    def subject(self, target: Target):
        return f"{self.title} for {target.label}" if target.label else self.title


LETTER_KINDS: dict[str, LetterKind] = {}


def register(kind):
    """Add a letter kind to the registry (replacing one of the same slug)."""
    LETTER_KINDS[kind.slug] = kind
    return kind


def unregister(slug):
    LETTER_KINDS.pop(slug, None)


def pages():
    """The pages that offer letters to the patient."""
    return {kind.page for kind in LETTER_KINDS.values() if Maker.PATIENT in kind.makers}


def _denial_label(denial: Denial):
    return f"the {denial.reasons_label} denial of {fmt_date(denial.notice_date)}"


def denials_where(when=None):
    """The case's denials (those `when` accepts) as a letter's targets."""
    return RowTarget("denial", lambda c: c.denials.all(), _denial_label, when=when)


DENIAL = denials_where()
# Original Medicare's first levels have letters of their own, carrying what the CMS forms ask.
PLAN_DENIAL = denials_where(lambda d: not medicare.under_original_medicare(d))


def _external_review_next(denial):
    """A lost internal appeal, under a plan whose next level is external review."""
    policy = getattr(denial.case, "policy", None)
    plan_type = policy.plan_type if policy else ""
    return has_external_review(plan_type) and denials.final_internal_denial(denial) is not None


LOST_INTERNAL_APPEAL = denials_where(_external_review_next)
CLAIM = ClaimTarget(
    "claim",
    lambda c: [claim for claim in c.claims.all() if claim.lines.all()],
    lambda claim: f"the claim of {fmt_date(claim.service_date)}",
)
APPROVAL = RowTarget(
    "approval",
    lambda c: c.prior_authorizations.all(),
    lambda pa: f"the approval of {pa.get_service_display()} on {fmt_date(pa.decided_on)}",
    when=lambda pa: (
        pa.decision in (PriorAuthorization.Decision.APPROVED, PriorAuthorization.Decision.PARTIAL)
    ),
)
APPEAL_LEVEL = RowTarget(
    "appeal",
    lambda c: [appeal for denial in c.denials.all() for appeal in denial.appeals.all()],
    lambda a: f"the {in_sentence(a.get_level_display())} of the {_denial_label(a.denial)[4:]}",
)
REGULATOR = RegulatorTarget()

for _kind in (
    LetterKind(
        "medical-necessity",
        "Letter of medical necessity",
        "prior-authorization",
        necessity.medical_necessity,
        Addressee.INSURER,
        Voice.PRESCRIBER,
    ),
    LetterKind(
        "renewal",
        "Renewal request",
        "prior-authorization",
        renewal.renewal_request,
        Addressee.INSURER,
        Voice.PRESCRIBER,
        targets=(APPROVAL,),
        none_yet="Record an approval to make its renewal request.",
    ),
    LetterKind(
        "appeal",
        "Appeal letter",
        "appeal",
        denials.appeal,
        Addressee.INSURER,
        Voice.PATIENT,
        targets=(PLAN_DENIAL,),
        none_yet="Record a denial to make an appeal letter for it.",
    ),
    LetterKind(
        "medicare-redetermination",
        "Medicare redetermination request",
        "appeal",
        medicare.redetermination,
        Addressee.INSURER,
        Voice.PATIENT,
        targets=(denials_where(medicare.under_original_medicare),),
    ),
    LetterKind(
        "medicare-reconsideration",
        "Medicare reconsideration request",
        "appeal",
        medicare.reconsideration,
        Addressee.REVIEWER,
        Voice.PATIENT,
        targets=(denials_where(medicare.reconsideration_next),),
    ),
    LetterKind(
        "claim-file",
        "Request for the claim file and criteria",
        "appeal",
        requests.claim_file_request,
        Addressee.INSURER,
        Voice.PATIENT,
        targets=(DENIAL,),
    ),
    LetterKind(
        "expedited-appeal",
        "Request for an expedited appeal",
        "appeal",
        requests.expedited_appeal,
        Addressee.INSURER,
        Voice.PRESCRIBER,
        targets=(DENIAL,),
    ),
    LetterKind(
        "peer-to-peer",
        "Peer-to-peer preparation sheet",
        "appeal",
        requests.peer_to_peer,
        Addressee.PRESCRIBER,
        Voice.PATIENT,
        targets=(DENIAL,),
    ),
    LetterKind(
        "fair-hearing",
        "Request for a state fair hearing",
        "appeal",
        requests.fair_hearing,
        Addressee.HEARING_OFFICE,
        Voice.PATIENT,
        targets=(denials_where(requests.lost_medicaid_appeal),),
    ),
    LetterKind(
        "external-review",
        "External review request",
        "appeal",
        denials.external_review,
        Addressee.REGULATOR,
        Voice.PATIENT,
        targets=(LOST_INTERNAL_APPEAL,),
    ),
    LetterKind(
        "complaint",
        "Complaint or grievance",
        "appeal",
        complaint.complaint,
        Addressee.REGULATOR,
        Voice.PATIENT,
        targets=(REGULATOR,),
        none_yet="A complaint letter needs your plan type (step 1): it decides who oversees "
        "your plan.",
    ),
    LetterKind(
        "superbill",
        "Superbill",
        "claims",
        claims.superbill,
        Addressee.INSURER,
        Voice.CLINIC,
        targets=(CLAIM, DateRangeTarget()),
        none_yet="Add a claim with its services to make a superbill.",
    ),
    LetterKind(
        "call-script",
        "Insurer call script",
        "insurer",
        case.call_script,
        Addressee.PATIENT,
        Voice.PATIENT,
    ),
    LetterKind(
        "support-letter",
        "Letter of support",
        "appeal",
        case.support_letter,
        Addressee.PATIENT,  # handed to the supporter, who signs it and gives it back
        Voice.PATIENT,
    ),
    LetterKind(
        "case-summary",
        "Case summary",
        "dashboard",
        case.case_summary,
        Addressee.PATIENT,
        Voice.PATIENT,
    ),
):
    register(_kind)
