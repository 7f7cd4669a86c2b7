"""Every step's GET and POST, with htmx and as plain full-page forms."""

import pytest

from patients.steps import PARENT_OF_KIND, ROW_KINDS, STEP_OF_KIND, STEPS
from tests.factories import CaseFactory, fill_case
from tests.form_data import ROWS, SECTIONS, prefixed

HTMX = {"HTTP_HX_REQUEST": "true"}
SECTION_STEPS = [(step, section) for step in STEPS for section in step.sections]


def step_url(case, step):
    return f"/cases/{case.pk}/steps/{step.slug}/"


@pytest.mark.parametrize("step", STEPS, ids=lambda s: s.slug)
@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_every_step_page_shows_its_forms_and_rows(patient_client, full_case, step, htmx):
    response = patient_client.get(step_url(full_case, step), **(HTMX if htmx else {}))
    assert response.status_code == 200
    assert f"<h1>{step.title}</h1>" in response.text
    assert "no-store" in response["Cache-Control"]
    assert "HX-Request" in response["Vary"]
    for section in step.sections:
        assert f'id="section-{section.slug}"' in response.text
    for kind in step.row_kinds:
        row = kind.for_case(full_case).get()
        assert f'id="{kind.slug}-{row.pk}"' in response.text
        assert f'id="add-{kind.slug}"' in response.text


def test_step_indicator_shows_every_state(patient_client, full_case):
    response = patient_client.get(step_url(full_case, STEPS[0]))
    assert response.text.count('class="badge badge--') == 9
    assert 'aria-current="step"' in response.text


def section_data(case, section):
    saved = section.instance(type(case).objects.with_step_data().get(pk=case.pk))
    return prefixed(section.slug, SECTIONS[section.slug], saved)


@pytest.mark.parametrize(("step", "section"), SECTION_STEPS, ids=lambda x: getattr(x, "slug", ""))
def test_section_saves_as_a_plain_post(patient_client, case, step, section):
    data = {"section": section.slug, **section_data(case, section)}
    response = patient_client.post(step_url(case, step), data)
    assert response.status_code == 302
    one_form = len(step.sections) > 1  # several sections: one form, one "Saved."
    saved, anchor = (
        ("all", "step-saved") if one_form else (section.slug, f"section-{section.slug}-saved")
    )
    assert response["Location"].endswith(f"?saved={saved}#{anchor}")
    page = patient_client.get(response["Location"])
    assert f'id="{anchor}"' in page.text  # beside the button pressed
    saved = section.instance(type(case).objects.with_step_data().get(pk=case.pk))
    field, value = next(iter(SECTIONS[section.slug].items()))
    assert str(getattr(saved, field)) == value


@pytest.mark.parametrize(("step", "section"), SECTION_STEPS, ids=lambda x: getattr(x, "slug", ""))
def test_section_saves_with_htmx_and_refreshes_the_step_indicator(
    patient_client, case, step, section
):
    data = {"section": section.slug, **section_data(case, section)}
    response = patient_client.post(step_url(case, step), data, **HTMX)
    assert response.status_code == 200
    assert "Saved." in response.text
    assert 'hx-swap-oob="true"' in response.text
    assert "<html" not in response.text


def test_save_and_continue_goes_to_the_next_step(patient_client, case):
    policy = next(s for s in STEPS[0].sections if s.slug == "policy")
    data = {"section": "policy", "continue": "1", **section_data(case, policy)}
    response = patient_client.post(step_url(case, STEPS[0]), data)
    assert response["Location"] == step_url(case, STEPS[1])
    data = {"section": "policy", "continue": "1", **section_data(case, policy)}
    response = patient_client.post(step_url(case, STEPS[0]), data, **HTMX)
    assert response["HX-Redirect"] == step_url(case, STEPS[1])


def test_last_step_continues_to_the_dashboard(patient_client, case):
    assert STEPS[-1].sections == ()
    response = patient_client.get(step_url(case, STEPS[-1]))
    assert f'class="button" href="/cases/{case.pk}/">Back to the overview' in response.text


def test_policy_values_are_normalized_and_kept(patient_client, case):
    data = {"section": "provider", **prefixed("provider", SECTIONS["provider"])}
    patient_client.post(step_url(case, STEPS[4]), data)
    case.refresh_from_db()
    assert case.provider.tax_id == "12-3456789"


def add_data(kind, case):
    parent = None
    if kind.is_nested:
        parent = fill_case(case) and PARENT_OF_KIND[kind.slug].for_case(case).first()
    prefix = f"add-{kind.slug}-{parent.pk}" if parent else f"add-{kind.slug}"
    data = prefixed(prefix, ROWS[kind.slug])
    if parent:
        data["parent"] = parent.pk
    return data


