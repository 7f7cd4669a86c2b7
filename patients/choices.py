"""The fixed answers the case's fields take."""

from django.db import models


class Treatment(models.TextChoices):
    IV_KETAMINE = "iv_ketamine", "IV ketamine infusions"
    ESKETAMINE = "esketamine", "Esketamine nasal spray (Spravato)"
    IM_KETAMINE = "im_ketamine", "IM ketamine injections"
    KAP = "kap", "Ketamine-assisted psychotherapy"


class Answer(models.TextChoices):
    YES = "yes", "Yes"
    NO = "no", "No"
    UNKNOWN = "unknown", "Not sure yet"


class PlanType(models.TextChoices):
    EMPLOYER_SELF_FUNDED = "employer_self_funded", "Employer plan, self-funded"
    EMPLOYER_FULLY_INSURED = "employer_fully_insured", "Employer plan, fully insured"
    MARKETPLACE = "marketplace", "Marketplace or individual plan"
    MEDICARE = "medicare", "Original Medicare"
    MEDICARE_ADVANTAGE = "medicare_advantage", "Medicare Advantage"
    MEDICARE_PART_D = "medicare_part_d", "Medicare Part D (drug plan)"
    MEDICAID = "medicaid", "Medicaid"
    VA = "va", "VA health care"
    TRICARE = "tricare", "TRICARE"
    OTHER = "other", "Other or not sure"


class EmployerSize(models.TextChoices):
    LARGE = "large", "More than 50"
    SMALL = "small", "50 or fewer"
    UNKNOWN = "unknown", "Not sure yet"


class NetworkType(models.TextChoices):
    HMO = "hmo", "HMO"
    PPO = "ppo", "PPO"
    EPO = "epo", "EPO"
    POS = "pos", "POS"
    OTHER = "other", "Other or not sure"


class SpendingAccount(models.TextChoices):
    NONE = "none", "Neither"
    HSA = "hsa", "HSA"
    FSA = "fsa", "FSA"
    BOTH = "both", "Both"


STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "PR": "Puerto Rico",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}  # fmt: skip
US_STATES = list(STATE_NAMES.items())
