"""Every rule and reference entry has a source; the sources page lists them all."""

import re

import pytest

from patients.knowledge.index import entries, source_uses
from patients.knowledge.sources import SOURCES_BY_KEY, all_sources


def test_every_entry_has_a_complete_source():
    found = entries()
    assert len(found) > 150
    for entry in found:
        source = entry.source
        assert entry.what and source.title, entry
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", source.reviewed), entry
        assert source.url.startswith("https://"), entry


def test_every_source_the_product_can_show_is_a_public_document_with_its_review_date():
    """Every source, cited or not: an https address, its own review date, and never the team's
    own notes or seed articles."""
    for source in all_sources():
        assert source.url.startswith("https://"), source.key
        assert re.fullmatch(r"20\d{2}-\d{2}-\d{2}", source.reviewed), source.key
        words = f"{source.key} {source.title}".lower()
        for private in ("domain.md", "domain notes", "shared/", "seed article", "coverage guide"):
            assert private not in words, (source.key, private)


@pytest.mark.django_db
def test_no_page_shows_the_teams_own_notes(client, patient_client, full_case):
    pages = [client.get("/sources/").text]
    for step in ("plan", "insurer", "clinic", "financial-aid", "appeal"):
        pages.append(patient_client.get(f"/cases/{full_case.pk}/steps/{step}/").text)
    for page in pages:
        assert "domain notes" not in page.lower() and "shared/domain" not in page


def test_source_keys_are_unique_and_every_source_supports_something():
    assert len(SOURCES_BY_KEY) == len(all_sources())
    unused = [s.key for s in all_sources() if s not in source_uses()]
    assert unused == []


def test_unverified_facts_are_flagged():
    flagged = {e.what for e in entries() if not e.verified}
    assert any("Cigna" in w for w in flagged)
    assert any("Massachusetts" in w for w in flagged)


@pytest.mark.django_db
def test_sources_page_lists_every_source_with_its_anchor(client):
    page = client.get("/sources/")
    assert page.status_code == 200
    for source in all_sources():
        assert f'id="src-{source.key}"' in page.text


@pytest.mark.django_db
def test_sources_page_lists_the_evidence_library_with_what_is_unchecked(client):
    from patients.knowledge.evidence import LIBRARY

    page = client.get("/sources/").text
    assert "The evidence library" in page
    for ref in LIBRARY:
        assert f'id="src-ref-{ref.key}"' in page
    unchecked = sum(not ref.verified for ref in LIBRARY)
    assert page.count("not yet checked: never cited") == unchecked