@pytest.mark.parametrize("kind", ROW_KINDS.values(), ids=lambda k: k.slug)
def test_row_added_as_a_plain_post(patient_client, case, kind):
    data = add_data(kind, case)
    before = kind.for_case(case).count()
    response = patient_client.post(f"/cases/{case.pk}/rows/{kind.slug}/add/", data)
    assert response.status_code == 302, response.content[:2000]
    assert kind.for_case(case).count() == before + 1
    row = kind.for_case(case).latest("pk")
    step_page = f"/steps/{STEP_OF_KIND[kind.slug].slug}/"
    page = patient_client.get(response["Location"])
    if kind.in_brief:  # back on the step, the new row in brief on its parent's card
        parent = PARENT_OF_KIND[kind.slug]
        parent_id = getattr(row, f"{kind.parent_field}_id")
        assert response["Location"].endswith(f"{step_page}#{parent.slug}-{parent_id}")
        assert str(row) in page.text
    else:
        assert response["Location"].endswith(f"{step_page}#{kind.slug}-{row.pk}")
        assert f'id="{kind.slug}-{row.pk}"' in page.text


@pytest.mark.parametrize("kind", ROW_KINDS.values(), ids=lambda k: k.slug)
def test_row_added_with_htmx_returns_the_row_and_a_fresh_form(patient_client, case, kind):
    data = add_data(kind, case)
    response = patient_client.post(f"/cases/{case.pk}/rows/{kind.slug}/add/", data, **HTMX)
    assert response.status_code == 200
    row = kind.for_case(case).latest("pk")
    assert f'id="{kind.slug}-{row.pk}"' in response.text
    assert 'hx-swap-oob="beforeend:#items-' in response.text
    assert 'id="step-nav"' in response.text
    assert '<div id="guidance" hx-swap-oob="true">' in response.text  # refreshed as well
    assert "<html" not in response.text


def test_normalized_codes_are_saved(patient_client, case):
    patient_client.post(
        f"/cases/{case.pk}/rows/diagnoses/add/", prefixed("add-diagnoses", ROWS["diagnoses"])
    )
    assert case.diagnoses.get().code == "F33.2"
    patient_client.post(
        f"/cases/{case.pk}/rows/prior-authorizations/add/",
        prefixed("add-prior-authorizations", ROWS["prior-authorizations"]),
    )
    assert case.prior_authorizations.get().codes == "96365, J3490"


@pytest.mark.parametrize("kind", ROW_KINDS.values(), ids=lambda k: k.slug)
@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_row_edited(patient_client, full_case, kind, htmx):
    row = kind.for_case(full_case).first()
    url = f"/cases/{full_case.pk}/rows/{kind.slug}/{row.pk}/edit/"
    form_page = patient_client.get(url, **(HTMX if htmx else {}))
    assert form_page.status_code == 200
    assert f"Edit {kind.noun}" in form_page.text
    assert ("<html" in form_page.text) is not htmx
    data = prefixed(f"{kind.slug}-{row.pk}", ROWS[kind.slug], row)
    response = patient_client.post(url, data, **(HTMX if htmx else {}))
    assert response.status_code == (200 if htmx else 302)
    row.refresh_from_db()
    field, value = next((f, v) for f, v in ROWS[kind.slug].items() if v and f != "kind")
    assert str(getattr(row, field)).upper().replace(".", "") == value.upper().replace(".", "")


@pytest.mark.parametrize("kind", ROW_KINDS.values(), ids=lambda k: k.slug)
def test_row_deleted_after_confirmation_without_javascript(patient_client, full_case, kind):
    row = kind.for_case(full_case).first()
    url = f"/cases/{full_case.pk}/rows/{kind.slug}/{row.pk}/delete/"
    confirm = patient_client.get(url)
    assert f"Delete this {kind.noun}?" in confirm.text
    assert kind.for_case(full_case).filter(pk=row.pk).exists()
    response = patient_client.post(url)
    assert response.status_code == 302
    assert not kind.for_case(full_case).filter(pk=row.pk).exists()


def test_row_deleted_with_htmx_refreshes_the_step_indicator(patient_client, full_case):
    row = full_case.treatments.get()
    url = f"/cases/{full_case.pk}/rows/treatments/{row.pk}/delete/"
    response = patient_client.post(url, **HTMX)
    assert response.status_code == 200
    assert 'id="step-nav"' in response.text
    assert not full_case.treatments.exists()


def test_row_detail_returns_the_card_for_htmx_and_redirects_otherwise(patient_client, full_case):
    claim = full_case.claims.get()
    url = f"/cases/{full_case.pk}/rows/claims/{claim.pk}/"
    card = patient_client.get(url, **HTMX)
    assert f'id="claims-{claim.pk}"' in card.text
    assert "Services billed" in card.text
    assert patient_client.get(url)["Location"].endswith(f"#claims-{claim.pk}")


