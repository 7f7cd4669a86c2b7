"""Two people (or tabs) save the same row or step from the same starting version: the second
sees a clear conflict with their values and the current ones; nothing is silently overwritten."""

import threading
from html import unescape

import pytest
from django.db import connection
from django.test import Client

from tests.factories import CaseFactory, TreatmentFactory
from tests.form_data import ROWS, SECTIONS, prefixed


def edit_data(row, name, version):
    data = prefixed(f"treatments-{row.pk}", {**ROWS["treatments"], "name": name})
    data[f"treatments-{row.pk}-version"] = str(version)
    return data


@pytest.mark.django_db
def test_second_save_of_a_row_from_the_same_version_is_a_conflict(patient_client, case):
    row = TreatmentFactory(case=case, name="Original")
    url = f"/cases/{case.pk}/rows/treatments/{row.pk}/edit/"
    form_page = patient_client.get(url).text
    assert f'name="treatments-{row.pk}-version" value="1"' in form_page
    assert patient_client.post(url, edit_data(row, "First tab", 1)).status_code == 302
    response = patient_client.post(url, edit_data(row, "Second tab", 1))
    page = unescape(response.text)
    assert response.status_code == 200
    assert "This was changed while you were editing" in page
    assert "Second tab" in page and "First tab" in page  # theirs and the current value
    row.refresh_from_db()
    assert (row.name, row.version) == ("First tab", 2)
    # Saving again from the conflict page is a knowing choice, based on the current version.
    assert f'name="treatments-{row.pk}-version" value="2"' in page
    assert patient_client.post(url, edit_data(row, "Second tab", 2)).status_code == 302
    row.refresh_from_db()
    assert row.name == "Second tab"


@pytest.mark.django_db
def test_second_save_of_a_step_section_is_a_conflict(patient_client, case):
    url = f"/cases/{case.pk}/steps/plan/"
    patient_client.post(url, {"section": "policy", **prefixed("policy", SECTIONS["policy"])})
    case.refresh_from_db()
    version = case.policy.version
    first = {**SECTIONS["policy"], "insurer": "From tab one", "version": str(version)}
    second = {**SECTIONS["policy"], "insurer": "From tab two", "version": str(version)}
    assert (
        patient_client.post(url, {"section": "policy", **prefixed("policy", first)}).status_code
        == 302
    )
    response = patient_client.post(
        url, {"section": "policy", **prefixed("policy", second)}, HTTP_HX_REQUEST="true"
    )
    page = unescape(response.text)
    assert "This was changed while you were editing" in page
    assert "From tab two" in page and "From tab one" in page
    case.policy.refresh_from_db()
    assert case.policy.insurer == "From tab one"


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_saves_from_one_version_save_exactly_one():
    case = CaseFactory()
    row = TreatmentFactory(case=case, name="Original")
    login = Client()
    login.force_login(case.owner)
    url = f"/cases/{case.pk}/rows/treatments/{row.pk}/edit/"
    results, barrier = {}, threading.Barrier(2)

    def save(name):
        client = Client()
        client.cookies = login.cookies
        barrier.wait()
        try:
            results[name] = client.post(url, edit_data(row, name, 1)).status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(name,)) for name in ("Alice", "Bob")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(results.values()) == [200, 302]  # one saved, one told of the conflict
    row.refresh_from_db()
    winner = next(name for name, status in results.items() if status == 302)
    assert (row.name, row.version) == (winner, 2)
