"""The access matrix over every case URL in the URL conf and every method.

Actors: the owner, another patient, staff of the clinic the case is shared with, staff of
another clinic, staff after the patient revoked the share, staff removed from the clinic, and
anonymous. Only the rows DESIGN.md allows succeed; every other answer is 404 and writes a denied
audit entry (anonymous visitors are sent to sign in)."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from appeals.kinds import LETTER_KINDS
from appeals.models import LetterVersion
from coverage_guide.clinics.forms import STATUS_FORMS
from coverage_guide.clinics.models import CaseShare
from coverage_guide.models import AuditEvent, Clinic, Membership
from patients.steps import ROW_KINDS, STEPS
from tests.factories import CaseFactory, DocumentFactory, UserFactory, fill_case

METHODS = ["get", "post", "put", "delete"]


def case_patterns(resolver=None, prefix=""):
    """Every URL pattern that takes a case id, walked from the root URL conf."""
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from case_patterns(entry, route)
        elif isinstance(entry, URLPattern) and "<id:case_id>" in route:
            yield entry.name, route


CASE_PATTERNS = sorted(set(case_patterns()))


def expand(route, case, clinic_code):
    """Every concrete URL for a route: each step, list, row, letter and share of the case."""
    options = {
        "<slug:step_slug>": [s.slug for s in STEPS],
        "<slug:letter_kind>": list(LETTER_KINDS),
        "<id:version_id>": [str(v.pk) for v in case.letters.all()],
        "<id:share_id>": [str(s.pk) for s in case.shares.all()],
        "<id:document_id>": [str(d.pk) for d in case.documents.all()],
        "<slug:clinic_code>": [clinic_code],
    }
    url = route.replace("<id:case_id>", str(case.pk))
    if "<slug:kind_slug>" in url and "<id:row_id>" in url:
        kinds = STATUS_FORMS if "/status/" in url else ROW_KINDS
        rows = {slug: (ROW_KINDS[slug].for_case(case).first()) for slug in kinds}
        urls = [
            url.replace("<slug:kind_slug>", slug).replace("<id:row_id>", str(row.pk))
            for slug, row in rows.items()
        ]
    elif "<slug:kind_slug>" in url:
        urls = [url.replace("<slug:kind_slug>", slug) for slug in ROW_KINDS]
    else:
        urls = [url]
    for placeholder, values in options.items():
        urls = (
            [u.replace(placeholder, v) for u in urls for v in values]
            if any(placeholder in u for u in urls)
            else urls
        )
    assert not any("<" in u for u in urls), urls
    return ["/" + u for u in urls]


def all_urls(case, clinic_code):
    found = []
    for name, route in CASE_PATTERNS:
        found += [
            (name, url, "<slug:clinic_code>" in route) for url in expand(route, case, clinic_code)
        ]
    return found


@pytest.fixture
def world(db):
    case = fill_case(CaseFactory())
    clinic = Clinic.objects.create(name="Sharing Clinic", code="SHARE1")
    other_clinic = Clinic.objects.create(name="Other Clinic", code="OTHER1")
    share = CaseShare.objects.create(case=case, clinic=clinic, consented_by=case.owner)
    LetterVersion.objects.create(
        case=case,
        kind="appeal",
        target_key=f"denial:{case.denials.first().pk}",
        subject="Appeal letter",
        number=1,
        pdf=b"%PDF-1.7",
        sha256="0" * 64,
        context={},
    )
    # A document the sharing clinic's staff added, so that their delete URL is one that works.
    DocumentFactory(case=case)

    def staff(of):
        user = UserFactory()
        Membership.objects.create(clinic=of, user=user, role="staff", display_name="Staff")
        return user

    actors = {
        "owner": case.owner,
        "other_patient": UserFactory(),
        "sharing_staff": staff(clinic),
        "other_clinic_staff": staff(other_clinic),
        "staff_after_revoke": staff(clinic),
        "removed_staff": staff(clinic),
        "anonymous": None,
    }
    return {
        "case": case,
        "clinic": clinic,
        "other_clinic": other_clinic,
        "share": share,
        "actors": actors,
    }


def prepare(world, actor):
    """Put the world in the state the actor's row of the matrix describes."""
    if actor == "staff_after_revoke":
        CaseShare.objects.filter(pk=world["share"].pk).update(revoked_at=timezone.now())
    if actor == "removed_staff":
        Membership.objects.filter(user=world["actors"]["removed_staff"]).update(
            removed_at=timezone.now()
        )


def allowed(actor, is_staff_url):
    return (actor == "owner" and not is_staff_url) or (actor == "sharing_staff" and is_staff_url)


@pytest.mark.parametrize(
    "actor",
    [
        "owner",
        "other_patient",
        "sharing_staff",
        "other_clinic_staff",
        "staff_after_revoke",
        "removed_staff",
        "anonymous",
    ],
)
def test_access_matrix_over_every_case_url_and_method(client, world, actor):
    prepare(world, actor)
    user = world["actors"][actor]
    if user is not None:
        client.force_login(user)
    codes = ["SHARE1", "OTHER1"] if actor == "other_clinic_staff" else ["SHARE1"]
    checked = 0
    for code in codes:
        for _name, url, is_staff_url in all_urls(world["case"], code):
            for method in METHODS:
                destructive = method != "get" and url.endswith(("/delete/", "/revoke/"))
                if destructive and allowed(actor, is_staff_url):
                    continue  # the owner's deletes are tested where they belong
                before = AuditEvent.objects.filter(outcome="denied").count()
                response = getattr(client, method)(url)
                checked += 1
                if user is None:
                    assert response.status_code == 302, (method, url)
                    assert response["Location"].startswith("/accounts/login/")
                elif allowed(actor, is_staff_url):
                    # Allowed: pages open; empty posts are refused as malformed, never a 500.
                    expected = (200, 302, 405) if method == "get" else (200, 302, 400, 404, 405)
                    assert response.status_code in expected, (method, url, response.status_code)
                else:
                    assert response.status_code == 404, (actor, method, url, response.status_code)
                    assert AuditEvent.objects.filter(outcome="denied").count() == before + 1, (
                        "no denied audit entry",
                        method,
                        url,
                    )
    assert checked > 250


def test_the_matrix_covers_patient_and_staff_urls(world):
    urls = all_urls(world["case"], "SHARE1")
    names = {name for name, _, _ in urls}
    assert {
        "case_dashboard",
        "case_step",
        "row_add",
        "row_edit",
        "row_delete",
        "claim_copy",
        "letter_create",
        "letter_download",
        "document_add",
        "document_download",
        "document_delete",
        "staff_document_add",
        "staff_document_download",
        "staff_document_delete",
        "case_sharing",
        "case_share_revoke",
        "case_access_log",
        "staff_case_file",
        "staff_note_add",
        "staff_status_update",
        "staff_letter_create",
        "staff_letter_download",
    } <= names


def test_staff_cannot_share_unshare_or_delete_a_patients_case(client, world):
    client.force_login(world["actors"]["sharing_staff"])
    case = world["case"]
    assert (
        client.post(f"/cases/{case.pk}/sharing/", {"code": "OTHER1", "consent": "on"}).status_code
        == 404
    )
    assert client.post(f"/cases/{case.pk}/sharing/{world['share'].pk}/revoke/").status_code == 404
    row = case.treatments.first()
    assert client.post(f"/cases/{case.pk}/rows/treatments/{row.pk}/delete/").status_code == 404
    assert CaseShare.objects.active().filter(case=case).count() == 1
    assert case.treatments.filter(pk=row.pk).exists()
