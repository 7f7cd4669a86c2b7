"""Original Medicare's first two levels: the redetermination request to the Medicare
Administrative Contractor and the reconsideration request to the Qualified Independent
Contractor, each carrying what its CMS form (CMS-20027, CMS-20033) asks for, then the appeal's
full argument."""

from .blocks import fmt_date
from .denials import appeal

ORIGINAL_MEDICARE = "medicare"


def _plan_type(case):
    policy = getattr(case, "policy", None)
    return policy.plan_type if policy else ""


def _service_dates(denial):
    if denial.claim_id:
        return fmt_date(denial.claim.service_date)
    if denial.prior_authorization_id:
        return "Not yet received (a request for coverage before treatment)"
    return ""


def _appellant(case, context):
    representative = context.get("representative")
    if representative:
        return f"{representative['name']}, representative of {context['patient']['name']}"
    return f"{context['patient']['name']}, the beneficiary"


def _form_items(case, denial, context):
    """What a written request not made on the CMS form must contain (42 CFR 405.944(b) for a
    redetermination; CMS's list for a reconsideration adds the contractor and its notice)."""
    patient = context["patient"]
    return [
        ("Beneficiary's name", patient["name"]),
        ("Medicare number", patient["member_id"]),
        ("Service or item", context["denial"]["subject"]),
        ("Date of service", _service_dates(denial)),
        ("Person making this request", _appellant(case, context)),
        ("Date of the initial determination", fmt_date(denial.notice_date)),
        ("Filed late", "Yes: the reason is given below" if context.get("late") else "No"),
    ]


def redetermination(case, target, signer=None):
    """A request for redetermination of an Original Medicare initial determination."""
    denial = target.obj
    context = appeal(case, target, signer)
    context.update(
        {
            "title": "Request for Medicare redetermination",
            "form": "CMS-20027",
            "send_to": ""
            if denial.appeals_address or denial.appeals_fax
            else "to the Medicare contractor at the address on your Medicare Summary Notice.",
            "form_rule": "42 CFR 405.944(b)",
            "form_items": [
                *_form_items(case, denial, context),
                ("Contractor that made the determination", context["patient"]["insurer"]),
            ],
        }
    )
    return context


def lost_redetermination(denial):
    return next(
        (
            a
            for a in reversed(denial.appeals.all())
            if a.level in ("redetermination", "internal_1") and a.outcome == "upheld"
        ),
        None,
    )


def reconsideration(case, target, signer=None):
    """A request to the Qualified Independent Contractor to reconsider an upheld
    redetermination: the last level at which new evidence can be sent without good cause."""
    denial = target.obj
    context = appeal(case, target, signer)
    lost = lost_redetermination(denial)
    decided = fmt_date(lost.decided_on) if lost else ""
    context.update(
        {
            "title": "Request for Medicare reconsideration",
            "form": "CMS-20033",
            "form_rule": "42 CFR 405.964(b)",
            "redetermination_date": decided,
            "send_to": "to the Qualified Independent Contractor at the address on your Medicare "
            "Redetermination Notice: not to the contractor that decided the redetermination.",
            "form_items": [
                *_form_items(case, denial, context),
                ("Contractor that made the redetermination", context["patient"]["insurer"]),
                ("Date of the redetermination notice", decided),
            ],
        }
    )
    context["enclosures"] = [
        "The Medicare Redetermination Notice" + (f" dated {decided}" if decided else ""),
        "Any documents the redetermination notice said were missing",
        *context["enclosures"],
    ]
    return context


def under_original_medicare(denial):
    return _plan_type(denial.case) == ORIGINAL_MEDICARE


def reconsideration_next(denial):
    """An Original Medicare denial whose redetermination was upheld."""
    return under_original_medicare(denial) and lost_redetermination(denial) is not None
