"""The superbill: an itemized statement of claims, for the patient to send to the plan (step 7)."""

from .blocks import claim_lines, common, diagnoses, fmt_date, fmt_money


def superbill(case, target, signer=None):
    """Itemized superbill for claims the patient paid (step 7): one claim or a date range."""
    claims = target.obj
    provider = getattr(case, "provider", None)
    context = common(case, "Superbill", signer)
    lines = [line for claim in claims for line in claim_lines(claim)]
    charged = sum((c.total_charge for c in claims), 0)
    paid = sum((c.paid_to_provider or 0 for c in claims), 0)
    dates = [c.service_date for c in claims]
    context.update(
        {
            "diagnoses": diagnoses(case),
            "in_network": bool(provider and provider.in_network == "yes"),
            "lines": lines,
            "period": (
                fmt_date(min(dates))
                + (f" to {fmt_date(max(dates))}" if max(dates) != min(dates) else "")
            )
            if dates
            else "",
            "claim_numbers": [c.claim_number for c in claims if c.claim_number],
            "total_charged": fmt_money(charged),
            "total_paid": fmt_money(paid),
            "balance": fmt_money(charged - paid),
        }
    )
    return context
