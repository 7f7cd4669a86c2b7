"""Deadlines by plan type, from a table: urgent and standard, month ends, leap years.

Each row cites the rule it checks (shared/domain.md section 4)."""

from datetime import date

import pytest

from patients.knowledge.deadlines import (
    AppealFacts,
    CaseTimeline,
    ClaimFacts,
    DenialFacts,
    RequestFacts,
    case_deadlines,
    rules_summary,
)

D = date


def request(submitted, urgent=False, decided=False):
    return RequestFacts("pa:1", "IV ketamine request", urgent, submitted, decided)


def drug_request(submitted, urgent=False):
    return RequestFacts("pa:1", "Esketamine request", urgent, submitted, False, drug=True)


def denial(notice, received=None, pre_service=True, on_notice=None, appeals=()):
    return DenialFacts("denial:1", "Denial", notice, received, pre_service, on_notice, appeals)


def appeal(level="internal_1", filed=None, outcome="pending", decided=None, expedited=False):
    return AppealFacts(level, expedited, filed, outcome, decided)


def claim(service, submitted=None, decided=False):
    return ClaimFacts("claim:1", "Claim", service, submitted, decided)


SELF, FULLY, MARKET = "employer_self_funded", "employer_fully_insured", "marketplace"
MEDICAID, MEDICARE, ADVANTAGE = "medicaid", "medicare", "medicare_advantage"
PA_DUE = "The plan's decision is due"
APPEAL_DUE = "The plan's decision on your appeal is due"
FILE = "File an internal appeal"
EXTERNAL = "Request external review"
EXTERNAL_DUE = "The external reviewer's decision is due"

