"""How soon a Medicare Advantage, Part D or Medicaid plan must decide a prior-authorization
request, by urgency and by drug or service. (Employer and individual plans' clocks are in
group.py.)"""

from datetime import date

from .. import sources
from .rules import Rule, RuleNote

# The 2026 federal prior-authorization rule (CMS-0057-F) shortened standard decisions on
# services to 7 days from this date; drugs are excluded from it.
SHORTER_FROM = date(2026, 1, 1)
LATER_EVENT = "_from_2026"


def _rules():
    advantage, part_d, medicaid = sources.CFR_422_568, sources.CFR_423_568, sources.CFR_438_210
    return (
        Rule(
            "medicare_advantage",
            "pa_decision_standard",
            14,
            "days",
            "the plan decides a standard request for a service (requests made before 2026)",
            advantage,
        ),
        Rule(
            "medicare_advantage",
            "pa_decision_standard" + LATER_EVENT,
            7,
            "days",
            "the plan decides a standard request for a service that needs prior authorization "
            "(from January 1, 2026)",
            advantage,
        ),
        Rule(
            "medicare_advantage",
            "pa_decision_urgent",
            72,
            "hours",
            "the plan decides an expedited request for a service",
            advantage,
        ),
        Rule(
            "medicare_advantage",
            "pa_decision_part_b_drug",
            72,
            "hours",
            "the plan decides a standard request for a Part B drug (esketamine given in a "
            "clinic is one); it may not extend this",
            advantage,
        ),
        Rule(
            "medicare_advantage",
            "pa_decision_urgent_part_b_drug",
            24,
            "hours",
            "the plan decides an expedited request for a Part B drug; it may not extend this",
            advantage,
        ),
        Rule(
            "part_d",
            "pa_decision_standard",
            72,
            "hours",
            "the drug plan decides a standard coverage determination",
            part_d,
        ),
        Rule(
            "part_d",
            "pa_decision_urgent",
            24,
            "hours",
            "the drug plan decides an expedited coverage determination",
            part_d,
        ),
        Rule(
            "medicaid",
            "pa_decision_standard",
            14,
            "days",
            "the Medicaid plan decides a standard request for a service (requests made before "
            "2026)",
            medicaid,
        ),
        Rule(
            "medicaid",
            "pa_decision_standard" + LATER_EVENT,
            7,
            "days",
            "the Medicaid plan decides a standard request for a service (plan years from "
            "January 1, 2026)",
            medicaid,
        ),
        Rule(
            "medicaid",
            "pa_decision_urgent",
            72,
            "hours",
            "the Medicaid plan decides an expedited request for a service",
            medicaid,
        ),
    )


RULES = _rules()

NOTES = (
    RuleNote(
        "medicaid",
        "The 7-day limit starts with the plan's first rating period beginning on or after "
        "January 1, 2026 (14 days before it). The 2026 limits exclude drugs.",
        sources.CMS_0057_DRUGS,
    ),
    RuleNote(
        "medicaid",
        "For a covered outpatient drug, Medicaid must answer a prior-authorization request "
        "within 24 hours, and give a 72-hour supply in an emergency. Whether a drug given in a "
        "clinic counts as one depends on how your state covers it: ask your plan.",
        sources.USC_1396R_8,
    ),
    RuleNote(
        "medicare_advantage",
        "A request for a Part B drug (esketamine given in a clinic is one) must be decided "
        "within 72 hours, or 24 if expedited; the plan may not take longer.",
        sources.CFR_422_568,
    ),
)


def request_event(family, urgent, submitted_on, drug):
    """The rule event for a prior-authorization request: by urgency, by whether it is for a
    drug the plan treats as one (a Medicare Part B drug), and by date."""
    base = "pa_decision_urgent" if urgent else "pa_decision_standard"
    if drug and family == "medicare_advantage":
        return base + "_part_b_drug" if urgent else "pa_decision_part_b_drug"
    if drug and family == "medicaid":
        return ""  # drugs are outside 438.210's limits: see the notes, no date invented
    if not urgent and submitted_on >= SHORTER_FROM:
        return base + LATER_EVENT
    return base
