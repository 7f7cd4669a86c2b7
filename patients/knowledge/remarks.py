"""Remark codes on explanations of benefits and remittances, and the reason each one gives.

Claim Adjustment Reason Codes (CARC) and Remittance Advice Remark Codes (RARC) are maintained
by X12 and published by it; CMS republishes the lists. Only codes whose published wording names
one of the app's reason kinds are listed; the others are read and shown, without a reason."""

from dataclasses import dataclass

from .sources import Source

CARC_SOURCE = Source(
    "x12-carc",
    "X12 Claim Adjustment Reason Codes (code list maintained by X12)",
    "https://x12.org/codes/claim-adjustment-reason-codes",
    reviewed="2026-11-30",
)
RARC_SOURCE = Source(
    "x12-rarc",
    "X12 Remittance Advice Remark Codes (code list maintained for CMS by X12)",
    "https://x12.org/codes/remittance-advice-remark-codes",
    reviewed="2026-11-30",
)


@dataclass(frozen=True)
class Remark:
    code: str  # "50" for a CARC (its group, CO/PR/OA/PI, is said apart), "N386" for a RARC
    meaning: str  # the published wording, shortened
    reason: str  # a DenialReasonKind value
    source: Source


def _carc(code, meaning, reason):
    return Remark(code, meaning, reason, CARC_SOURCE)


def _rarc(code, meaning, reason):
    return Remark(code, meaning, reason, RARC_SOURCE)


REMARKS = {
    r.code: r
    for r in (
        _carc("4", "The procedure code is inconsistent with the modifier used.", "coding_error"),
        _carc(
            "5", "The procedure code is inconsistent with the place of service.", "coding_error"
        ),
        _carc("11", "The diagnosis is inconsistent with the procedure.", "coding_error"),
        _carc(
            "15",
            "The authorization number is missing, invalid, or does not apply to the billed "
            "services or provider.",
            "no_prior_auth",
        ),
        _carc(
            "16", "Claim/service lacks information or has submission/billing error(s).",
            "missing_docs",
        ),
        _carc(
            "50",
            "These are non-covered services because this is not deemed a “medical necessity” "
            "by the payer.",
            "not_necessary",
        ),
        _carc(
            "55", "Procedure/treatment/drug is deemed experimental/investigational by the payer.",
            "experimental",
        ),
        _carc(
            "56", "Procedure/treatment has not been deemed “proven to be effective” by the payer.",
            "experimental",
        ),
        _carc("18", "Exact duplicate claim/service.", "other"),
        _carc(
            "22", "This care may be covered by another payer per coordination of benefits.", "other"
        ),
        _carc("27", "Expenses incurred after coverage terminated.", "other"),
        _carc("29", "The time limit for filing has expired.", "other"),
        _carc("96", "Non-covered charge(s).", "exclusion"),
        _carc(
            "97",
            "The benefit for this service is included in the payment/allowance for another "
            "service/procedure that has already been adjudicated.",
            "other",
        ),
        _carc(
            "109",
            "Claim/service not covered by this payer/contractor. You must send the "
            "claim/service to the correct payer/contractor.",
            "other",
        ),
        _carc(
            "119", "Benefit maximum for this time period or occurrence has been reached.",
            "dose_frequency",
        ),
        _carc(
            "151",
            "The payer deems the information submitted does not support this many/frequency of "
            "services.",
            "dose_frequency",
        ),
        _carc("167", "This (these) diagnosis(es) is (are) not covered.", "exclusion"),
        _carc("181", "Procedure code was invalid on the date of service.", "coding_error"),
        _carc("182", "Procedure modifier was invalid on the date of service.", "coding_error"),
        _carc("197", "Precertification/notification/authorization/pre-treatment absent.",
              "no_prior_auth"),
        _carc("198", "Precertification/notification/authorization/pre-treatment exceeded.",
              "dose_frequency"),
        _carc(
            "204",
            "This service/equipment/drug is not covered under the patient's current benefit "
            "plan.",
            "exclusion",
        ),
        # (an NCCI edit: the codes billed together on one day, not the care, are the problem)
        _carc(
            "236",
            "This procedure or procedure/modifier combination is not compatible with another "
            "procedure or procedure/modifier combination provided on the same day according to "
            "the National Correct Coding Initiative.",
            "coding_error",
        ),
        _carc("242", "Services not provided by network/primary care providers.", "out_of_network"),
        _carc("243", "Services not authorized by network/primary care providers.",
              "out_of_network"),
        _carc(
            "252", "An attachment/other documentation is required to adjudicate this claim.",
            "missing_docs",
        ),
        _rarc("M119", "Missing/incomplete/invalid/deactivated/withdrawn National Drug Code "
              "(NDC).", "coding_error"),
        _rarc("M127", "Missing patient medical record for this service.", "missing_docs"),
        _rarc("M62", "Missing/incomplete/invalid treatment authorization code.", "no_prior_auth"),
        _rarc(
            "MA130",
            "Your claim contains incomplete and/or invalid information, and no appeal rights are "
            "afforded because the claim is unprocessable.",
            "missing_docs",
        ),
        _rarc(
            "N54",
            "Claim information is inconsistent with pre-certified/authorized services. "
            "Additional information is needed.",
            "no_prior_auth",
        ),
        _rarc(
            "N362", "The number of days or units of service exceeds our acceptable maximum.",
            "dose_frequency",
        ),
        _rarc("N479", "Missing Explanation of Benefits (Coordination of Benefits or Medicare "
              "Secondary Payer).", "missing_docs"),
        _rarc("N640", "Exceeds number/frequency approved/allowed within time period.",
              "dose_frequency"),
    )
}  # fmt: skip


def remark(code):
    """The entry for "CO-50", "50" or "N386", or None."""
    code = code.upper().replace(" ", "")
    if "-" in code:
        code = code.split("-", 1)[1]
    return REMARKS.get(code)