ROWS = [
    (
        "medicare_part_d",
        {"denials": (denial(D(2026, 3, 2)),)},
        "Ask your drug plan for a redetermination",
        D(2026, 5, 6),
        "Part D: 60 days from receipt presumed 5 days after the notice, 423.582(b)",
    ),
    (
        "medicare_part_d",
        {"denials": (denial(D(2026, 3, 2), appeals=(appeal(filed=D(2026, 3, 10)),)),)},
        APPEAL_DUE,
        D(2026, 3, 17),
        "Part D: a standard redetermination in 7 days",
    ),
    (
        "medicare_part_d",
        {
            "denials": (
                denial(D(2026, 3, 2), appeals=(appeal(filed=D(2026, 3, 10), expedited=True),)),
            )
        },
        APPEAL_DUE,
        D(2026, 3, 12),
        "Part D: an expedited redetermination in 72 hours",
    ),
    (
        ADVANTAGE,
        {
            "denials": (
                DenialFacts(
                    "denial:1",
                    "Denial",
                    D(2026, 5, 1),
                    None,
                    True,
                    appeals=(appeal(filed=D(2026, 5, 31)),),
                    part_b_drug=True,
                ),
            )
        },
        APPEAL_DUE,
        D(2026, 6, 7),
        "Medicare Advantage: a Part B drug (esketamine) is decided in 7 days, not 30",
    ),
    (
        ADVANTAGE,
        {
            "denials": (
                denial(D(2026, 5, 1), pre_service=False, appeals=(appeal(filed=D(2026, 5, 31)),)),
            )
        },
        APPEAL_DUE,
        D(2026, 7, 30),
        "Medicare Advantage: a payment reconsideration in 60 days",
    ),
    (
        SELF,
        {
            "denials": (
                denial(
                    D(2026, 10, 1),
                    appeals=(
                        appeal(filed=D(2026, 10, 1), outcome="upheld", decided=D(2026, 10, 30)),
                    ),
                ),
            )
        },
        EXTERNAL,
        D(2027, 3, 1),
        "the regulation's own example: Oct 30 plus 4 months is Mar 1, 147.136(d)(2)(i)",
    ),
    (
        SELF,
        {
            "denials": (
                denial(
                    D(2026, 10, 1),
                    appeals=(
                        appeal(filed=D(2026, 10, 1), outcome="upheld", decided=D(2026, 10, 29)),
                    ),
                ),
            )
        },
        EXTERNAL,
        D(2027, 3, 1),
        "Oct 29 plus 4 months: no Feb 29 in 2027, so Mar 1",
    ),
    (
        SELF,
        {
            "denials": (
                denial(
                    D(2027, 10, 1),
                    appeals=(
                        appeal(filed=D(2027, 10, 1), outcome="upheld", decided=D(2027, 10, 29)),
                    ),
                ),
            )
        },
        EXTERNAL,
        D(2028, 2, 29),
        "Oct 29 plus 4 months in a leap year is Feb 29",
    ),
    (
        SELF,
        {
            "denials": (
                denial(
                    D(2026, 10, 1),
                    appeals=(
                        appeal(filed=D(2026, 10, 1), outcome="upheld", decided=D(2026, 10, 28)),
                    ),
                ),
            )
        },
        EXTERNAL,
        D(2027, 3, 1),
        "Oct 28 plus 4 months is Sunday Feb 28: Monday Mar 1",
    ),
    (
        SELF,
        {
            "denials": (
                denial(
                    D(2026, 5, 1),
                    appeals=(
                        appeal(filed=D(2026, 5, 1), outcome="upheld", decided=D(2026, 5, 12)),
                    ),
                ),
            )
        },
        EXTERNAL,
        D(2026, 9, 14),
        "a last day on a Saturday moves to Monday",
    ),
    (
        FULLY,
        {
            "denials": (
                denial(
                    D(2026, 3, 1),
                    appeals=(appeal(filed=D(2026, 3, 1), outcome="upheld", decided=D(2026, 3, 3)),),
                ),
            )
        },
        EXTERNAL,
        D(2026, 7, 6),
        "Jul 3, 2026 is Independence Day observed: past the weekend to Monday Jul 6",
    ),
    (
        SELF,
        {
            "denials": (
                denial(
                    D(2026, 7, 1),
                    appeals=(
                        appeal(filed=D(2026, 7, 1), outcome="upheld", decided=D(2026, 7, 26)),
                    ),
                ),
            )
        },
        EXTERNAL,
        D(2026, 11, 27),
        "Thanksgiving moves the last day to Friday",
    ),
    (
        SELF,
        {
            "denials": (
                denial(
                    D(2026, 8, 1),
                    appeals=(
                        appeal(filed=D(2026, 8, 1), outcome="upheld", decided=D(2026, 8, 25)),
                    ),
                ),
            )
        },
        EXTERNAL,
        D(2026, 12, 28),
        "Christmas on a Friday moves the last day to Monday",
    ),
    (
        MARKET,
        {
            "denials": (
                denial(
                    D(2026, 9, 1),
                    appeals=(
                        appeal(filed=D(2026, 9, 1), outcome="upheld", decided=D(2026, 9, 18)),
                    ),
                ),
            )
        },
        EXTERNAL,
        D(2027, 1, 19),
        "Martin Luther King Jr. Day moves the last day to Tuesday",
    ),
    (
        SELF,
        {
            "denials": (
                denial(
                    D(2026, 9, 1),
                    appeals=(appeal(filed=D(2026, 9, 1), outcome="upheld", decided=D(2026, 9, 1)),),
                ),
            )
        },
        EXTERNAL,
        D(2027, 1, 4),
        "New Year's Day on a Friday moves the last day to Monday",
    ),
    (
        SELF,
        {
            "denials": (
                denial(
                    D(2026, 5, 1),
                    appeals=(appeal(filed=D(2026, 5, 1), outcome="upheld", decided=D(2026, 5, 7)),),
                ),
            )
        },
        EXTERNAL,
        D(2026, 9, 8),
        "Labor Day moves the last day to Tuesday",
    ),
    (
        SELF,
        {
            "denials": (
                denial(
                    D(2027, 2, 1),
                    appeals=(
                        appeal(filed=D(2027, 2, 1), outcome="upheld", decided=D(2027, 2, 18)),
                    ),
                ),
            )
        },
        EXTERNAL,
        D(2027, 6, 21),
        "Juneteenth observed on Friday Jun 18, 2027: Monday Jun 21",
    ),
    (
        SELF,
        {"denials": (denial(D(2026, 1, 1), received=D(2026, 1, 6)),)},
        FILE,
        D(2026, 7, 5),
        "180 days do not move off a Sunday: 2560.503-1(h)(3)(i) says nothing of weekends",
    ),
    (
        MEDICARE,
        {"denials": (denial(D(2026, 3, 2)),)},
        "Ask for a Medicare redetermination",
        D(2026, 7, 5),
        "Medicare: 120 days from receipt presumed 5 days after the notice, 405.942(a)(1)",
    ),
    (
        MEDICARE,
        {"denials": (denial(D(2026, 3, 2), received=D(2026, 3, 4)),)},
        "Ask for a Medicare redetermination",
        D(2026, 7, 2),
        "Medicare: 120 days from the day it was received, when that is known",
    ),
    (
        ADVANTAGE,
        {"denials": (denial(D(2026, 5, 31), received=D(2026, 6, 2)),)},
        "Ask your plan for reconsideration",
        D(2026, 8, 1),
        "Medicare Advantage: 60 days from the day it was received, when that is known",
    ),
    (
        SELF,
        {"requests": (request(D(2026, 12, 31), urgent=True),)},
        PA_DUE,
        D(2027, 1, 2),
        "urgent 72 hours across a year end and a holiday: hours do not stop for holidays",
    ),
    # (plan type, timeline parts, deadline title, expected due date or None, rule checked)
    (
        SELF,
        {"requests": (request(D(2026, 1, 20)),)},
        PA_DUE,
        D(2026, 2, 4),
        "pre-service 15 days, 2560.503-1(f)(2)(iii)(A)",
    ),
    (
        FULLY,
        {"requests": (request(D(2026, 12, 20)),)},
        PA_DUE,
        D(2027, 1, 4),
        "pre-service 15 days across a year end",
    ),
    (
        SELF,
        {"requests": (request(D(2026, 2, 27), urgent=True),)},
        PA_DUE,
        D(2026, 3, 1),
        "urgent 72 hours, 2560.503-1(f)(2)(i), from the start of Feb 27: ends with Mar 1",
    ),
    (
        SELF,
        {"requests": (request(D(2028, 2, 27), urgent=True),)},
        PA_DUE,
        D(2028, 2, 29),
        "urgent 72 hours over a leap day: ends with Feb 29",
    ),
    (
        FULLY,
        {"requests": (request(D(2026, 1, 20), decided=True),)},
        PA_DUE,
        D(2026, 2, 4),
        "a decided request keeps its date (marked done)",
    ),
    (
        SELF,
        {"claims": (claim(D(2026, 1, 2), submitted=D(2026, 1, 5)),)},
        "The plan's decision on the claim is due",
        D(2026, 2, 4),
        "post-service 30 days, 2560.503-1(f)(2)(iii)(B)",
    ),
    (
        SELF,
        {"denials": (denial(D(2026, 1, 5), received=D(2026, 1, 10)),)},
        FILE,
        D(2026, 7, 9),
        "180 days from receipt, 2560.503-1(h)(3)(i)",
    ),
    (
        FULLY,
        {"denials": (denial(D(2028, 1, 5), received=D(2028, 1, 10)),)},
        FILE,
        D(2028, 7, 8),
        "180 days across a leap day",
    ),
    (
        SELF,
        {"denials": (denial(D(2026, 3, 31)),)},
        FILE,
        D(2026, 9, 27),
        "no receipt date: count from the notice date (the earlier, safe date)",
    ),
    (
        SELF,
        {"denials": (denial(D(2026, 1, 5), received=D(2026, 1, 10), on_notice=D(2026, 5, 1)),)},
        FILE,
        D(2026, 5, 1),
        "the notice's earlier date wins",
    ),
    (
        SELF,
        {"denials": (denial(D(2026, 1, 5), received=D(2026, 1, 10), on_notice=D(2026, 12, 1)),)},
        FILE,
        D(2026, 7, 9),
        "the rule's earlier date wins over a later date on the notice",
    ),
    (
        SELF,
        {"denials": (denial(D(2026, 1, 5), appeals=(appeal(filed=D(2026, 1, 31)),)),)},
        APPEAL_DUE,
        D(2026, 3, 2),
        "pre-service appeal 30 days, 2560.503-1(i)(2)(ii)",
    ),
    (
        FULLY,
        {
            "denials": (
                denial(D(2026, 1, 5), pre_service=False, appeals=(appeal(filed=D(2026, 1, 31)),)),
            )
        },
        APPEAL_DUE,
        D(2026, 4, 1),
        "post-service appeal 60 days, 2560.503-1(i)(2)(iii)",
    ),
    (
        SELF,
        {
            "denials": (
                denial(D(2026, 12, 1), appeals=(appeal(filed=D(2026, 12, 30), expedited=True),)),
            )
        },
        APPEAL_DUE,
        D(2027, 1, 1),
        "urgent appeal 72 hours, 2560.503-1(i)(2)(i): the clock ignores holidays",
    ),
    (
        SELF,
        {
            "denials": (
                denial(
                    D(2026, 9, 1),
                    appeals=(
                        appeal(filed=D(2026, 9, 15), outcome="upheld", decided=D(2026, 10, 31)),
                    ),
                ),
            )
        },
        EXTERNAL,
        D(2027, 3, 1),
        "4 months from Oct 31: no Feb 31, so the first day of the fifth month, 147.136(d)(2)(i)",
    ),
    (
        FULLY,
        {
            "denials": (
                denial(
                    D(2027, 9, 1),
                    appeals=(
                        appeal(filed=D(2027, 9, 15), outcome="upheld", decided=D(2027, 10, 31)),
                    ),
                ),
            )
        },
        EXTERNAL,
        D(2028, 3, 1),
        "4 months from Oct 31 in a leap year: no Feb 31, so Mar 1",
    ),
    (
        SELF,
        {
            "denials": (
                denial(
                    D(2026, 7, 1),
                    appeals=(
                        appeal(filed=D(2026, 7, 15), outcome="upheld", decided=D(2026, 8, 31)),
                    ),
                ),
            )
        },
        EXTERNAL,
        D(2026, 12, 31),
        "4 months from Aug 31 is Dec 31",
    ),
    (
        SELF,
        {
            "denials": (
                denial(
                    D(2026, 2, 1),
                    appeals=(
                        appeal(filed=D(2026, 2, 15), outcome="upheld", decided=D(2026, 3, 31)),
                    ),
                ),
            )
        },
        EXTERNAL,
        D(2026, 7, 31),
        "4 months from Mar 31 is Jul 31",
    ),
    (
        SELF,
        {
            "denials": (
                denial(
                    D(2026, 1, 1),
                    appeals=(
                        appeal(filed=D(2026, 1, 2), outcome="upheld", decided=D(2026, 1, 10)),
                        appeal(level="external", filed=D(2026, 1, 15)),
                    ),
                ),
            )
        },
        EXTERNAL_DUE,
        D(2026, 3, 1),
        "standard external review 45 days, 2590.715-2719(d)",
    ),
    (
        FULLY,
        {
            "denials": (
                denial(
                    D(2026, 1, 1),
                    appeals=(
                        appeal(filed=D(2026, 1, 2), outcome="upheld", decided=D(2026, 1, 10)),
                        appeal(level="external", filed=D(2026, 2, 28), expedited=True),
                    ),
                ),
            )
        },
        EXTERNAL_DUE,
        D(2026, 3, 2),
        "expedited external review 72 hours: ends with the third day",
    ),
    (
        SELF,
        {"claims": (claim(D(2026, 11, 1)),)},
        "Submit the claim",
        D(2026, 12, 31),
        "timely filing unknown: the shortest common limit, 60 days",
    ),
    (
        SELF,
        {"claims": (claim(D(2026, 1, 31)),), "timely_filing_days": 180},
        "Submit the claim",
        D(2026, 7, 30),
        "the plan's own timely-filing limit",
    ),
    (
        MARKET,
        {"requests": (request(D(2026, 6, 1)),)},
        PA_DUE,
        D(2026, 6, 16),
        "individual plans: pre-service 15 days",
    ),
    (
        MARKET,
        {"denials": (denial(D(2026, 6, 25), received=D(2026, 6, 30)),)},
        FILE,
        D(2026, 12, 27),
        "individual plans: 180 days from receipt, 147.136(b)",
    ),
    (
        MARKET,
        {
            "denials": (
                denial(
                    D(2026, 1, 1),
                    appeals=(
                        appeal(filed=D(2026, 1, 5), outcome="upheld", decided=D(2026, 1, 31)),
                    ),
                ),
            )
        },
        EXTERNAL,
        D(2026, 6, 1),
        "individual plans: 4 months from Jan 31 is Sunday May 31, so Monday Jun 1",
    ),
    (
        MARKET,
        {
            "denials": (
                denial(
                    D(2026, 1, 1),
                    appeals=(
                        appeal(filed=D(2026, 1, 5), outcome="upheld", decided=D(2026, 1, 31)),
                        appeal(level="external", filed=D(2026, 12, 1)),
                    ),
                ),
            )
        },
        EXTERNAL_DUE,
        D(2027, 1, 15),
        "individual plans: external decision 45 days",
    ),
    (
        MEDICAID,
        {"denials": (denial(D(2026, 1, 1), received=D(2026, 1, 5)),)},
        "File an appeal with your Medicaid plan",
        D(2026, 3, 2),
        "Medicaid: 60 days from the notice, 438.402(c)(2)",
    ),
    (
        MEDICAID,
        {"denials": (denial(D(2028, 1, 1)),)},
        "File an appeal with your Medicaid plan",
        D(2028, 3, 1),
        "Medicaid: 60 days across a leap day",
    ),
    (
        MEDICAID,
        {"denials": (denial(D(2026, 3, 1), appeals=(appeal(filed=D(2026, 3, 15)),)),)},
        APPEAL_DUE,
        D(2026, 4, 14),
        "Medicaid: standard appeal resolved in 30 days, 438.408(b)",
    ),
    (
        MEDICAID,
        {
            "denials": (
                denial(D(2026, 3, 1), appeals=(appeal(filed=D(2026, 3, 15), expedited=True),)),
            )
        },
        APPEAL_DUE,
        D(2026, 3, 17),
        "Medicaid: expedited appeal 72 hours, 438.408(b)(3)",
    ),
    (
        MEDICAID,
        {
            "denials": (
                denial(
                    D(2026, 3, 1),
                    appeals=(
                        appeal(filed=D(2026, 3, 15), outcome="upheld", decided=D(2026, 4, 14)),
                    ),
                ),
            )
        },
        "Request a state fair hearing",
        D(2026, 7, 13),
        "Medicaid: at least 90 days (states allow 90 to 120), 438.408(f)(2) as amended in 2020",
    ),
    (
        MEDICAID,
        {"requests": (request(D(2026, 3, 1)),)},
        PA_DUE,
        D(2026, 3, 8),
        "Medicaid: a service request in 7 days from 2026, 438.210(d)(1)",
    ),
    (
        MEDICAID,
        {"requests": (request(D(2025, 12, 31)),)},
        PA_DUE,
        D(2026, 1, 14),
        "Medicaid: 14 days for a request made before 2026",
    ),
    (
        MEDICAID,
        {"requests": (request(D(2026, 3, 1), urgent=True),)},
        PA_DUE,
        D(2026, 3, 3),
        "Medicaid: an expedited request in 72 hours, 438.210(d)(2)",
    ),
    (
        MEDICAID,
        {"requests": (drug_request(D(2026, 3, 1)),)},
        PA_DUE,
        None,
        "Medicaid: drugs are outside 438.210's limits (431.80): no date invented",
    ),
    (
        ADVANTAGE,
        {"requests": (request(D(2026, 2, 27)),)},
        PA_DUE,
        D(2026, 3, 6),
        "Medicare Advantage: a service needing prior authorization in 7 days from 2026, 422.568",
    ),
    (
        ADVANTAGE,
        {"requests": (request(D(2025, 12, 20)),)},
        PA_DUE,
        D(2026, 1, 3),
        "Medicare Advantage: 14 days for a request made before 2026",
    ),
    (
        ADVANTAGE,
        {"requests": (drug_request(D(2026, 2, 27)),)},
        PA_DUE,
        D(2026, 3, 1),
        "Medicare Advantage: a Part B drug in 72 hours, counted from the start of the day",
    ),
    (
        ADVANTAGE,
        {"requests": (drug_request(D(2026, 2, 28), urgent=True),)},
        PA_DUE,
        D(2026, 2, 28),
        "Medicare Advantage: an expedited Part B drug request in 24 hours, 422.572(a)(2)",
    ),
    (
        ADVANTAGE,
        {"requests": (request(D(2026, 12, 30), urgent=True),)},
        PA_DUE,
        D(2027, 1, 1),
        "Medicare Advantage: an expedited service request in 72 hours, across a new year",
    ),
    (
        "medicare_part_d",
        {"requests": (drug_request(D(2028, 2, 28)),)},
        PA_DUE,
        D(2028, 3, 1),
        "Part D: a coverage determination in 72 hours, across a leap day, 423.568(b)",
    ),
    (
        "medicare_part_d",
        {"requests": (drug_request(D(2026, 3, 1), urgent=True),)},
        PA_DUE,
        D(2026, 3, 1),
        "Part D: an expedited coverage determination in 24 hours, 423.572(a)",
    ),
    (
        MEDICARE,
        {"denials": (denial(D(2026, 1, 5), appeals=(appeal("redetermination", D(2026, 2, 1)),)),)},
        "The contractor's redetermination decision is due",
        D(2026, 4, 2),
        "Medicare: a redetermination decided in 60 days, 42 U.S.C. 1395ff(a)(3)(C)(ii)",
    ),
    (
        MEDICARE,
        {
            "denials": (
                denial(
                    D(2026, 1, 5),
                    appeals=(
                        appeal("redetermination", D(2026, 1, 20), "upheld", D(2026, 3, 1)),
                        appeal("reconsideration", D(2026, 3, 31)),
                    ),
                ),
            )
        },
        "The QIC's reconsideration decision is due",
        D(2026, 5, 30),
        "Medicare: the QIC decides in 60 days, 1395ff(c)(3)(C)(i)",
    ),
    (
        MEDICAID,
        {
            "denials": (
                denial(
                    D(2026, 3, 1),
                    appeals=(
                        appeal(filed=D(2026, 3, 15), outcome="upheld", decided=D(2026, 4, 14)),
                        appeal("state_hearing", D(2026, 5, 1)),
                    ),
                ),
            )
        },
        APPEAL_DUE,
        D(2026, 4, 14),
        "Medicaid: a fair hearing is not held to the plan's 30 days (only the plan appeal's)",
    ),
    (
        MEDICARE,
        {"denials": (denial(D(2026, 1, 25), received=D(2026, 2, 1)),)},
        "Ask for a Medicare redetermination",
        D(2026, 6, 1),
        "Medicare: 120 days, 405.942",
    ),
    (
        MEDICARE,
        {
            "denials": (
                denial(
                    D(2026, 6, 1),
                    appeals=(appeal("redetermination", D(2026, 6, 2), "upheld", D(2026, 6, 30)),),
                ),
            )
        },
        "Ask for Medicare reconsideration (QIC)",
        D(2027, 1, 1),
        "Medicare: 180 days from presumed receipt (decision + 5 days), 405.962",
    ),
    (
        MEDICARE,
        {
            "denials": (
                denial(
                    D(2026, 6, 1),
                    appeals=(
                        appeal("redetermination", D(2026, 6, 2), "upheld", D(2026, 6, 30)),
                        appeal("reconsideration", D(2026, 7, 2), "upheld", D(2026, 12, 27)),
                    ),
                ),
            )
        },
        "Ask for an ALJ hearing",
        D(2027, 3, 2),
        "Medicare ALJ: 60 days from receipt presumed 5 days after the decision, 405.1002(a)",
    ),
    (
        MEDICARE,
        {
            "denials": (
                denial(
                    D(2027, 6, 1), appeals=(appeal("alj", D(2027, 7, 2), "upheld", D(2028, 1, 1)),)
                ),
            )
        },
        "Ask the Medicare Appeals Council to review",
        D(2028, 3, 6),
        "Medicare Council: 60 days from presumed receipt over a leap day, 405.1102(a)",
    ),
    (
        MEDICARE,
        {
            "denials": (
                denial(
                    D(2025, 6, 1),
                    appeals=(appeal("council", D(2025, 7, 2), "upheld", D(2026, 1, 1)),),
                ),
            )
        },
        "File in federal court",
        D(2026, 3, 7),
        "Medicare court: 60 days from presumed receipt, 405.1136(c)",
    ),
    (
        ADVANTAGE,
        {"denials": (denial(D(2026, 5, 31)),)},
        "Ask your plan for reconsideration",
        D(2026, 8, 4),
        "Medicare Advantage: 60 days from presumed receipt, 65 from the notice, 422.582(b)",
    ),
    (
        ADVANTAGE,
        {
            "denials": (
                denial(D(2026, 5, 1), appeals=(appeal(filed=D(2026, 5, 31), expedited=True),)),
            )
        },
        APPEAL_DUE,
        D(2026, 6, 2),
        "Medicare Advantage: expedited 72 hours, 422.590",
    ),
    (
        ADVANTAGE,
        {"denials": (denial(D(2026, 5, 1), appeals=(appeal(filed=D(2026, 5, 31)),)),)},
        APPEAL_DUE,
        D(2026, 6, 30),
        "Medicare Advantage: standard pre-service 30 days, 422.590",
    ),
    (
        "va",
        {"denials": (denial(D(2026, 5, 1)),)},
        FILE,
        None,
        "VA appeal rules are not in our sources: no date invented",
    ),
    (
        "tricare",
        {"denials": (denial(D(2026, 5, 1)),)},
        FILE,
        None,
        "TRICARE appeal rules are not in our sources",
    ),
    (
        "other",
        {"requests": (request(D(2026, 5, 1)),)},
        PA_DUE,
        None,
        "unknown plan type: no decision date invented",
    ),
    (
        "va",
        {"claims": (claim(D(2026, 3, 1)),)},
        "Submit the claim",
        D(2026, 4, 30),
        "timely filing reminders apply to any plan",
    ),
    ("", {"denials": (denial(D(2026, 5, 1)),)}, FILE, None, "no plan type recorded yet"),
]


