"""The sources of the appeal rules: federal regulations and statutes, agencies' pages on appeals,
complaints and grievances."""

from .base import Source, _s

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
    "42 CFR 438.402 and 438.408: Medicaid managed care appeals and state fair hearings (as "
    "amended by 85 FR 72842, November 13, 2020: 90 to 120 days to request the hearing)",
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
CFR_405_ESCALATION = Source(
    "42cfr405.1002b",
    "42 CFR 405.1002(b) and 42 U.S.C. 1395ff(a)(3)(C)(ii), (c)(3)(C), (d)(3)(A): Medicare's "
    "60-day redetermination and reconsideration decisions, and escalation when they are late",
    "https://www.ecfr.gov/current/title-42/section-405.1002",
    "2026-11-30",
)
CFR_422_568 = Source(
    "42cfr422.568",
    "42 CFR 422.568 and 422.572: Medicare Advantage organization determinations (7 days for "
    "prior authorization from 2026, 14 before; 72 hours expedited; Part B drugs 72 and 24 "
    "hours; a late decision is itself a denial you may appeal)",
    "https://www.ecfr.gov/current/title-42/section-422.568",
    "2026-11-30",
)
CFR_422_590 = Source(
    "42cfr422.590",
    "42 CFR 422.590(d) and (g): a Medicare Advantage reconsideration not decided in time "
    "upholds the denial, and the plan must send the file to the independent entity",
    "https://www.ecfr.gov/current/title-42/section-422.590",
    "2026-11-30",
)
CFR_423_568 = Source(
    "42cfr423.568",
    "42 CFR 423.568, 423.572 and 423.590: Part D coverage determinations and redeterminations "
    "(72 hours, 24 expedited; a late decision is forwarded to the independent review entity "
    "within 24 hours)",
    "https://www.ecfr.gov/current/title-42/section-423.568",
    "2026-11-30",
)
CFR_438_210 = Source(
    "42cfr438.210",
    "42 CFR 438.210(d): Medicaid managed care authorization decisions (7 days for rating "
    "periods from January 1, 2026, 14 before; 72 hours expedited)",
    "https://www.ecfr.gov/current/title-42/section-438.210",
    "2026-11-30",
)
CMS_0057_DRUGS = Source(
    "42cfr431.80",
    "42 CFR 431.80 (CMS-0057-F, 89 FR 8758, February 8, 2024): the 2026 prior-authorization "
    "rules exclude drugs",
    "https://www.ecfr.gov/current/title-42/section-431.80",
    "2026-11-30",
)
USC_1396R_8 = Source(
    "42usc1396r-8",
    "42 U.S.C. 1396r-8(d)(5): Medicaid prior authorization of covered outpatient drugs (an "
    "answer within 24 hours; a 72-hour supply in an emergency)",
    "https://www.law.cornell.edu/uscode/text/42/1396r-8",
    "2026-11-30",
)
ACA_DEEMED_EXHAUSTION = Source(
    "deemed-exhaustion",
    "29 CFR 2590.715-2719(b)(2)(ii)(F) and 45 CFR 147.136(b)(2)(ii)(F), (b)(3)(ii)(F): a plan "
    "that doesn't follow the claims rules is deemed to have exhausted its internal appeals",
    "https://www.ecfr.gov/current/title-45/section-147.136",
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
CFR_438_420 = Source(
    "42cfr438.420",
    "42 CFR 438.420: continuation of benefits while a Medicaid plan appeal and the state fair "
    "hearing are pending (asked for within 10 days of the notice, or by the date it takes "
    "effect)",
    "https://www.ecfr.gov/current/title-42/section-438.420",
    "2026-11-30",
)
TRICARE_APPEALS = Source(
    "tricare-medical-necessity-appeals",
    "TRICARE: medical necessity appeals (reconsideration within 90 days of the decision's date; "
    "a second reconsideration within 90 days; a hearing when $300 or more is in dispute)",
    "https://www.tricare.mil/ContactUs/FileComplaint/MedicalNecessity",
    "2026-11-30",
)
VA_CLINICAL_APPEALS = Source(
    "va-clinical-appeals",
    "VA: clinical appeals of treatment decisions, through the facility's patient advocate",
    "https://www.va.gov/decision-reviews/clinical-appeals/",
    "2026-11-30",
)
ERISA_RECORD_REVIEW = Source(
    "hall-v-unum-2002",
    "Hall v. UNUM Life Insurance Co. of America, 300 F.3d 1197 (10th Cir. 2002): an ERISA "
    "benefits suit is ordinarily decided on the plan's administrative record, with new "
    "evidence only in limited cases",
    "https://www.leagle.com/decision/20021497300f3d119711377",
    "2026-11-30",
)
