"""Every source the app's reference data and rules cite, with a stable key for linking."""

from dataclasses import dataclass

REVIEWED = "2026-11-24"


@dataclass(frozen=True)
class Source:
    """A citation; `url` is empty where the citation alone identifies it."""

    key: str
    title: str
    url: str
    reviewed: str = REVIEWED


def _s(key, title, url):
    return Source(key, title, url)


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
MEDICARE_A59250 = _s(
    "cms-a59250",
    "CMS billing and coding article A59250: esketamine (covered diagnoses; unverified detail)",
    "https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleid=59250",
)
OCHIGBO_2024 = _s(
    "ochigbo-2024",
    "Ochigbo et al., Clinical Therapeutics 2024: esketamine "
    "prior-authorization criteria across 18 commercial plans",
    "",
)

# Federal rules: deadlines and appeals
CFR_2560_503_1 = _s(
    "29cfr2560.503-1",
    "29 CFR 2560.503-1: ERISA claims procedure "
    "(decision times, appeal windows, notice contents, claim file)",
    "https://www.ecfr.gov/current/title-29/section-2560.503-1",
)
CFR_147_136 = _s(
    "45cfr147.136",
    "45 CFR 147.136: internal claims, appeals and external review (ACA group and individual plans)",
    "https://www.ecfr.gov/current/title-45/section-147.136",
)
CFR_2590_715_2719 = _s(
    "29cfr2590.715-2719",
    "29 CFR 2590.715-2719: external review for group health plans",
    "https://www.ecfr.gov/current/title-29/section-2590.715-2719",
)
CFR_438 = _s(
    "42cfr438.402",
    "42 CFR 438.402 and 438.408: Medicaid managed care appeals and state fair hearings",
    "https://www.ecfr.gov/current/title-42/section-438.408",
)
CFR_431_221 = _s(
    "42cfr431.221",
    "42 CFR 431.221: fee-for-service Medicaid fair hearing requests",
    "https://www.ecfr.gov/current/title-42/section-431.221",
)
CFR_405 = _s(
    "42cfr405",
    "42 CFR 405.942, 405.962, 405.1002, 405.1102, 405.1136: Original Medicare appeal levels "
    "(each counted from receipt, presumed 5 days after the notice's date)",
    "https://www.ecfr.gov/current/title-42/part-405/subpart-I",
)
CMS_QIC_RECONSIDERATION = Source(
    "cms-qic-reconsideration",
    "CMS: Second level of appeal, reconsideration by a Qualified Independent Contractor (what a "
    "request contains; 180 days; documents not sent may be excluded at later levels)",
    "https://www.cms.gov/medicare/appeals-grievances/fee-for-service/second-level-appeal",
    "2026-11-30",
)
CMS_THRESHOLDS = Source(
    "cms-aic",
    "CMS-4209-N, 90 FR 55869 (December 4, 2025): Medicare appeals amount in controversy "
    "thresholds for calendar year 2026",
    "https://www.govinfo.gov/content/pkg/FR-2025-12-04/html/2025-21879.htm",
    "2026-11-30",
)
CFR_422 = _s(
    "42cfr422.582",
    "42 CFR 422.582 and 422.590: Medicare Advantage reconsiderations",
    "https://www.ecfr.gov/current/title-42/section-422.590",
)
CMS_PART_C_RECONSIDERATION = Source(
    "cms-part-c-reconsideration",
    "CMS: Reconsideration by the Medicare Advantage (Part C) health plan (decision times, Part B "
    "drugs included)",
    "https://www.cms.gov/es/node/172521",
    "2026-11-30",
)
CMS_PART_D_REDETERMINATION = Source(
    "cms-part-d-redetermination",
    "CMS: Redetermination by the Part D plan sponsor (decision times)",
    "https://www.hhs.gov/guidance/document/redetermination-part-d-plan-sponsor",
    "2026-11-30",
)
CFR_423 = _s(
    "42cfr423.582",
    "42 CFR 423.582: Medicare Part D redeterminations",
    "https://www.ecfr.gov/current/title-42/section-423.582",
)
CFR_405_GOOD_CAUSE = Source(
    "42cfr405.942b",
    "42 CFR 405.942(b) and 405.962(b): extending the time to ask for a Medicare redetermination "
    "or reconsideration for good cause",
    "https://www.ecfr.gov/current/title-42/section-405.942",
    "2026-11-30",
)
CFR_422_GOOD_CAUSE = Source(
    "42cfr422.582c",
    "42 CFR 422.582(c): extending the time to ask a Medicare Advantage plan for reconsideration",
    "https://www.ecfr.gov/current/title-42/section-422.582",
    "2026-11-30",
)
CFR_423_GOOD_CAUSE = Source(
    "42cfr423.582c",
    "42 CFR 423.582(c): extending the time to ask a Part D plan for redetermination",
    "https://www.ecfr.gov/current/title-42/section-423.582",
    "2026-11-30",
)
CFR_17_4040 = _s(
    "38cfr17.4040",
    "38 CFR 17.4040: VA community care access standards",
    "https://www.ecfr.gov/current/title-38/section-17.4040",
)
HEALTHCARE_GOV_APPEALS = _s(
    "healthcare-gov-appeals",
    "HealthCare.gov: internal appeals and external review",
    "https://www.healthcare.gov/appeal-insurance-company-decision/",
)
CFR_2590_712 = _s(
    "29cfr2590.712",
    "29 CFR 2590.712: mental health parity (MHPAEA), 2013 rule",
    "https://www.ecfr.gov/current/title-29/section-2590.712",
)
PARITY_2025 = _s(
    "parity-nonenforcement-2025",
    "Federal announcement of 2025-05-15: the 2024 "
    "parity rule's new requirements are not being enforced",
    "https://www.dol.gov/agencies/ebsa/laws-and-regulations/laws/mental-health-and-"
    "substance-use-disorder-parity",
)