@pytest.mark.parametrize(
    ("plan_type", "parts", "title", "due", "rule"), ROWS, ids=[row[4] for row in ROWS]
)
def test_deadline(plan_type, parts, title, due, rule):
    found = [d for d in case_deadlines(CaseTimeline(plan_type, **parts)) if d.title == title]
    if due is None:
        assert found == []
    else:
        assert [d.due for d in found] == [due]
        assert found[0].source.title and found[0].rule


def test_there_are_at_least_40_rows():
    assert len(ROWS) >= 40


def test_filing_is_done_once_an_appeal_exists_and_external_once_requested():
    timeline = CaseTimeline(
        SELF,
        denials=(
            denial(
                D(2026, 1, 1),
                appeals=(
                    appeal(filed=D(2026, 1, 2), outcome="upheld", decided=D(2026, 1, 10)),
                    appeal(level="external", filed=D(2026, 1, 15)),
                ),
            ),
        ),
    )
    done = {d.title: d.done for d in case_deadlines(timeline)}
    assert done[FILE] is True
    assert done[EXTERNAL] is True
    assert done[EXTERNAL_DUE] is False


def test_deadlines_come_nearest_first_and_state_attention():
    timeline = CaseTimeline(
        SELF, requests=(request(D(2026, 3, 1)),), denials=(denial(D(2026, 1, 1)),)
    )
    found = case_deadlines(timeline)
    assert [d.due for d in found] == sorted(d.due for d in found)
    pa = next(d for d in found if d.title == PA_DUE)
    assert pa.due == D(2026, 3, 16)
    assert pa.state(D(2026, 3, 9)) == "soon"
    assert pa.state(D(2026, 3, 8)) == "later"
    assert pa.state(D(2026, 3, 17)) == "past"
    assert pa.state(D(2026, 3, 1)) == "later"


