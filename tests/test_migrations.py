import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

# The schema as it stood before prior authorizations, denials and appeals moved beside the case
# and the clinic's data moved to the clinic app.
BEFORE = [
    ("coverage_guide", "0001_initial"),
    ("patients", "0001_initial"),
    ("appeals", "0002_initial"),
]


@pytest.mark.django_db
def test_models_and_migrations_agree():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def seed_before(apps):
    """One row of every model, written with the models as they were."""
    get = apps.get_model
    day = datetime.date(2025, 3, 3)
    user = get("coverage_guide", "User").objects.create(email="p@example.test", password="x")
    clinic = get("coverage_guide", "Clinic").objects.create(name="Harbor", code="HARBOR9")
    get("coverage_guide", "Membership").objects.create(clinic=clinic, user=user, role="staff")
    get("coverage_guide", "Invite").objects.create(
        clinic=clinic, token="t" * 40, expires_at=datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    )
    case = get("patients", "Case").objects.create(owner=user, patient_name="Pat Before")
    get("coverage_guide", "AuditEvent").objects.create(
        actor=user, clinic=clinic, case_id=case.pk, action="view_case_file"
    )
    get("patients", "InsurancePolicy").objects.create(case=case, insurer="Aetna")
    get("patients", "TreatingProvider").objects.create(case=case, clinic_name="Harbor")
    get("patients", "Diagnosis").objects.create(case=case, code="F33.2")
    get("patients", "SymptomScore").objects.create(case=case, scale="phq9", score=20, taken_on=day)
    get("patients", "PriorTreatment").objects.create(case=case, name="sertraline")
    get("patients", "InsurerContact").objects.create(case=case, contacted_on=day)
    claim = get("patients", "Claim").objects.create(case=case, service_date=day)
    get("patients", "ClaimLine").objects.create(claim=claim, code="96365", charge=500)
    get("patients", "AidApplication").objects.create(case=case, kind="hsa_fsa")
    get("patients", "CaseShare").objects.create(case=case, clinic=clinic, consented_by=user)
    get("patients", "StaffNote").objects.create(
        case=case, clinic=clinic, author=user, author_label="Dr. A", body="Called the plan."
    )
    get("patients", "CaseSummary").objects.create(case=case, current_step="plan")
    request = get("appeals", "PriorAuthorization").objects.create(case=case, submitted_on=day)
    denial = get("appeals", "Denial").objects.create(
        case=case, prior_authorization=request, notice_date=day, reason="experimental"
    )
    get("appeals", "Appeal").objects.create(denial=denial, filed_on=day)
    letters = get("appeals", "LetterVersion").objects
    common = dict(case=case, pdf=b"%PDF", sha256="0" * 64, context={})
    letters.create(kind="appeal", denial=denial, subject="Appeal letter", number=1, **common)
    # The subject changed after the denial was edited, so numbering had started again at 1.
    letters.create(kind="appeal", denial=denial, subject="Appeal letter, again", number=1, **common)
    letters.create(
        kind="superbill", claim=claim, subject="Superbill for a claim", number=1, **common
    )
    letters.create(
        kind="superbill",
        subject="Superbill for March 1, 2025 to March 31, 2025",
        number=1,
        **common,
    )
    letters.create(kind="call-script", subject="Insurer call script", number=1, **common)
    return {"case": case.pk, "claim": claim.pk, "denial": denial.pk}


@pytest.mark.django_db(transaction=True)
def test_a_database_of_the_previous_schema_migrates_keeping_every_row():
    executor = MigrationExecutor(connection)
    executor.migrate([*BEFORE, ("clinics", None)])
    before = executor.loader.project_state(BEFORE).apps
    ids = seed_before(before)
    existed = {m._meta.object_name for m in before.get_app_config("patients").get_models()}
    existed |= {"Denial", "DenialReason", "Appeal", "PriorAuthorization"}  # moved in from appeals

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    from django.apps import apps

    from appeals.models import LetterVersion
    from coverage_guide.clinics.models import CaseShare, CaseSummary, StaffNote
    from coverage_guide.models import AuditEvent, Clinic, Invite, Membership, User
    from patients import models as patient_models

    for model in (User, Clinic, Membership, Invite, AuditEvent, CaseShare, StaffNote, CaseSummary):
        assert model.objects.count() == 1, model.__name__
    for model in apps.get_app_config("patients").get_models():
        if model.__name__ in existed:  # models added since hold no rows to carry
            assert model.objects.count() == 1, model.__name__
    # The audit row keeps its clinic's code and name (filled by the migration).
    assert (AuditEvent.objects.get().clinic_code, AuditEvent.objects.get().clinic_name) == (
        "HARBOR9",
        "Harbor",
    )
    denial = patient_models.Denial.objects.get()
    assert denial.case_id == ids["case"] and denial.appeals.count() == 1
    assert denial.prior_authorization.case_id == ids["case"]
    assert CaseShare.objects.get().case.patient_name == "Pat Before"
    keys = sorted(LetterVersion.objects.values_list("kind", "target_key", "number"))
    assert keys == [
        ("appeal", f"denial:{ids['denial']}", 1),
        ("appeal", f"denial:{ids['denial']}", 2),
        ("call-script", "", 1),
        ("superbill", f"claim:{ids['claim']}", 1),
        ("superbill", "range:2025-03-01/2025-03-31", 1),
    ]


def test_migrate_alone_makes_everything_the_app_needs(tmp_path):
    """A fresh database, migrated as `make run` and a deployment do (not the test runner, which
    also makes cache tables): the shared cache's table and the audit seal are there."""
    import os
    import sqlite3
    import subprocess
    import sys
    from pathlib import Path

    database = tmp_path / "fresh.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    root = Path(__file__).resolve().parents[1]
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=root, env=env, check=True
    )
    with sqlite3.connect(database) as fresh:
        names = {row[0] for row in fresh.execute("SELECT name FROM sqlite_master")}
    assert "coverage_guide_shared_cache" in names
    assert {"coverage_guide_auditevent_no_update", "coverage_guide_auditevent_no_delete"} <= names
