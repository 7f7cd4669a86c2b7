"""No one patient can tie up letter making: letters list at most a set number of rows of any
table and say so, an oversized letter is not rendered, and each person makes one letter at a time
and a limited number in ten minutes, counted in the cache every app server shares."""

import pytest
from django.db import connection

from appeals import limits
from appeals.kinds import LETTER_KINDS
from appeals.services import build_letter, letter_html
from appeals.targets import NONE
from tests.factories import CaseFactory, TreatmentFactory, UserFactory, fill_case

pytestmark = pytest.mark.django_db


def make(client, case, kind="call-script"):
    response = client.post(f"/cases/{case.pk}/letters/{kind}/new/")
    assert response.status_code == 302
    return client.get(response["Location"]).text


def test_a_letter_lists_at_most_the_cap_of_a_table_and_says_what_it_left_out(full_case):
    TreatmentFactory.create_batch(12, case=full_case)
    total = full_case.treatments.count()
    kind = LETTER_KINDS["medical-necessity"]
    context = build_letter(kind, full_case, NONE)[1]
    assert len(context["treatments"]) == total  # under the cap: all of them, no note
    assert context["left_out"] == []
    context = {"treatments": list(range(total)), "nested": [{"lines": list(range(9))}]}
    left_out = limits.cap_lists(context, limit=5)
    assert context["treatments"] == list(range(5))
    assert context["nested"][0]["lines"] == list(range(5))
    assert left_out == [
        {"what": "treatments tried", "shown": 5, "total": total},
        {"what": "services billed", "shown": 5, "total": 9},
    ]


def test_the_letter_says_how_many_rows_it_left_out(full_case, monkeypatch):
    TreatmentFactory.create_batch(7, case=full_case)
    monkeypatch.setattr(limits, "ROWS_PER_LIST", 3)
    kind = LETTER_KINDS["medical-necessity"]
    html = letter_html(kind, build_letter(kind, full_case, NONE)[1])
    total = full_case.treatments.count()
    assert f"lists the first 3 of {total} treatments tried" in html
    assert "the full record is available on request" in html


def test_an_oversized_letter_is_not_rendered_and_the_case_is_as_it_was(
    patient_client, full_case, monkeypatch
):
    monkeypatch.setattr(limits, "MAX_HTML_CHARS", 1000)
    page = make(patient_client, full_case)
    assert "This letter would be too long to make in one piece" in page
    assert not full_case.letters.exists()


def test_each_person_may_make_a_limited_number_of_letters(patient_client, full_case, monkeypatch):
    monkeypatch.setattr(limits, "LETTER_RATE", "2/m")
    make(patient_client, full_case)
    make(patient_client, full_case)
    page = make(patient_client, full_case)
    assert "made a lot of letters in the last few minutes" in page
    assert full_case.letters.count() == 2
    # The count is kept in the shared cache's table, where every app server reads it.
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM coverage_guide_shared_cache")
        assert cursor.fetchone()[0] >= 1
    # Another patient is not held back by this one.
    other = fill_case(CaseFactory(owner=UserFactory()))
    patient_client.force_login(other.owner)
    make(patient_client, other)
    assert other.letters.count() == 1


def test_one_letter_at_a_time_per_person(patient_client, full_case, patient):
    from django.core.cache import caches

    shared = caches["shared"]
    shared.add(f"letter-slot:{patient.pk}", 1, 60)  # a letter of theirs is being made
    page = make(patient_client, full_case)
    assert "Your last letter is still being made" in page
    assert not full_case.letters.exists()
    shared.delete(f"letter-slot:{patient.pk}")
    make(patient_client, full_case)
    assert full_case.letters.count() == 1
    assert shared.get(f"letter-slot:{patient.pk}") is None  # freed once made
