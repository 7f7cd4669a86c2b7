"""Letters are rendered in a separate pool of processes, at a lower CPU priority than pages, and
with no database transaction open while they render; a render that runs too long is stopped, and
render processes end with the worker that started them."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

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


ROOT = Path(__file__).resolve().parents[2]


def gone(pid):
    """The process has ended (a zombie waiting to be reaped counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")


def wait_until(check, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return False


def test_letters_render_in_another_process_that_yields_the_cpu_to_pages(pool):
    assert pool.schedule(os.getpid).result() != os.getpid()
    niceness_here = os.nice(0)
    assert pool.schedule(os.nice, args=(0,)).result() == niceness_here + rendering.RENDER_NICENESS
    pdf = rendering.render_letter_pdf(HTML)
    assert pdf.startswith(b"%PDF-")


def test_a_render_process_that_dies_is_replaced(pool):
    [render_pid] = rendering.render_pids()
    os.kill(render_pid, signal.SIGKILL)
    assert wait_until(lambda: gone(render_pid))
    assert rendering.render_letter_pdf(HTML).startswith(b"%PDF-")
    assert rendering.render_pids() != [render_pid]


def test_a_render_that_runs_too_long_is_stopped(pool, monkeypatch):
    [render_pid] = rendering.render_pids()
    monkeypatch.setattr(rendering, "RENDER_TIMEOUT_SECONDS", 0.3)
    long_letter = "<h1>Summary</h1>" + "<table>" + "<tr><td>call</td><td>note</td></tr>" * 20000
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        rendering.render_letter_pdf(long_letter + "</table>")
    assert time.monotonic() - started < 5
    # Its process was killed, not left to finish the work, and a fresh one serves the next.
    assert wait_until(lambda: gone(render_pid))
    monkeypatch.setattr(rendering, "RENDER_TIMEOUT_SECONDS", 30)
    assert rendering.render_letter_pdf(HTML).startswith(b"%PDF-")


WORKER = """
import django, os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coverage_guide.settings_test")
django.setup()
from django.conf import settings
settings.LETTER_RENDER_PROCESSES = 2
from appeals import rendering
print(*rendering.render_pids(), flush=True)
sys.stdin.read()
"""


def test_render_processes_end_when_their_worker_is_killed():
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        render_pids = [int(pid) for pid in worker.stdout.readline().split()]
        assert len(render_pids) == 2 and not any(gone(pid) for pid in render_pids)
    finally:
        worker.kill()  # SIGKILL: no atexit, no pool shutdown
        worker.wait()
    assert wait_until(lambda: all(gone(pid) for pid in render_pids))


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
