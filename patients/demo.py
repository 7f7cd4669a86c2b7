"""The demo case: an adult with recurrent depression, three failed trials, a denied request."""

from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from .choices import Answer, EmployerSize, NetworkType, PlanType, SpendingAccount, Treatment
from .models import (
    AidApplication,
    Appeal,
    Case,
    Claim,
    ClaimLine,
    Denial,
    DenialReason,
    DenialReasonKind,
    Diagnosis,
    InsurancePolicy,
    InsurerContact,
    PriorAuthorization,
    PriorTreatment,
    SymptomScore,
    TreatingProvider,
)

DEMO_PATIENT_EMAIL = "patient@demo.coverage-guide.test"
DEMO_PATIENT_PASSWORD = "demo-patient-2026"
DEMO_CASE_NICKNAME = "IV ketamine (demo)"


@transaction.atomic
def seed_demo_patient():
    """Create the demo patient and case unless they exist; returns (user, case, created)."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        email=DEMO_PATIENT_EMAIL, defaults={"full_name": "Jordan Rivera"}
    )
    if created:
        user.set_password(DEMO_PATIENT_PASSWORD)
        user.save(update_fields=["password"])
    case = Case.objects.filter(owner=user, nickname=DEMO_CASE_NICKNAME).first()
    if case is not None:
        return user, case, False

    today = timezone.localdate()

    def ago(days):
        return today - timedelta(days=days)

    case = Case.objects.create(
        owner=user,
        nickname=DEMO_CASE_NICKNAME,
        treatment=Treatment.IV_KETAMINE,
        patient_name="Jordan Rivera",
        date_of_birth=today.replace(year=today.year - 38, day=1),
        is_veteran=False,
        episode_started_on=ago(420),
        street_address="48 Linden Street, Apt 3",
        city="Somerville",
        state="MA",
        zip_code="02143",
        phone="617-555-0175",
        own_words="I have missed most of the last year of work, and I was put on unpaid leave in "
        "the spring. Most days I can't get out of bed before noon or look after my daughter on my "
        "own. Three medications and weekly therapy have not changed that.",
    )
    InsurancePolicy.objects.create(
        case=case,
        insurer="Acme Health",
        plan_name="Acme Choice PPO 1500",
        plan_type=PlanType.EMPLOYER_SELF_FUNDED,
        employer_size=EmployerSize.LARGE,
        network_type=NetworkType.PPO,
        member_id="AH4410932",
        group_number="GRP-77310",
        state="MA",
        mental_health_coverage=Answer.YES,
        experimental_exclusion=Answer.YES,
        prior_auth_required=Answer.YES,
        out_of_network_benefits=Answer.YES,
        deductible=Decimal("1500.00"),
        deductible_met=Decimal("600.00"),
        coinsurance_percent=30,
        out_of_pocket_max=Decimal("5000.00"),
        spending_account=SpendingAccount.HSA,
        timely_filing_days=180,
        oon_allowed_per_session=Decimal("450.00"),
    )
    Diagnosis.objects.create(
        case=case,
        code="F33.2",
        description="Major depressive disorder, recurrent severe without psychotic features",
        diagnosed_by="Dr. Amara Okafor, MD (psychiatry)",
        diagnosed_on=ago(400),
    )
    SymptomScore.objects.create(case=case, scale="PHQ9", score=22, taken_on=ago(60))
    SymptomScore.objects.create(case=case, scale="PHQ9", score=21, taken_on=ago(10))
    medication = PriorTreatment.Kind.MEDICATION
    PriorTreatment.objects.create(
        case=case,
        kind=medication,
        name="Sertraline",
        drug_class=PriorTreatment.DrugClass.SSRI,
        dose_mg_per_day=Decimal("200"),
        started_on=ago(380),
        ended_on=ago(300),
        outcome=PriorTreatment.Outcome.NO_RESPONSE,
        notes="10 weeks at 200 mg; no change in PHQ-9.",
    )
    PriorTreatment.objects.create(
        case=case,
        kind=medication,
        name="Venlafaxine XR",
        drug_class=PriorTreatment.DrugClass.SNRI,
        dose_mg_per_day=Decimal("225"),
        started_on=ago(290),
        ended_on=ago(220),
        outcome=PriorTreatment.Outcome.PARTIAL,
        notes="10 weeks; PHQ-9 from 23 to 19.",
    )
    PriorTreatment.objects.create(
        case=case,
        kind=medication,
        name="Bupropion XL",
        drug_class=PriorTreatment.DrugClass.ATYPICAL,
        dose_mg_per_day=Decimal("300"),
        started_on=ago(210),
        ended_on=ago(150),
        outcome=PriorTreatment.Outcome.INTOLERABLE,
        notes="Stopped after 8 weeks: insomnia and anxiety.",
    )
    PriorTreatment.objects.create(
        case=case,
        kind=PriorTreatment.Kind.PSYCHOTHERAPY,
        name="Cognitive behavioral therapy",
        sessions=16,
        started_on=ago(360),
        ended_on=ago(240),
        outcome=PriorTreatment.Outcome.PARTIAL,
        notes="Weekly sessions with a licensed therapist.",
    )
    InsurerContact.objects.create(
        case=case,
        contacted_on=ago(50),
        channel=InsurerContact.Channel.PHONE,
        representative="Dana (member services)",
        reference_number="CALL-20931",
        summary="IV ketamine needs prior authorization; out-of-network benefits apply after "
        "the deductible. Superbills go to the claims address on the card within 180 days.",
        follow_up_on=ago(40),
        follow_up_done=True,
    )
    TreatingProvider.objects.create(
        case=case,
        clinic_name="Harbor Ketamine Clinic",
        prescriber_name="Amara Okafor",
        credentials="MD",
        prescriber_is_psychiatrist=Answer.YES,
        npi="1234567893",
        tax_id="04-1234567",
        address="200 Harbor Street",
        city="Boston",
        state="MA",
        zip_code="02110",
        phone="617-555-0142",
        fax="617-555-0143",
        in_network=Answer.NO,
        billing=TreatingProvider.Billing.SUPERBILL,
        price_per_session=Decimal("650.00"),
        sessions_planned=6,
    )
    request = PriorAuthorization.objects.create(
        case=case,
        service=Treatment.IV_KETAMINE,
        codes="96365, 96366, J3490",
        sessions_requested=6,
        submitted_on=ago(35),
        reference_number="PA-558201",
        decision=PriorAuthorization.Decision.DENIED,
        decided_on=ago(21),
    )
    denial = Denial.objects.create(
        case=case,
        prior_authorization=request,
        notice_date=ago(21),
        received_on=ago(18),
        reference_number="DN-558201",
        appeals_address="Acme Health Member Appeals\nPO Box 1450\nBoston, MA 02101",
        appeals_fax="617-555-0199",
    )
    DenialReason.objects.create(
        denial=denial,
        reason=DenialReasonKind.EXPERIMENTAL,
        insurer_wording="Ketamine infusion for depression is considered experimental and "
        "investigational and is not covered under your plan.",
    )
    Appeal.objects.create(
        denial=denial,
        level=Appeal.Level.INTERNAL_1,
        filed_on=ago(5),
        outcome=Appeal.Outcome.PENDING,
    )
    claim = Claim.objects.create(
        case=case,
        service_date=ago(14),
        submitted_by=Claim.SubmittedBy.PATIENT,
        submitted_on=ago(12),
        claim_number="CLM-0045521",
        status=Claim.Status.SUBMITTED,
        paid_to_provider=Decimal("650.00"),
    )
    ClaimLine.objects.create(claim=claim, code="96365", units=1, charge=Decimal("550.00"))
    ClaimLine.objects.create(claim=claim, code="99214", units=1, charge=Decimal("100.00"))
    AidApplication.objects.create(
        case=case,
        kind=AidApplication.Kind.HSA_FSA,
        program="Acme HSA",
        status=AidApplication.Status.APPROVED,
        notes="Paying session costs from the HSA.",
    )
    return user, case, True
