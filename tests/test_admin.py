"""Every model is in the admin, with list columns and a working search."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.utils import timezone

from appeals.models import DenialDraft, LetterVersion
from coverage_guide.clinics.models import CaseSeen, CaseShare, CaseSummary, StaffNote
from coverage_guide.models import AuditEvent, Clinic, Invite, Membership
from patients.models import ReminderMail
from tests.factories import CaseFactory, DocumentFactory, UserFactory, fill_case

OUR_APPS = {"coverage_guide", "patients", "appeals", "clinics"}


@pytest.fixture
def admin_client(client, db):
    user = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(user)
    case = fill_case(CaseFactory())
    LetterVersion.objects.create(
        case=case,
        kind="call-script",
        subject="Call script",
        number=1,
        pdf=b"%PDF",
        sha256="0" * 64,
        context={},
    )
    clinic = Clinic.objects.create(name="Clinic", code="C1")
    membership = Membership.objects.create(clinic=clinic, user=user)
    Invite.objects.create(clinic=clinic, token="t", expires_at=timezone.now())
    AuditEvent.objects.create(action="view_case_file", case_id=case.pk)
    CaseShare.objects.create(case=case, clinic=clinic)
    StaffNote.objects.create(case=case, clinic=clinic, author_label="A", body="b")
    CaseSummary.objects.create(case=case)
    CaseSeen.objects.create(case=case, membership=membership, seen_at=timezone.now())
    ReminderMail.objects.create(
        key=f"{case.pk}:pa:1:renewal:2026-12-31:7",
        case=case,
        due=timezone.localdate(),
        threshold="7",
        claimed_at=timezone.now(),
    )
    DocumentFactory(case=case)
    DenialDraft.objects.create(
        token="t" * 43, owner=user, findings={}, source="pasted text", expires_at=timezone.now()
    )
    return client


def test_every_model_of_ours_is_registered():
    ours = {m for m in apps.get_models() if m._meta.app_label in OUR_APPS}
    assert ours <= set(admin.site._registry)


@pytest.mark.parametrize(
    "model",
    [m for m in admin.site._registry if m._meta.app_label in OUR_APPS],
    ids=lambda m: m._meta.label,
)
def test_changelist_search_and_change_pages_load(admin_client, model):
    opts = model._meta
    base = f"/admin/{opts.app_label}/{opts.model_name}/"
    assert admin_client.get(base).status_code == 200
    assert admin_client.get(base, {"q": "a"}).status_code == 200
    obj = model.objects.first()
    assert admin_client.get(f"{base}{obj.pk}/change/").status_code == 200
    assert len(admin.site._registry[model].list_display) > 1
