"""Double clicks and replayed requests make one row, on SQLite and PostgreSQL, with threads."""

import threading
import uuid

import pytest
from django.db import connection
from django.test import Client

from tests.factories import CaseFactory
from tests.form_data import ROWS, prefixed


def add_treatment_data(submission):
    return {**prefixed("add-treatments", ROWS["treatments"]), "submission": str(submission)}


@pytest.mark.django_db
def test_the_same_add_form_posted_twice_makes_one_row(patient_client, case):
    data = add_treatment_data(uuid.uuid4())
    first = patient_client.post(f"/cases/{case.pk}/rows/treatments/add/", data)
    second = patient_client.post(f"/cases/{case.pk}/rows/treatments/add/", data)
    assert case.treatments.count() == 1
    assert first["Location"] == second["Location"]
    # The same typing under a new form (the browser's "back" restores it): asked about first,
    # then added when sent again.
    again = add_treatment_data(uuid.uuid4())
    asked = patient_client.post(f"/cases/{case.pk}/rows/treatments/add/", again)
    assert "already on your list, exactly as typed" in asked.text
    assert case.treatments.count() == 1
    patient_client.post(f"/cases/{case.pk}/rows/treatments/add/", {**again, "again": "1"})
    assert case.treatments.count() == 2


@pytest.mark.django_db
def test_every_add_form_carries_a_fresh_submission_id(patient_client, case):
    page = patient_client.get(f"/cases/{case.pk}/steps/history/").text
    first = page.split('name="submission" value="')[1][:36]
    again = patient_client.get(f"/cases/{case.pk}/steps/history/").text
    assert uuid.UUID(first) and first not in again


@pytest.mark.django_db(transaction=True)
def test_five_parallel_replays_make_one_row():
    case = CaseFactory()
    login = Client()
    login.force_login(case.owner)
    cookies = login.cookies
    data = add_treatment_data(uuid.uuid4())
    statuses, barrier = [], threading.Barrier(5)

    def replay():
        client = Client()
        client.cookies = cookies
        barrier.wait()
        try:
            statuses.append(client.post(f"/cases/{case.pk}/rows/treatments/add/", data).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=replay) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert statuses == [302] * 5
    assert case.treatments.count() == 1