def test_rules_summary_names_the_family_or_says_it_is_unknown():
    assert "ERISA" in rules_summary(SELF).name
    assert rules_summary("other").name is None
    assert "TRICARE" in rules_summary("tricare").name
    assert any("threshold" in n.text for n in rules_summary(MEDICARE).notes)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2026, 10, 30), 4, D(2027, 3, 1)),  # 147.136(d)(2)(i)'s own example
        (D(2026, 10, 31), 4, D(2027, 3, 1)),
        (D(2027, 10, 31), 4, D(2028, 3, 1)),
        (D(2027, 10, 29), 4, D(2028, 2, 29)),
        (D(2026, 8, 31), 4, D(2026, 12, 31)),
        (D(2026, 9, 30), 4, D(2027, 1, 30)),
        (D(2026, 12, 31), 2, D(2027, 3, 1)),  # no Feb 31: the first of March, not Feb 28
        (D(2026, 1, 15), 12, D(2027, 1, 15)),
    ],
)
def test_months_without_the_day_end_on_the_first_of_the_next_month(start, months, expected):
    from patients.knowledge.deadlines.calendar import add_months

    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("day", "business"),
    [
        (D(2026, 7, 3), False),  # Independence Day (Saturday) observed on Friday
        (D(2026, 7, 4), False),
        (D(2027, 7, 5), False),  # Independence Day (Sunday) observed on Monday
        (D(2027, 12, 31), False),  # New Year's Day 2028 (Saturday) observed on Friday
        (D(2026, 6, 19), False),  # Juneteenth
        (D(2026, 10, 12), False),  # Columbus Day
        (D(2026, 11, 11), False),  # Veterans Day
        (D(2026, 11, 27), True),  # the day after Thanksgiving is not a federal holiday
        (D(2026, 12, 24), True),
        (D(2026, 12, 26), False),  # a Saturday
    ],
)
def test_business_days_skip_weekends_federal_holidays_and_observed_days(day, business):
    from patients.knowledge.deadlines.calendar import is_business_day

    assert is_business_day(day) is business


def test_an_hour_clock_says_it_counts_from_the_start_of_the_day():
    found = case_deadlines(CaseTimeline(SELF, requests=(request(D(2026, 2, 27), urgent=True),)))
    assert "72 hours from the start of Feb 27, 2026" in found[0].note
    assert "by the end of Mar 1, 2026" in found[0].note
