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


US_STATES = [
    (s, s)
    for s in (
        "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
        "NH NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY"
    ).split()
]
