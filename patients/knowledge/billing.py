"""Which codes bill a treatment, by payer family and date of service: Medicare's esketamine
G-codes as the whole visit, other plans' J0013 by the milligram, infusion codes by time. Each
line carries when it applies and its source."""

import re
from dataclasses import dataclass

from . import sources
from .codes import SERVICE_LABELS, code_problem_on
from .sources import Source

MEDICARE_PLANS = ("medicare", "medicare_advantage")
G2082_MAX_MG = 56


@dataclass(frozen=True)
class CodeLine:
    code: str
    units: str  # how many to bill, in words
    rule: str  # when it applies
    source: Source

    @property
    def label(self):
        return SERVICE_LABELS.get(self.code, "")


def dose_mg(dosing_plan):
    """The milligrams in a dosing plan like "84 mg twice a week", or None."""
    found = re.search(r"(\d+(?:\.\d+)?)\s*mg\b(?!\s*/)", dosing_plan or "", re.IGNORECASE)
    return float(found.group(1)) if found else None


def _esketamine_medicare(mg):
    rule = (
        "The whole visit: the supervised dose and 2 hours of observation, the drug included. "
        "Don't bill the drug (J0013) or a separate visit for the observation with it; add the "
        "KX modifier to show REMS enrollment."
    )
    if mg is None:
        return [
            CodeLine("G2082", "1 per treatment day", f"Up to 56 mg. {rule}", sources.CGS_SPRAVATO),
            CodeLine("G2083", "1 per treatment day", f"Over 56 mg. {rule}", sources.CGS_SPRAVATO),
        ]
    code = "G2082" if mg <= G2082_MAX_MG else "G2083"
    return [CodeLine(code, "1 per treatment day", f"For {mg:g} mg. {rule}", sources.CGS_SPRAVATO)]


def _esketamine_commercial(mg, on_date):
    drug = "J0013" if code_problem_on("J0013", on_date) is None else "S0013"
    units = f"{mg:g} (one per mg)" if mg else "one per mg given (56 mg: 56; 84 mg: 84)"
    return [
        CodeLine(
            drug,
            units,
            "The drug, billed by the milligram"
            + (" (J0013 replaced S0013 on January 1, 2026)." if drug == "J0013" else ".")
            + " Some plans count units differently: check the plan's billing rules.",
            sources.HCPCS,
        ),
    ]


def _infusion():
    return [
        CodeLine(
            "96365",
            "1",
            "The first hour of the infusion (an infusion of 15 minutes or less is a push, "
            "96374, instead).",
            sources.INFUSION_TIME,
        ),
        CodeLine(
            "96366",
            "1 for each hour after the first",
            "Only when the infusion runs more than 30 minutes past the first hour (over 90 "
            "minutes in all); a 40- to 90-minute infusion is 96365 alone.",
            sources.INFUSION_TIME,
        ),
        CodeLine(
            "J3490",
            "1",
            "Ketamine itself, billed with the unclassified-drug code; write the drug's name "
            "and dose on the claim.",
            sources.QUALCHOICE_KETAMINE,
        ),
    ]


def code_lines(treatment, plan_type, on_date, dosing_plan=""):
    """The codes for one treatment session under this plan on this date, each with its units,
    when it applies and its source (empty where our sources don't say)."""
    mg = dose_mg(dosing_plan)
    if treatment == "esketamine":
        if plan_type in MEDICARE_PLANS:
            return _esketamine_medicare(mg)
        return _esketamine_commercial(mg, on_date)
    if treatment == "iv_ketamine":
        return _infusion()
    return []


def code_list(lines):
    return [line.code for line in lines]
