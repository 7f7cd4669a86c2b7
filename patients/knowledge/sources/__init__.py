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
BDI = Source(
    "bdi",
    "American Psychological Association: the Beck Depression Inventory (BDI-II, Beck, Steer & "
    "Brown 1996): 21 items scored 0-3",
    "https://www.apa.org/pi/about/publications/caregivers/practice-settings/assessment/tools/"
    "beck-depression",
    "2026-11-30",
)

# Drugs: FDA prescribing information (DailyMed) for each antidepressant's labeled dose range
DAILYMED = _s(
    "dailymed",
    "FDA prescribing information (DailyMed): lowest dose of the labeled "
    "effective range for major depressive disorder",
    "https://dailymed.nlm.nih.gov/dailymed/",
)
KETALAR = Source(
    "ketalar",
    "FDA label (DailyMed), Ketalar (ketamine): a general anesthetic; no psychiatric indication",
    "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=14e8f864-8b8a-4e7e-8439-e510d3107063",
    "2026-11-30",
)
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
BCBSMA_087 = Source(
    "bcbsma-087",
    "Blue Cross Blue Shield of Massachusetts, policy 087: prior authorization form for "
    "esketamine and IV ketamine (a public copy; undated)",
    "https://docslib.org/doc/2139394/094-esketamine-nasal-spray",
    "2026-11-30",
)
CIGNA_SPRAVATO = Source(
    "cigna-spravato",
    "Cigna's Spravato coverage policy, as summarized by a policy-tracking service (not Cigna's "
    "own document)",
    "https://www.openpayer.com/policy-updates/cigna/clinical-medical/psychiatry-behavioral-"
    "health/cigna-5227beb1-890",
    "2026-11-30",
)
UHC_SPRAVATO = Source(
    "uhc-csla2020d0069h",
    "UnitedHealthcare Community Plan (Louisiana) medical benefit drug policy CSLA2020D0069H, "
    "Ketalar and Spravato (2020; a public copy)",
    "https://docslib.org/doc/5769418/ketalar%C2%AE-ketamine-and-spravato-esketamine-policy-"
    "number-csla2020d0069h-effective-date-tbd",
    "2026-11-30",
)
BCBSND = Source(
    "bcbsnd-esketamine",
    "Blue Cross Blue Shield of North Dakota medical policy: esketamine (Spravato)",
    "https://www.bcbsnd.com/providers/policies-precertification/medical-policy/e/"
    "esketamine-spravato",
    "2026-11-30",
)
TEXAS_MEDICAID_SPRAVATO = Source(
    "tmhp-spravato-2021",
    "Texas Medicaid (TMHP): prior authorization criteria for esketamine (Spravato), updated "
    "effective January 1, 2021; monotherapy for treatment-resistant depression from May 1, 2025",
    "https://www.tmhp.com/news/2020-11-13-prior-authorization-criteria-esketamine-spravato-be-"
    "updated-texas-medicaid",
    "2026-11-30",
)
TRICARE = Source(
    "tricare-spravato",
    "Humana Military (TRICARE East): Spravato is covered when medically necessary, under the "
    "medical benefit, with prior authorization (updated March 16, 2023)",
    "https://www.humanamilitary.com/provider/education-and-resources/quick-access/"
    "policy-updates-and-alerts/230126-spravato",
    "2026-11-30",
)
TRICARE_WEST_KETAMINE = Source(
    "tricare-west-ketamine",
    "Health Net Federal Services (TRICARE West): ketamine by any route is not a covered benefit",
    "https://healthnetfederalservices.org/content/hnfs/home/tw/prov/benefits/benefits_a_to_z/"
    "spravato.html",
    "2026-11-30",
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
HARDING_2024 = Source(
    "harding-2024",
    "Harding et al., Current Medical Research and Opinion 2024: health plans' prior-authorization "
    "criteria for esketamine vary and may exceed the label",
    "https://doi.org/10.1080/03007995.2024.2380743",
    "2026-11-30",
)

from .appeals import *  # noqa: E402, F403  (the appeal rules' sources, in this place in the order)
from .states import *  # noqa: E402, F403  (the state external review programs' sources)

# Money and help
IRS_502 = _s(
    "irs-pub-502",
    "IRS Publication 502: medical and dental expenses",
    "https://www.irs.gov/publications/p502",
)
SPRAVATO_WITHME = Source(
    "spravato-withme",
    "SPRAVATO withMe: patient support and savings for commercially insured patients",
    "https://spravatohcp.com/patient-support",
    "2026-11-30",
)
VA_KETAMINE = _s(
    "va-ketamine",
    "VA: ketamine and esketamine at VA facilities; community care referrals",
    "https://www.va.gov/communitycare/",
)
HEROIC_HEARTS = Source(
    "heroic-hearts",
    "Heroic Hearts Project: applicant FAQs (psychedelic retreats for veterans)",
    "https://heroicheartsproject.org/veterans/applicant-faqs/",
    "2026-11-30",
)
VETS = Source(
    "vets",
    "VETS, Veterans Exploring Treatment Solutions: grants for psychedelic therapy",
    "https://vetsolutions.org/news/now-next-vets-approach-psychedelic-therapy-policy",
    "2026-11-30",
)
ONCE_A_SOLDIER = Source(
    "once-a-soldier",
    "Once A Soldier: ketamine-assisted psychotherapy for veterans",
    "https://www.onceasoldier.org/tag/aana/",
    "2026-11-30",
)
KRF = Source(
    "krf",
    "Ketamine Research Foundation: access to care (part of the fee for 1 to 3 sessions; for now "
    "patients on Medi-Cal or Medicare; the practitioner applies)",
    "https://ketamineresearchfoundation.org/programs-access-to-care/",
    "2026-11-30",
)
HEALTHCARE_GOV_ALLOWED = Source(
    "healthcare-gov-allowed-amount",
    "HealthCare.gov glossary: allowed amount (the most a plan pays for a covered service)",
    "https://www.healthcare.gov/glossary/allowed-amount/",
    "2026-11-30",
)
HEALTHCARE_GOV_COINSURANCE = Source(
    "healthcare-gov-coinsurance",
    "HealthCare.gov glossary: coinsurance (your share of the cost after your deductible)",
    "https://www.healthcare.gov/glossary/co-insurance/",
    "2026-11-30",
)
NAIC_NETWORK_ADEQUACY = Source(
    "naic-network-adequacy",
    "NAIC: network adequacy (when a plan's network lacks a provider you need)",
    "https://content.naic.org/cipr-topics/network-adequacy",
    "2026-11-30",
)
MEDICARE_TIMELY_FILING = Source(
    "cgs-timely-filing",
    "CGS Medicare: timely filing (Medicare claims within 12 months of the date of service; "
    "other plans set their own limits)",
    "https://cgsmedicare.com/articles/cope18411.html",
    "2026-11-30",
)
MURROUGH_2013 = Source(
    "murrough-2013",
    "Murrough et al., Biological Psychiatry 2013: six ketamine infusions over 12 days",
    "https://doi.org/10.1016/j.biopsych.2012.06.022",
    "2026-11-30",
)


def all_sources():
    """Every source defined here, in the order above."""
    return [value for value in globals().values() if isinstance(value, Source)]


SOURCES_BY_KEY = {source.key: source for source in all_sources()}
