"""Every source the app's reference data and rules cite, with a stable key for linking.

The appeal rules' sources are kept in `appeals.py` and listed here in their place."""

from .base import REVIEWED as REVIEWED
from .base import Source, _s

# Codes and scales
ICD10CM = _s(
    "icd10cm",
    "ICD-10-CM code set (CDC / CMS)",
    "https://www.cms.gov/medicare/coding-billing/icd-10-codes",
)
CPT = _s(
    "cpt",
    "AMA CPT code set (code numbers only; the plain-language labels are ours)",
    "https://www.ama-assn.org/practice-management/cpt",
)
HCPCS = _s(
    "hcpcs",
    "CMS HCPCS Level II code set, 2026 update (J0013 replaces S0013)",
    "https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system",
)
POS = _s(
    "pos",
    "CMS place-of-service code set",
    "https://www.cms.gov/medicare/coding-billing/place-of-service-codes/code-sets",
)
NPI = _s(
    "npi",
    "CMS: NPI check digit (Luhn formula over 80840 and the first nine digits)",
    "https://www.cms.gov/Regulations-and-Guidance/Administrative-Simplification/"
    "NationalProvIdentStand/Downloads/NPIcheckdigit.pdf",
)
PHQ9 = _s(
    "phq9",
    "PHQ-9 (Kroenke, Spitzer & Williams 2001): 9 items scored 0-3",
    "https://doi.org/10.1046/j.1525-1497.2001.016009606.x",
)
GAD7 = _s(
    "gad7",
    "GAD-7 (Spitzer et al. 2006): 7 items scored 0-3",
    "https://doi.org/10.1001/archinte.166.10.1092",
)
PCL5 = _s(
    "pcl5",
    "PCL-5 (National Center for PTSD): 20 items scored 0-4",
    "https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp",
)
MADRS = _s(
    "madrs",
    "MADRS (Montgomery & Asberg 1979): 10 items scored 0-6",
    "https://doi.org/10.1192/bjp.134.4.382",
)
HAMD = _s(
    "hamd", "HAM-D, 17 items (Hamilton 1960): total 0-52", "https://doi.org/10.1136/jnnp.23.1.56"
)
QIDS = _s(
    "qids",
    "QIDS-SR16 (Rush et al. 2003): total 0-27",
    "https://doi.org/10.1016/S0006-3223(02)01866-8",
)
BDI = _s("bdi", "BDI-II (Beck, Steer & Brown 1996): 21 items scored 0-3", "")

# Drugs: FDA prescribing information (DailyMed) for each antidepressant's labeled dose range
DAILYMED = _s(
    "dailymed",
    "FDA prescribing information (DailyMed): lowest dose of the labeled "
    "effective range for major depressive disorder",
    "https://dailymed.nlm.nih.gov/dailymed/",
)
KETALAR = _s("ketalar", "FDA label, Ketalar (ketamine): approved as an anesthetic only", "")
SPRAVATO_PI = _s(
    "spravato-pi",
    "Spravato (esketamine) prescribing information and REMS "
    "(Janssen / FDA): TRD 2019, MDD with suicidal ideation 2020, monotherapy 2025",
    "https://www.janssenlabels.com/package-insert/product-monograph/"
    "prescribing-information/SPRAVATO-pi.pdf",
)