FEDERAL_HOLIDAYS = Source(
    "5usc6103",
    "5 U.S.C. 6103: the legal public holidays, and the days they are observed",
    "https://www.law.cornell.edu/uscode/text/5/6103",
    "2026-11-30",
)
USC_1185A = Source(
    "29usc1185a",
    "29 U.S.C. 1185a: parity in mental health and substance use disorder benefits "
    "((a)(8) comparative analyses; (c)(1) small employer exemption)",
    "https://www.law.cornell.edu/uscode/text/29/1185a",
    "2026-11-30",
)
MEDICAID_PARITY = Source(
    "medicaid-parity",
    "Medicaid.gov: parity for mental health and substance use disorder benefits in Medicaid "
    "managed care (42 CFR 438.3(n) and part 438 subpart K)",
    "https://www.medicaid.gov/medicaid/managed-care/guidance/"
    "parity-for-mental-health-and-substance-use-disorder-benefits/index.html",
    "2026-11-30",
)

EBSA_REQUEST = Source(
    "ebsa-request",
    "U.S. Department of Labor, EBSA: Request for Assistance (online, for participants in "
    "employer plans; benefits advisors at 1-866-444-3272)",
    "https://www.askebsa.dol.gov/WebIntake/Home.aspx",
    "2026-11-30",
)
NAIC_COMPLAINTS = Source(
    "naic-complaints",
    "NAIC: How to file a complaint with your state department of insurance",
    "https://content.naic.org/consumer/how-to-file-complaint",
    "2026-11-30",
)
MEDICAID_STATE_CONTACT = Source(
    "medicaid-contact",
    "Medicaid.gov: contact us (state Medicaid agencies run their programs; contact your state)",
    "https://www.medicaid.gov/about-us/contact-us/index.html",
    "2026-11-30",
)
CMS_MA_GRIEVANCES = Source(
    "cms-ma-grievances",
    "CMS: Medicare Advantage grievances (filed within 60 days; answered within 30 days; "
    "24 hours for a refusal to expedite or an extension)",
    "https://www.cms.gov/Medicare/Appeals-and-Grievances/MMCAG/Grievances.html",
    "2026-11-30",
)
MEDICARE_PLAN_COMPLAINTS = Source(
    "medicare-plan-complaints",
    "Medicare.gov: filing complaints about your health or drug plan (the Medicare Complaint "
    "Form, or your plan's instructions)",
    "https://www.medicare.gov/claims-appeals/file-a-complaint-grievance/"
    "filing-complaints-about-your-health-or-drug-plan",
    "2026-11-30",
)

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
