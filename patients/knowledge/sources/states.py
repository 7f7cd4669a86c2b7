"""The sources of the state external review programs: each state's regulator's own pages and
statutes."""

from .base import Source

_R = "2026-11-30"

CA_DMHC_IMR = Source(
    "ca-dmhc-imr",
    "California DMHC: Independent Medical Review (6 months to apply; free; the plan's "
    "grievance process first, for 30 days, unless urgent or experimental)",
    "https://www.dmhc.ca.gov/FileaComplaint/SubmitanIndependentMedicalReviewComplaint.aspx",
    _R,
)
CA_CDI_IMR = Source(
    "ca-cdi-imr",
    "California Department of Insurance: the Independent Medical Review program (6 months; "
    "30 days, 3 if urgent; no fee; Ins. Code 10169 et seq.)",
    "https://insurance.ca.gov/flipbook/imr/5",
    _R,
)
TX_TDI_FEDERAL = Source(
    "tx-tdi-b-0001-18",
    "Texas Department of Insurance, Bulletin B-0001-18: transition to the federal external "
    "review process (state reviews of most health plans ended June 30, 2018)",
    "https://tdi.texas.gov/bulletins/2018/B-0001-18.html",
    _R,
)
NY_DFS_EXTERNAL_APPEAL = Source(
    "ny-dfs-external-appeal",
    "New York DFS: file an external appeal (4 months from the first internal appeal's final "
    "decision; the $25 fee; N.Y. Ins. Law 4914)",
    "https://www.dfs.ny.gov/complaints/file_external_appeal",
    _R,
)
PA_PID_REVIEW = Source(
    "pa-pid-review",
    "Pennsylvania Insurance Department: request a review if your health insurance denied a "
    "treatment (state-run since January 1, 2024, Act 146 of 2022; 4 months)",
    "https://pa.gov/services/insurance/request-a-review-if-your-health-insurance-denied-a-"
    "treatment-medication-or-service.html",
    _R,
)
IL_IDOI_REVIEW = Source(
    "il-215ilcs180",
    "Illinois Health Carrier External Review Act, 215 ILCS 180/35 (4 months after receipt), "
    "and the Department of Insurance's external review page",
    "https://www.ilga.gov/legislation/ilcs/ilcs3.asp?ActID=3153",
    _R,
)
OH_3922 = Source(
    "oh-orc-3922.02",
    "Ohio Rev. Code 3922.02: external review requested in writing from the health plan within "
    "180 days of the final adverse benefit determination",
    "https://codes.ohio.gov/ohio-revised-code/section-3922.02",
    _R,
)
NC_SMART = Source(
    "nc-smart-external-review",
    "North Carolina DOI, Health Insurance Smart NC: request external review (N.C. Gen. Stat. "
    "58-50-80: 120 days after receipt; 45 days, 3 if expedited; free)",
    "https://www.ncdoi.gov/consumers/health-insurance/health-claim-denied/request-external-review",
    _R,
)
MI_DIFS_PRIRA = Source(
    "mi-difs-prira",
    "Michigan DIFS: appealing a health insurance decision under the Patient's Right to "
    "Independent Review Act (MCL 550.1911: 120 days after receipt; form FIS 0018)",
    "https://www.michigan.gov/difs/consumers/insurance/health-insurance/individual/appealing",
    _R,
)
