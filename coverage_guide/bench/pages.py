"""Times wizard pages and the clinic work queue (medians, server side, in process) against a bare
view through the same middleware, and counts queries: a benchmark that prints figures."""

import statistics
import time
from datetime import date, timedelta
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import connection
from django.forms import CheckboxInput
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from coverage_guide.clinics.models import CaseShare, CaseSummary
from coverage_guide.models import Clinic, Membership, User
from patients.models import (
    AidApplication,
    Appeal,
    Case,
    Claim,
    ClaimLine,
    Denial,
    DenialReason,
    Diagnosis,
    InsurancePolicy,
    InsurerContact,
    PriorAuthorization,
    PriorTreatment,
    SymptomScore,
    TreatingProvider,
)
from patients.steps import STEPS

from . import record

DAY = date(2025, 1, 1)


def build_case(owner, rows):
    """A realistic case: `rows` treatments, 2*rows claims of 3 lines, rows/2 contacts, rows/5 aid
    applications, a prior authorization and two denials with appeals."""
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
    AidApplication.objects.bulk_create(
        [
            AidApplication(case=case, kind="grant", program=f"Fund {n}", applied_on=DAY)
            for n in range(max(rows // 5, 1))
        ]
    )
    request = PriorAuthorization.objects.create(
        case=case, submitted_on=DAY, decision="denied", decided_on=DAY
    )
    for _ in range(2):
        denial = Denial.objects.create(case=case, prior_authorization=request, notice_date=DAY)
        DenialReason.objects.create(denial=denial, reason="experimental")
        Appeal.objects.create(denial=denial, filed_on=DAY)
    return case


def share_cases(owner, clinic, count):
    """`count` more cases shared with the clinic, each with its queue summary."""
    cases = Case.objects.bulk_create(
        [Case(owner=owner, patient_name=f"Queue {n:05d}") for n in range(count)]
    )
    InsurancePolicy.objects.bulk_create(
        [InsurancePolicy(case=c, member_id=f"Q{c.pk}") for c in cases]
    )
    CaseShare.objects.bulk_create([CaseShare(case=c, clinic=clinic) for c in cases])
    CaseSummary.objects.bulk_create(
        [
            CaseSummary(case=c, current_step="plan", next_deadline=DAY + timedelta(days=n % 300))
            for n, c in enumerate(cases)
        ]
    )


def median_ms(work, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def against_bare(work, bare, runs):
    """Medians of `work` and of the bare view, sampled in turn so both see the same machine."""
    mine, theirs = [], []
    for _ in range(runs):
        theirs.append(median_ms(bare, 1))
        mine.append(median_ms(work, 1))
    return statistics.median(mine), statistics.median(theirs)


def queries(work):
    with CaptureQueriesContext(connection) as captured:
        work()
    return len(captured)


def submitted(form):
    """What a browser posts for a form left as it was loaded: each field's current value."""
    data = {}
    for field in form:
        value = field.value()
        if isinstance(field.field.widget, CheckboxInput):
            if value:
                data[field.html_name] = "on"
            continue
        shown = field.field.widget.format_value(value)
        if shown is not None:
            data[field.html_name] = shown
    return data


def valid_post(case, step):
    """(url, data, version field) of a valid save on a step: its last section, else its first
    list's first row, typed over the version saved now."""
    case = Case.objects.with_step_data().get(pk=case.pk)  # earlier steps' saves moved versions
    if step.sections:
        section = step.sections[-1]
        form = section.form_class(instance=section.instance(case), prefix=section.slug, case=case)
        url, data = f"/cases/{case.pk}/steps/{step.slug}/", {"section": section.slug}
    else:
        kind = step.row_kinds[0]
        row = kind.rows_of(case)[0]
        form = kind.form_class(instance=row, prefix=f"{kind.slug}-{row.pk}", case=case)
        url, data = f"/cases/{case.pk}/rows/{kind.slug}/{row.pk}/edit/", {}
    data.update(submitted(form))
    return url, data, form.add_prefix("version")


class Command(BaseCommand):
    help = "Benchmark wizard step pages (GET and a valid POST) and the clinic work queue."
    stealth_options = ("budgets",)

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=25)
        parser.add_argument("--queue-cases", type=int, default=5000)

    @override_settings(
        ROOT_URLCONF="coverage_guide.bench.urls",
        SECURE_SSL_REDIRECT=False,
        ALLOWED_HOSTS=["*"],
    )
    def handle(self, *args, runs, queue_cases, **options):
        owner = User.objects.create_user(email=f"bench{time.time_ns()}@example.test")
        realistic = build_case(owner, rows=10)
        small, large = build_case(owner, rows=1), build_case(owner, rows=20)
        client = Client()
        client.force_login(owner)

        def bare():
            client.get("/__bench__/bare/")

        bare()
        self.stdout.write(
            "Wizard step pages, realistic case (10 treatments, 20 claims x 3 lines, 5 contacts, "
            f"2 denials with appeals): server time in process, median of {runs}, each sampled in "
            f"turn with a bare view through the same middleware; database {connection.vendor}"
        )
        header = (
            f"{'step':<21}{'GET ms':>8}{'x bare':>7}{'POST ms':>9}{'x bare':>7}"
            f"{'GET queries':>13}{'POST queries':>14}"
        )
        self.stdout.write(header)
        self.stdout.write(
            f"{'':<21}{'':>8}{'':>7}{'':>9}{'':>7}{'1 / 20 rows':>13}{'1 / 20 rows':>14}"
        )
        self.stdout.write("-" * len(header))
        worst, slowest, same_queries = 0, 0, True
        bare_times = []
        for step in STEPS:
            url = f"/cases/{{}}/steps/{step.slug}/"

            def get(url=url, case=realistic):
                response = client.get(url.format(case.pk))
                assert response.status_code == 200, (url, response.status_code)

            posts = {case.pk: valid_post(case, step) for case in (realistic, small, large)}

            def post(case=realistic, posts=posts):
                url, data, version = posts[case.pk]
                response = client.post(url, data)
                assert response.status_code == 302, (url, response.content[:3000])
                # The next save is typed over the version this one saved (a row made by this
                # save starts at version 1).
                data[version] = str(int(data.get(version, 0)) + 1)

            get()
            post()
            get_ms, bare_get = against_bare(get, bare, runs)
            post_ms, bare_post = against_bare(post, bare, runs)
            bare_times += [bare_get, bare_post]
            get_counts = [queries(lambda c=c, g=get: g(case=c)) for c in (small, large)]
            post_counts = [queries(lambda c=c, p=post: p(case=c)) for c in (small, large)]
            get_q, post_q = (" / ".join(map(str, n)) for n in (get_counts, post_counts))
            same_queries &= len(set(get_counts)) == 1 and len(set(post_counts)) == 1
            worst = max(worst, get_ms / bare_get, post_ms / bare_post)
            slowest = max(slowest, get_ms, post_ms)
            self.stdout.write(
                f"{step.slug:<21}{get_ms:>8.2f}{get_ms / bare_get:>7.1f}{post_ms:>9.2f}"
                f"{post_ms / bare_post:>7.1f}{get_q:>13}{post_q:>14}"
            )
        self.stdout.write(
            f"bare view: {statistics.median(bare_times):.2f} ms. Budgets: each page <= 8x bare "
            f"(worst here {worst:.1f}x) and < 25 ms; queries the same for 1 and 20 rows."
        )
        record(options, "wizard step, worst GET or POST", f"{worst:.1f}x bare", "<= 8x", worst <= 8)
        record(
            options,
            "wizard step, slowest GET or POST",
            f"{slowest:.1f} ms",
            "< 25 ms",
            slowest < 25,
        )
        record(
            options,
            "wizard step queries, 1 vs 20 rows",
            "equal" if same_queries else "differ",
            "equal",
            same_queries,
        )

        clinic = Clinic.objects.create(name="Bench", code=f"B{time.time_ns() % 10**9}")
        staff = User.objects.create_user(email=f"staff{time.time_ns()}@example.test")
        Membership.objects.create(clinic=clinic, user=staff, role="staff")
        staff_client = Client()
        staff_client.force_login(staff)
        url = f"/clinic/{clinic.code}/"
        share_cases(owner, clinic, 10)
        staff_client.get(url)  # the first request renews the session's idle clock: not counted
        few = queries(lambda: staff_client.get(url))
        share_cases(owner, clinic, queue_cases - 10)
        staff_client.get(url)
        queue_ms = median_ms(lambda: staff_client.get(url), runs)
        many = queries(lambda: staff_client.get(url))
        self.stdout.write(
            f"Work queue first page, {queue_cases:,} shared cases: {queue_ms:.1f} ms; queries "
            f"{few} with 10 cases, {many} with {queue_cases:,} (budget < 100 ms, constant queries)"
        )
        record(
            options,
            f"work queue first page, {queue_cases:,} cases",
            f"{queue_ms:.1f} ms",
            "< 100 ms",
            queue_ms < 100,
        )
        record(
            options,
            f"work queue queries, 10 vs {queue_cases:,} cases",
            f"{few} / {many}",
            "equal",
            few == many,
        )