def test_unknown_step_or_list_is_404(patient_client, case):
    assert patient_client.get(f"/cases/{case.pk}/steps/nope/").status_code == 404
    assert patient_client.post(f"/cases/{case.pk}/rows/nope/add/", {}).status_code == 404
    response = patient_client.post(step_url(case, STEPS[0]), {"section": "nope"})
    assert response.status_code == 404


def test_case_list_create_and_dashboard(patient_client):
    assert patient_client.get("/cases/")["Location"] == "/cases/new/"
    response = patient_client.post(
        "/cases/new/", {"treatment": "esketamine", "nickname": "Spravato"}
    )
    case_url = response["Location"]
    assert case_url.endswith("/steps/plan/")
    cases = patient_client.get("/cases/")
    assert "Spravato" in cases.text
    dashboard = patient_client.get(case_url.split("steps")[0])
    assert "What to do next" in dashboard.text
    assert "Enter your insurance plan" in dashboard.text


def test_a_patient_can_have_several_cases(patient_client):
    patient_client.post("/cases/new/", {"treatment": "esketamine"})
    patient_client.post("/cases/new/", {"treatment": "iv_ketamine"})
    page = patient_client.get("/cases/")
    assert "Esketamine nasal spray" in page.text and "IV ketamine infusions" in page.text


def test_a_claims_services_show_in_brief_and_open_to_change(patient_client, full_case):
    claim = full_case.claims.get()
    line = claim.lines.first()
    page = patient_client.get(step_url(full_case, STEPS[6]))
    card = page.text.split(f'id="claims-{claim.pk}"')[1].split("</article>")[0]
    assert str(line) in card  # "96365 × 1 at $550.00 (11 · Office)", one line a service
    assert f'id="claim-lines-{line.pk}"' not in page.text
    open_url = f"/cases/{full_case.pk}/rows/claims/{claim.pk}/?expand"
    assert f'href="{open_url}"' in card

    opened = patient_client.get(open_url, **HTMX)  # the card, its services as cards
    assert f'id="claim-lines-{line.pk}"' in opened.text and "<html" not in opened.text
    add_url = f"/cases/{full_case.pk}/rows/claim-lines/add/?parent={claim.pk}"
    assert f'href="{add_url}"' in opened.text
    assert f'name="add-claim-lines-{claim.pk}-code"' not in opened.text
    claim_page = patient_client.get(open_url)  # the same as a page of its own, without JS
    assert f'id="claim-lines-{line.pk}"' in claim_page.text and "<html" in claim_page.text

    fragment = patient_client.get(add_url, **HTMX)
    assert f'name="add-claim-lines-{claim.pk}-code"' in fragment.text
    assert "<html" not in fragment.text
    form_page = patient_client.get(add_url)
    assert f'name="add-claim-lines-{claim.pk}-code"' in form_page.text
    assert f'value="{claim.pk}"' in form_page.text
    assert f'href="{open_url}#list-claim-lines-{claim.pk}"' in form_page.text


def test_changing_a_service_without_javascript_returns_to_its_claim(patient_client, full_case):
    claim = full_case.claims.get()
    line = claim.lines.first()
    data = prefixed(f"claim-lines-{line.pk}", ROWS["claim-lines"], line)
    url = f"/cases/{full_case.pk}/rows/claim-lines/{line.pk}/edit/"
    response = patient_client.post(url, data)
    opened = f"/cases/{full_case.pk}/rows/claims/{claim.pk}/?expand"
    assert response["Location"] == f"{opened}#claim-lines-{line.pk}"
    response = patient_client.post(f"/cases/{full_case.pk}/rows/claim-lines/{line.pk}/delete/")
    assert response["Location"] == f"{opened}#list-claim-lines-{claim.pk}"
    assert not claim.lines.filter(pk=line.pk).exists()


def test_a_claim_without_lines_shows_its_add_line_form(patient_client, full_case):
    claim = full_case.claims.get()
    claim.lines.all().delete()
    page = patient_client.get(step_url(full_case, STEPS[6]))
    assert f'name="add-claim-lines-{claim.pk}-code"' in page.text


def test_add_line_form_for_another_patients_claim_is_404(patient_client, full_case, other_patient):
    other = fill_case(CaseFactory(owner=other_patient))
    claim = other.claims.get()
    url = f"/cases/{full_case.pk}/rows/claim-lines/add/?parent={claim.pk}"
    assert patient_client.get(url).status_code == 404
    assert patient_client.get(url, **HTMX).status_code == 404


@pytest.mark.parametrize("kind", ROW_KINDS.values(), ids=lambda k: k.slug)
def test_edit_forms_keep_the_version_hidden(patient_client, full_case, kind):
    row = kind.for_case(full_case).first()
    page = patient_client.get(f"/cases/{full_case.pk}/rows/{kind.slug}/{row.pk}/edit/")
    prefix = f"{kind.slug}-{row.pk}"
    assert f'<input type="hidden" name="{prefix}-version" value="{row.version}"' in page.text
    assert ">Version</label>" not in page.text
