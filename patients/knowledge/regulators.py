"""Who oversees a plan, by plan type: where a complaint about a plan's handling goes. For
Medicare Advantage and Part D the first place is the plan itself, as a grievance."""

from dataclasses import dataclass

from . import sources
from .sources import Source


@dataclass(frozen=True)
class Regulator:
    key: str
    name: str
    plan_types: tuple[str, ...]
    by_state: bool  # one office per state (its state is part of the letter's target)
    source: Source
    how: str = ""  # how to reach it, told to the patient on the cover sheet
    grievance: bool = False  # a grievance to the plan itself, not a complaint to an overseer
    respond: str = ""  # what the rule says about the answer owed, said in the letter


REGULATORS = (
    Regulator(
        "ebsa",
        "Employee Benefits Security Administration, U.S. Department of Labor",
        ("employer_self_funded",),
        False,
        sources.EBSA_REQUEST,
        how="Send it through EBSA's online request for assistance (askebsa.dol.gov), attaching "
        "this letter, or call a benefits advisor at 1-866-444-3272. State insurance "
        "departments don't oversee self-funded plans.",
    ),
    Regulator(
        "insurance-department",
        "state department of insurance",
        ("employer_fully_insured", "marketplace"),
        True,
        sources.NAIC_COMPLAINTS,
        how="Send it to the insurance department of the state where the policy was written "
        "(the NAIC's complaint page links to each one; most take complaints online, where you "
        "can attach this letter).",
    ),
    Regulator(
        "medicaid-agency",
        "state Medicaid agency",
        ("medicaid",),
        True,
        sources.MEDICAID_STATE_CONTACT,
        how="Send it to your state's Medicaid agency (its member services or ombudsman office; "
        "your plan's member handbook gives the address). A complaint does not replace an "
        "appeal or a fair hearing, and does not stop their deadlines.",
    ),
    Regulator(
        "ma-grievance",
        "grievance department of your Medicare Advantage plan",
        ("medicare_advantage",),
        False,
        sources.CMS_MA_GRIEVANCES,
        how="Send it to your plan's grievance address (in your Evidence of Coverage) within "
        "60 days of what you are complaining about. You can also use the Medicare Complaint "
        "Form on Medicare.gov, or call 1-800-MEDICARE.",
        grievance=True,
        respond="Please answer this grievance in writing within 30 days. If it is about your "
        "refusal to expedite my request or appeal, or your extension of its time frame, "
        "please treat it as an expedited grievance and answer within 24 hours.",
    ),
    Regulator(
        "part-d-grievance",
        "grievance department of your Part D plan",
        ("medicare_part_d",),
        False,
        sources.MEDICARE_PLAN_COMPLAINTS,
        how="Send it to your plan's grievance address (in your Evidence of Coverage), or use "
        "the Medicare Complaint Form on Medicare.gov, or call 1-800-MEDICARE.",
        grievance=True,
    ),
)


def regulators_for(plan_type):
    """The regulators whose oversight reaches a plan of this type (none when unknown)."""
    return [r for r in REGULATORS if plan_type in r.plan_types]