# Payer policies
AETNA_0938 = _s(
    "aetna-cpb-0938",
    "Aetna Clinical Policy Bulletin 0938: ketamine and esketamine",
    "https://www.aetna.com/cpb/medical/data/900_999/0938.html",
)
BCBSMA_087 = _s(
    "bcbsma-087",
    "Blue Cross Blue Shield of Massachusetts medical policy 087: "
    "ketamine for treatment-resistant depression",
    "",
)
BLUE_5_01_16 = _s(
    "blue-5-01-16",
    "Blue plan reference medical policy 5.01.16 (which plans use it is unverified)",
    "",
)
BCBSMS = _s("bcbsms-l5-01-537", "BCBS Mississippi medical policy L.5.01.537: esketamine", "")
CIGNA_SPRAVATO = _s(
    "cigna-spravato",
    "Cigna drug coverage policy for Spravato (wording unverified; policy number to confirm)",
    "",
)
BCBSND = _s(
    "bcbsnd-esketamine", "BCBS North Dakota esketamine policy (two versions seen; unverified)", ""
)
TRICARE = _s("tricare-pharmacy", "TRICARE pharmacy policy: Spravato (unverified)", "")
OHIO_MEDICAID = _s(
    "ohio-medicaid-spravato",
    "Gainwell pharmacist knowledge base: Ohio Medicaid "
    "managed care Spravato approval (weak provenance)",
    "",
)
MEDICARE_A59250 = Source(
    "cms-a59250",
    "Billing and coding article A59250, esketamine (one Medicare contractor's article, First "
    "Coast Service Options: a local article, not national Medicare policy)",
    "https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleid=59250",
    "2026-11-30",
)
CGS_SPRAVATO = Source(
    "cgs-spravato-billing",
    "CGS Medicare: SPRAVATO (esketamine) nasal spray billing (G2082 and G2083 include the drug "
    "and 2 hours of observation; no J-code with them; KX for REMS enrollment)",
    "https://cgsmedicare.com/parta/pubs/news/2023/05/cope138216.html",
    "2026-11-30",
)
QUALCHOICE_KETAMINE = Source(
    "qualchoice-bi641",
    "QualChoice medical policy BI641:00, outpatient ketamine or esketamine therapy (bills "
    "ketamine with J3490)",
    "https://documents.qualchoice.com/area/shared/MedicalPolicies.aspx?alpha=O&sop=BI641%3A00",
    "2026-11-30",
)
INFUSION_TIME = Source(
    "aapc-infusion-time",
    "AAPC coding alerts on CPT drug administration: an infusion of 15 minutes or less is a "
    "push (96374); a 75-minute infusion is reported with 96365 only",
    "https://aapc.com/codes/coding-newsletters/my-pulmonology-coding-alert/"
    "you-be-the-coderinfusion-codes-necessitate-constant-supervision-article",
    "2026-11-30",
)
OCHIGBO_2024 = _s(
    "ochigbo-2024",
    "Ochigbo et al., Clinical Therapeutics 2024: esketamine "
    "prior-authorization criteria across 18 commercial plans",
    "",
)

from .appeals import *  # noqa: E402, F403  (the appeal rules' sources, in this place in the order)
from .states import *  # noqa: E402, F403  (the state external review programs' sources)

# Money and help
IRS_502 = _s(
    "irs-pub-502",
    "IRS Publication 502: medical and dental expenses",
    "https://www.irs.gov/publications/p502",
)
SPRAVATO_WITHME = _s("spravato-withme", "SPRAVATO withMe savings program terms", "")
VA_KETAMINE = _s(
    "va-ketamine",
    "VA: ketamine and esketamine at VA facilities; community care referrals",
    "https://www.va.gov/communitycare/",
)
HEROIC_HEARTS = _s("heroic-hearts", "Heroic Hearts Project (own site)", "")
VETS = _s("vets", "VETS, Veterans Exploring Treatment Solutions (own site)", "")
ONCE_A_SOLDIER = _s("once-a-soldier", "Once A Soldier (own site)", "")
KRF = _s("krf", "Ketamine Research Foundation: access-to-care fund (own site)", "")
PAF = _s("paf", "Patient Advocate Foundation: letter and appeal guides", "")

# Seed articles and clinic pages the domain notes cite
SEED_000 = _s("seed-000", "Seed article 000: paying for ketamine therapy (clinic options)", "")
SEED_002 = _s("seed-002", "Seed article 002: ketamine coverage, VA and payment options", "")
SEED_003 = _s("seed-003", "Seed article 003: ketamine infusion prices and insurer positions", "")
NEW_HORIZON = _s("new-horizon", "New Horizon Infusion Clinics: insurance page", "")
JOURNEY_CLINICAL = _s(
    "journey-clinical", "Journey Clinical: superbills and out-of-network reimbursement", ""
)
MUSIC_CITY = _s("music-city-ketamine", "Music City Ketamine: superbill contents", "")
DOMAIN_NOTES = _s(
    "domain-notes", "Coverage Guide's domain notes (shared/domain.md), reviewed 2026-11-24", ""
)


def all_sources():
    """Every source defined here, in the order above."""
    return [value for value in globals().values() if isinstance(value, Source)]


SOURCES_BY_KEY = {source.key: source for source in all_sources()}
