"""Letter versions are numbered per case, kind and target, and never share a number: two people
making the same letter at the same moment get versions 1 and 2 (SQLite and PostgreSQL)."""

import threading

import pytest
from django.db import IntegrityError, connection, transaction

from appeals import services
from appeals.kinds import LETTER_KINDS
from appeals.models import LetterVersion
from appeals.targets import NONE
from patients.models import Case
from tests.factories import CaseFactory, fill_case


@pytest.mark.django_db(transaction=True)
def test_two_threads_making_the_same_letter_at_once_get_versions_1_and_2(monkeypatch):
    case = fill_case(CaseFactory())
    both_rendered = threading.Barrier(2)

    def render(html, cover=""):
        both_rendered.wait(timeout=20)  # both hold a finished PDF before either archives it
        return b"%PDF-1.7 rendered"

    monkeypatch.setattr(services, "render_letter_pdf", render)
    numbers, errors = [], []

    def make():
        try:
            loaded = Case.objects.with_step_data().get(pk=case.pk)
            numbers.append(services.make_letter(LETTER_KINDS["call-script"], loaded, NONE).number)
        except Exception as error:  # reported below, with the thread's own traceback
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=make) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(numbers) == [1, 2]
    assert sorted(LetterVersion.objects.values_list("number", flat=True)) == [1, 2]


@pytest.mark.django_db
def test_the_database_refuses_a_second_version_with_the_same_number():
    case = CaseFactory()
    row = dict(case=case, kind="appeal", target_key="denial:1", subject="Appeal", pdf=b"%PDF")
    LetterVersion.objects.create(number=1, sha256="0" * 64, context={}, **row)
    with pytest.raises(IntegrityError), transaction.atomic():
        LetterVersion.objects.create(number=1, sha256="1" * 64, context={}, **row)


@pytest.mark.django_db
def test_numbers_count_separately_for_each_target(monkeypatch):
    monkeypatch.setattr(services, "render_letter_pdf", lambda html, cover="": b"%PDF-1.7")
    case = Case.objects.with_step_data().get(pk=fill_case(CaseFactory()).pk)
    kind = LETTER_KINDS["superbill"]
    claim = kind.options(case)[0]
    first = services.make_letter(kind, case, claim)
    second = services.make_letter(kind, case, claim)
    whole = services.make_letter(LETTER_KINDS["case-summary"], case, NONE)
    assert (first.number, second.number, whole.number) == (1, 2, 1)
    assert first.target_key == second.target_key == claim.key
