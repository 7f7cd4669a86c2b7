"""Before making a letter, the patient checks what it will say and the facts it uses, each with
a link to change it; nothing is made until they choose to."""

from appeals.models import LetterVersion
from patients.models import Case
from tests.factories import fill_case


def test_the_check_page_shows_the_answers_facts_and_sources_with_links_to_change(
    patient_client, case
):
    fill_case(case)
    denial = case.denials.first()
    url = f"/cases/{case.pk}/letters/appeal/check/?target=denial:{denial.pk}"
    page = patient_client.get(url)
    assert page.status_code == 200
    text = page.text
    assert "Check your appeal letter" in text
    assert "Experimental or investigational" in text
    assert "Experimental and investigational." in text  # the insurer's words
    assert "the published evidence (2 published sources)" in text
    for step in ("plan", "appeal", "diagnosis", "history"):
        assert f'href="/cases/{case.pk}/steps/{step}/">Change' in text, step
    assert "no mailing address yet" in text
    assert "Anand A, Mathew SJ, Sanacora G, et al." in text
    assert f'name="target" value="denial:{denial.pk}"' in text
    assert not LetterVersion.objects.exists()


def test_the_letters_on_a_step_link_to_their_check_page(patient_client, case):
    fill_case(case)
    denial = case.denials.first()
    step = patient_client.get(f"/cases/{case.pk}/steps/appeal/").text
    assert f"/cases/{case.pk}/letters/appeal/check/?target=denial%3A{denial.pk}" in step


def test_checking_another_patients_letter_or_an_unknown_target_is_404(
    patient_client, case, other_patient
):
    fill_case(case)
    theirs = fill_case(Case.objects.create(owner=other_patient))
    denial = theirs.denials.first()
    assert (
        patient_client.get(
            f"/cases/{theirs.pk}/letters/appeal/check/?target=denial:{denial.pk}"
        ).status_code
        == 404
    )
    assert (
        patient_client.get(
            f"/cases/{case.pk}/letters/appeal/check/?target=denial:{denial.pk}"
        ).status_code
        == 404
    )
    assert patient_client.get(f"/cases/{case.pk}/letters/poem/check/").status_code == 404


def test_a_date_range_superbill_is_checked_from_its_own_dates(patient_client, case):
    fill_case(case)
    claim = case.claims.first()
    step = patient_client.get(f"/cases/{case.pk}/steps/claims/").text
    assert f'formaction="/cases/{case.pk}/letters/superbill/check/"' in step
    day = claim.service_date.isoformat()
    page = patient_client.get(
        f"/cases/{case.pk}/letters/superbill/check/", {"start": day, "end": day}
    )
    assert page.status_code == 200 and "Check your superbill" in page.text
    assert f'name="target" value="range:{day}/{day}"' in page.text
