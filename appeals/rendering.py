"""Where letters are rendered: in a separate pool of processes at a lower CPU priority, so that a
burst of PDFs never holds up the pages of the worker that asked for them.

Rendering a letter is ~50-100 ms of pure-Python CPU work. Done in a page worker it would hold that
process's GIL, and every page request on its other threads would wait behind it. In the pool it
runs in another process that the kernel schedules after the page workers (nice 10); the page
worker's thread only waits on a pipe. LETTER_RENDER_PROCESSES = 0 renders in the calling process.
"""

import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from django.conf import settings

from .pdf import render_pdf

RENDER_NICENESS = 10
RENDER_TIMEOUT_SECONDS = 60

_lock = threading.Lock()
_pool = None
_pool_pid = None


def _start_renderer():
    """Runs once in each render process: yield the CPU to page workers, load fonts up front."""
    os.nice(RENDER_NICENESS)
    render_pdf('<html lang="en"><head><title>Ready</title></head><body><p>Ready.</p></body></html>')


def _pool_for_this_process():
    """The pool of this process (a gunicorn worker forks after import: each has its own)."""
    global _pool, _pool_pid
    with _lock:
        if _pool is None or _pool_pid != os.getpid():
            _pool = ProcessPoolExecutor(
                max_workers=settings.LETTER_RENDER_PROCESSES,
                # Not fork: the page worker has threads and open database connections.
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_renderer,
            )
            _pool_pid = os.getpid()
        return _pool


def _discard(pool):
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


def render_letter_pdf(html, cover=""):
    """The PDF bytes for a letter's HTML (after its cover sheet, if any), rendered in the pool
    (or here, if there is none)."""
    if not settings.LETTER_RENDER_PROCESSES:
        return render_pdf(html, cover=cover)
    pool = _pool_for_this_process()
    try:
        return _render_in(pool, html, cover)
    except BrokenProcessPool:
        # A render process died (killed, out of memory): start a fresh pool and try once more.
        _discard(pool)
        return _render_in(_pool_for_this_process(), html, cover)


def _render_in(pool, html, cover):
    return pool.submit(render_pdf, html, None, cover).result(timeout=RENDER_TIMEOUT_SECONDS)


def shutdown():
    """Stop this process's render pool (tests, and a clean exit)."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True)
