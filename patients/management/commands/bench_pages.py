"""Times wizard pages and the clinic work queue (medians, server side, in process) against a bare
view through the same middleware, and counts queries: a benchmark that prints figures."""

import statistics
import time
from datetime import date, timedelta
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from appeals.models import Appeal, Denial, PriorAuthorization
from coverage_guide.models import Clinic, Membership, User
from patients.models import (
    Case,
    CaseShare,
    CaseSummary,
    Claim,
    ClaimLine,
    Diagnosis,
    InsurancePolicy,
    InsurerContact,
    PriorTreatment,
    SymptomScore,
    TreatingProvider,
)
from patients.steps import STEPS

DAY = date(2025, 1, 1)


def build_case(owner, rows):
    """A realistic case: `rows` treatments, 2*rows claims of 3 lines, rows/2 contacts, denials."""
    case = Case.objects.create(
        owner=owner,
        patient_name="Bench Patient",
        date_of_birth=date(1980, 1, 1),
        episode_started_on=DAY,
    )
    InsurancePolicy.objects.create(
        case=case,
        insurer="Acme",
        plan_type="employer_self_funded",
        member_id="B1",
        state="MA",
        mental_health_coverage="yes",
        experimental_exclusion="yes",
        prior_auth_required="yes",
        out_of_network_benefits="yes",
    )
    TreatingProvider.objects.create(
        case=case,
        clinic_name="Clinic",
        prescriber_name="Dr. B",
        npi="1234567893",
        price_per_session=Decimal(600),
        sessions_planned=6,
    )
    Diagnosis.objects.create(case=case, code="F33.2", diagnosed_on=DAY)
    SymptomScore.objects.create(case=case, scale="PHQ9", score=20, taken_on=DAY)
    PriorTreatment.objects.bulk_create(
        [
            PriorTreatment(
                case=case,
                name=f"Sertraline {n}",
                drug_class="ssri",
                dose_mg_per_day=Decimal(100),
                started_on=DAY,
                ended_on=DAY + timedelta(weeks=8),
                outcome="no_response",
            )
            for n in range(rows)
        ]
    )
    InsurerContact.objects.bulk_create(
        [
            InsurerContact(case=case, contacted_on=DAY, reference_number=f"R{n}")
            for n in range(max(rows // 2, 1))
        ]
    )
    claims = Claim.objects.bulk_create(
        [Claim(case=case, service_date=DAY, status="paid") for _ in range(rows * 2)]
    )
    ClaimLine.objects.bulk_create(
        [ClaimLine(claim=c, code="96365", charge=Decimal(500)) for c in claims for _ in range(3)]
    )
    request = PriorAuthorization.objects.create(
        case=case, submitted_on=DAY, decision="denied", decided_on=DAY
    )
    for _ in range(2):
        denial = Denial.objects.create(
            case=case, prior_authorization=request, notice_date=DAY, reason="experimental"
        )
        Appeal.objects.create(denial=denial, filed_on=DAY)
    return case


def median_ms(work, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def queries(work):
    with CaptureQueriesContext(connection) as captured:
        work()
    return len(captured)


class Command(BaseCommand):
    help = "Benchmark wizard step pages and the clinic work queue."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=25)
        parser.add_argument("--queue-cases", type=int, default=5000)

    @override_settings(
        ROOT_URLCONF="patients.management.commands._bench_urls",
        SECURE_SSL_REDIRECT=False,
        ALLOWED_HOSTS=["*"],
    )
    def handle(self, *args, runs, queue_cases, **options):
        owner = User.objects.create_user(email=f"bench{time.time_ns()}@example.test")
        realistic = build_case(owner, rows=10)
        small, large = build_case(owner, rows=1), build_case(owner, rows=20)
        client = Client()
        client.force_login(owner)
        client.get("/__bench__/bare/")
        bare = median_ms(lambda: client.get("/__bench__/bare/"), runs)
        self.stdout.write(
            f"Wizard step GET, realistic case (10 treatments, 20 claims x 3 lines), "
            f"median of {runs}, database {connection.vendor}"
        )
        self.stdout.write(f"bare view through the same middleware: {bare:.2f} ms")
        self.stdout.write(
            f"{'step':<22}{'GET ms':>8}{'ratio':>7}{'queries 1 row':>15}{'20 rows':>9}"
        )
        for step in STEPS:
            url = f"/cases/{{}}/steps/{step.slug}/"
            ms = median_ms(lambda url=url: client.get(url.format(realistic.pk)), runs)
            few = queries(lambda url=url: client.get(url.format(small.pk)))
            many = queries(lambda url=url: client.get(url.format(large.pk)))
            self.stdout.write(f"{step.slug:<22}{ms:>8.2f}{ms / bare:>7.1f}{few:>15}{many:>9}")

        clinic = Clinic.objects.create(name="Bench", code=f"B{time.time_ns() % 10**9}")
        staff = User.objects.create_user(email=f"staff{time.time_ns()}@example.test")
        Membership.objects.create(clinic=clinic, user=staff, role="staff")
        cases = Case.objects.bulk_create(
            [Case(owner=owner, patient_name=f"Queue {n:05d}") for n in range(queue_cases)]
        )
        InsurancePolicy.objects.bulk_create(
            [InsurancePolicy(case=c, member_id=f"Q{c.pk}") for c in cases]
        )
        CaseShare.objects.bulk_create([CaseShare(case=c, clinic=clinic) for c in cases])
        CaseSummary.objects.bulk_create(
            [
                CaseSummary(
                    case=c, current_step="plan", next_deadline=DAY + timedelta(days=n % 300)
                )
                for n, c in enumerate(cases)
            ]
        )
        staff_client = Client()
        staff_client.force_login(staff)
        url = f"/clinic/{clinic.code}/"
        staff_client.get(url)
        queue_ms = median_ms(lambda: staff_client.get(url), runs)
        self.stdout.write(
            f"Work queue first page, {queue_cases:,} shared cases: "
            f"{queue_ms:.1f} ms, {queries(lambda: staff_client.get(url))} queries "
            f"(budget < 100 ms, constant queries)"
        )
