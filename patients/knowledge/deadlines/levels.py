"""What each level is called, and what follows a lost appeal, by plan family."""

from .. import sources

TIMELY_FILING_DEFAULT_DAYS = 60
TIMELY_FILING_SOURCE = sources.MEDICARE_TIMELY_FILING

# What follows a lost appeal at each level, by family.
NEXT_LEVEL = {
    ("group", "internal_1"): "file_external",
    ("group", "internal_2"): "file_external",
    ("individual", "internal_1"): "file_external",
    ("individual", "internal_2"): "file_external",
    ("medicaid", "internal_1"): "file_state_hearing",
    ("medicare", "redetermination"): "file_reconsideration",
    ("medicare", "internal_1"): "file_reconsideration",
    ("medicare", "reconsideration"): "file_alj",
    ("medicare", "alj"): "file_council",
    ("medicare", "council"): "file_court",
    ("tricare", "internal_1"): "file_second_reconsideration",
}
NEXT_LEVEL_NAMES = {
    "file_external": ("external", "Request external review"),
    "file_state_hearing": ("state_hearing", "Request a state fair hearing"),
    "file_reconsideration": ("reconsideration", "Ask for Medicare reconsideration (QIC)"),
    "file_alj": ("alj", "Ask for an ALJ hearing"),
    "file_council": ("council", "Ask the Medicare Appeals Council to review"),
    "file_court": ("court", "File in federal court"),
    "file_second_reconsideration": ("internal_2", "Ask TRICARE for a second reconsideration"),
}
FIRST_LEVEL_NAMES = {
    "group": "File an internal appeal",
    "individual": "File an internal appeal",
    "medicaid": "File an appeal with your Medicaid plan",
    "medicare": "Ask for a Medicare redetermination",
    "medicare_advantage": "Ask your plan for reconsideration",
    "part_d": "Ask your drug plan for a redetermination",
    "tricare": "Ask TRICARE for reconsideration",
}
