"""Letters are rendered in a separate pool of processes, at a lower CPU priority than pages, and
with no database transaction open while they render."""

import os
import signal

import pytest
from django.db import connection

from appeals import rendering, services
from appeals.kinds import LETTER_KINDS
from appeals.targets import NONE
from tests.factories import CaseFactory, fill_case

HTML = "<h1>Letter of medical necessity</h1><p>Member ID AH4410932</p>"


@pytest.fixture
def pool(settings):
    settings.LETTER_RENDER_PROCESSES = 1
    rendering.shutdown()
    yield rendering._pool_for_this_process()
    rendering.shutdown()


def test_letters_render_in_another_process_that_yields_the_cpu_to_pages(pool):
    assert pool.submit(os.getpid).result() != os.getpid()
    niceness_here = os.nice(0)
    assert pool.submit(os.nice, 0).result() == niceness_here + rendering.RENDER_NICENESS
    pdf = rendering.render_letter_pdf(HTML)
    assert pdf.startswith(b"%PDF-")


def test_a_render_process_that_dies_is_replaced(pool):
    render_pid = pool.submit(os.getpid).result()
    os.kill(render_pid, signal.SIGKILL)
    assert rendering.render_letter_pdf(HTML).startswith(b"%PDF-")
    assert rendering._pool_for_this_process() is not pool


def test_without_a_pool_letters_render_in_the_calling_process(settings):
    settings.LETTER_RENDER_PROCESSES = 0
    rendering.shutdown()
    assert rendering.render_letter_pdf(HTML).startswith(b"%PDF-")
    assert rendering._pool is None


@pytest.mark.django_db(transaction=True)
def test_no_transaction_is_open_while_a_letter_renders(monkeypatch):
    case = fill_case(CaseFactory())
    seen = []

    def render(html, cover=""):
        seen.append(connection.in_atomic_block)
        return b"%PDF-1.7 test"

    monkeypatch.setattr(services, "render_letter_pdf", render)
    version = services.make_letter(LETTER_KINDS["call-script"], case, NONE)
    assert seen == [False]
    assert version.number == 1 and bytes(version.pdf) == b"%PDF-1.7 test"


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_a_letter_that_does_not_render_in_time_says_so_calmly(
    patient_client, full_case, monkeypatch, htmx
):
    def too_slow(html, cover=""):
        raise TimeoutError

    monkeypatch.setattr(services, "render_letter_pdf", too_slow)
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    url = f"/cases/{full_case.pk}/letters/call-script/new/"
    response = patient_client.post(url, **headers)
    step_page = f"/cases/{full_case.pk}/steps/insurer/#letters"
    if htmx:
        assert response["HX-Redirect"] == step_page
    else:
        assert response.status_code == 302 and response["Location"] == step_page
    page = patient_client.get(step_page)
    assert "make the PDF just now. Nothing you entered is lost" in page.text
    assert not full_case.letters.exists()
