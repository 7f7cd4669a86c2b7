"""The sources that reference entries cite."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    reviewed: str  # ISO date the entry was last checked against the source


ICD10CM = Source(
    "ICD-10-CM code set (CDC / CMS)",
    "https://www.cms.gov/medicare/coding-billing/icd-10-codes",
    "2026-11-24",
)
CPT = Source(
    "AMA CPT code set (numbers only; plain-language labels are ours)",
    "https://www.ama-assn.org/practice-management/cpt",
    "2026-11-24",
)
HCPCS = Source(
    "CMS HCPCS Level II code set, 2026 update",
    "https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system",
    "2026-11-24",
)
POS = Source(
    "CMS place-of-service code set",
    "https://www.cms.gov/medicare/coding-billing/place-of-service-codes/code-sets",
    "2026-11-24",
)
NPI = Source(
    "CMS NPI standard: check digit (Luhn over 80840 + first nine digits)",
    "https://www.cms.gov/regulations-and-guidance/administrative-simplification/"
    "nationalprovidentstand/downloads/npicheckdigit.pdf",
    "2026-11-24",
)
PHQ9 = Source(
    "PHQ-9 (Kroenke, Spitzer & Williams 2001): 9 items scored 0-3",
    "https://doi.org/10.1046/j.1525-1497.2001.016009606.x",
    "2026-11-24",
)
GAD7 = Source(
    "GAD-7 (Spitzer et al. 2006): 7 items scored 0-3",
    "https://doi.org/10.1001/archinte.166.10.1092",
    "2026-11-24",
)
PCL5 = Source(
    "PCL-5 (National Center for PTSD): 20 items scored 0-4",
    "https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp",
    "2026-11-24",
)
MADRS = Source(
    "MADRS (Montgomery & Asberg 1979): 10 items scored 0-6",
    "https://doi.org/10.1192/bjp.134.4.382",
    "2026-11-24",
)
HAMD = Source(
    "HAM-D 17-item (Hamilton 1960): total 0-52",
    "https://doi.org/10.1136/jnnp.23.1.56",
    "2026-11-24",
)
QIDS = Source(
    "QIDS-SR16 (Rush et al. 2003): total 0-27",
    "https://doi.org/10.1016/S0006-3223(02)01866-8",
    "2026-11-24",
)
BDI = Source(
    "BDI-II (Beck, Steer & Brown 1996): 21 items scored 0-3",
    "https://www.pearsonassessments.com/store/usassessments/en/Store/Professional-Assessments/Personality-%26-Biopsychosocial/Beck-Depression-Inventory-II/p/100000159.html",
    "2026-11-24",
)
