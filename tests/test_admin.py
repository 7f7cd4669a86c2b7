"""Every model is in the admin, with list columns and a working search."""

import pytest
from django.contrib import admin

from tests.factories import CaseFactory, UserFactory, fill_case

OUR_APPS = {"coverage_guide", "patients", "appeals"}


@pytest.fixture
def admin_client(client, db):
    user = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(user)
    case = fill_case(CaseFactory())
    from appeals.models import LetterVersion

    LetterVersion.objects.create(
        case=case,
        kind="call-script",
        subject="Call script",
        number=1,
        pdf=b"%PDF",
        sha256="0" * 64,
        context={},
    )
    return client


def test_every_model_of_ours_is_registered():
    from django.apps import apps

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
