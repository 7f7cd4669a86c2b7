"""factory_boy factories for every model, with realistic values that pass validation."""

import datetime
from decimal import Decimal

import factory

from coverage_guide.models import User
from patients.models import (
    AidApplication,
    Appeal,
    Case,
    Claim,
    ClaimLine,
    Denial,
    DenialReason,
    Diagnosis,
    Document,
    InsurancePolicy,
    InsurerContact,
    PriorAuthorization,
    PriorTreatment,
    SymptomScore,
    TreatingProvider,
)

PAST = datetime.date(2025, 6, 2)

PASSWORD = "correct-horse-battery"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"patient{n}@example.test")
    full_name = "Sam Patient"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class CaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Case

    owner = factory.SubFactory(UserFactory)
    treatment = "iv_ketamine"
    patient_name = "Sam Patient"
    date_of_birth = datetime.date(1986, 3, 14)
    episode_started_on = datetime.date(2023, 6, 1)


class PolicyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InsurancePolicy

    case = factory.SubFactory(CaseFactory)
    insurer = "Acme Health"
    plan_type = "employer_self_funded"
    network_type = "ppo"
    member_id = "AH123456"
    group_number = "G-1"
    state = "MA"
    mental_health_coverage = "yes"
    experimental_exclusion = "unknown"
    prior_auth_required = "yes"
    out_of_network_benefits = "yes"
    deductible = Decimal("1500")
    deductible_met = Decimal("200")
    coinsurance_percent = 20


class DiagnosisFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Diagnosis

    case = factory.SubFactory(CaseFactory)
    code = "F33.2"
    description = "Major depressive disorder, recurrent severe"
    diagnosed_by = "Dr. Lee, MD"
    diagnosed_on = PAST


class ScoreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SymptomScore

    case = factory.SubFactory(CaseFactory)
    scale = "PHQ9"
    score = 20
    taken_on = PAST


class TreatmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PriorTreatment

    case = factory.SubFactory(CaseFactory)
    kind = "medication"
    name = factory.Sequence(lambda n: f"Sertraline {n}")
    drug_class = "ssri"
    dose_mg_per_day = Decimal("150")
    started_on = datetime.date(2024, 1, 1)
    ended_on = datetime.date(2024, 3, 1)
    outcome = "no_response"


class DocumentFactory(factory.django.DjangoModelFactory):
    """A kept document; its bytes are not a real file (tests that read files make their own)."""

    class Meta:
        model = Document

    case = factory.SubFactory(CaseFactory)
    kind = "denial_notice"
    title = "Denial notice"
    file_type = "application/pdf"
    size = 8
    sha256 = "0" * 64
    data = b"%PDF-1.7"


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InsurerContact

    case = factory.SubFactory(CaseFactory)
    contacted_on = PAST
    channel = "phone"
    representative = "Dana"
    reference_number = factory.Sequence(lambda n: f"REF-{n}")
    summary = "Asked about coverage."


class ProviderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TreatingProvider

    case = factory.SubFactory(CaseFactory)
    clinic_name = "Harbor Clinic"
    prescriber_name = "Amara Okafor"
    credentials = "MD"
    npi = "1234567893"
    in_network = "no"
    billing = "superbill"
    price_per_session = Decimal("600")
    sessions_planned = 6


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    case = factory.SubFactory(CaseFactory)
    service_date = PAST
    submitted_by = "patient"
    submitted_on = PAST
    claim_number = factory.Sequence(lambda n: f"CLM-{n}")
    status = "paid"
    paid_amount = Decimal("300")


class ClaimLineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClaimLine

    claim = factory.SubFactory(ClaimFactory)
    code = "96365"
    units = 1
    charge = Decimal("550")


class PriorAuthFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PriorAuthorization

    case = factory.SubFactory(CaseFactory)
    service = "iv_ketamine"
    codes = "96365, 96366"
    sessions_requested = 6
    submitted_on = PAST
    reference_number = factory.Sequence(lambda n: f"PA-{n}")
    decision = "approved"
    decided_on = PAST


class DenialReasonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DenialReason

    reason = "experimental"
    insurer_wording = "Experimental and investigational."


class DenialFactory(factory.django.DjangoModelFactory):
    """A denial with one reason (pass reason__reason=… to change it, reason=None for none)."""

    class Meta:
        model = Denial
        skip_postgeneration_save = True

    case = factory.SubFactory(CaseFactory)
    notice_date = PAST
    reason = factory.RelatedFactory(DenialReasonFactory, factory_related_name="denial")


class AppealFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Appeal

    denial = factory.SubFactory(DenialFactory)
    level = "internal_1"
    filed_on = PAST
    outcome = "overturned"
    decided_on = PAST


class AidFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AidApplication

    case = factory.SubFactory(CaseFactory)
    kind = "hsa_fsa"
    program = "My HSA"
    status = "approved"


def fill_case(case, rows=1):
    """Give a case a policy, a provider and `rows` rows of every kind (claims with 3 lines)."""
    PolicyFactory(case=case)
    ProviderFactory(case=case)
    for _ in range(rows):
        DiagnosisFactory(case=case)
        ScoreFactory(case=case)
        TreatmentFactory(case=case)
        ContactFactory(case=case)
        claim = ClaimFactory(case=case)
        ClaimLineFactory.create_batch(3, claim=claim)
        request = PriorAuthFactory(case=case)
        denial = DenialFactory(case=case, prior_authorization=request)
        AppealFactory(denial=denial)
        AidFactory(case=case)
    return case
