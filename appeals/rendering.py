"""Where letters are rendered: in a separate pool of processes at a lower CPU priority, so that a
burst of PDFs never holds up the pages of the worker that asked for them.

Rendering a letter is ~50-100 ms of pure-Python CPU work. Done in a page worker it would hold that
process's GIL, and every page request on its other threads would wait behind it. In the pool it
runs in another process that the kernel schedules after the page workers (nice 10); the page
worker's thread only waits on a pipe. LETTER_RENDER_PROCESSES = 0 renders in the calling process.

The pool is Pebble's: a render that runs past RENDER_TIMEOUT_SECONDS is stopped (its process
killed and replaced), not left to run on after the patient has been told it failed. Each render
process also dies with the worker that started it, so a killed worker leaves none behind.
"""

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures.process import BrokenProcessPool

from django.conf import settings
from pebble import ProcessExpired, ProcessPool

from .pdf import render_pdf

RENDER_NICENESS = 10
# The largest letter the caps allow renders in well under this (appeals/limits.py).
RENDER_TIMEOUT_SECONDS = 30
PARENT_CHECK_SECONDS = 2
PR_SET_PDEATHSIG = 1

_lock = threading.Lock()
_pool = None
_pool_pid = None


def _start_renderer(parent_pid):
    """Runs once in each render process: die with the parent, yield the CPU to page workers, load
    fonts up front."""
    _die_with(parent_pid)
    os.nice(RENDER_NICENESS)
    render_pdf('<html lang="en"><head><title>Ready</title></head><body><p>Ready.</p></body></html>')


def _die_with(parent_pid):
    """End this process when the worker that started it ends, however it ends (even SIGKILL):
    Linux signals us at once; elsewhere a thread notices within PARENT_CHECK_SECONDS."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)

    def watch():
        while os.getppid() == parent_pid:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    # Also covers a parent that was already gone before the signal was asked for.
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _pool_for_this_process():
    """The pool of this process (a gunicorn worker forks after import: each has its own)."""
    global _pool, _pool_pid
    with _lock:
        if _pool is None or _pool_pid != os.getpid():
            _pool = ProcessPool(
                max_workers=settings.LETTER_RENDER_PROCESSES,
                # Not fork: the page worker has threads and open database connections.
                context=multiprocessing.get_context("spawn"),
                initializer=_start_renderer,
                initargs=(os.getpid(),),
            )
            _pool_pid = os.getpid()
        return _pool


def render_letter_pdf(html, cover=""):
    """The PDF bytes for a letter's HTML (after its cover sheet, if any), rendered in the pool
    (or here, if there is none). Raises TimeoutError when the render was stopped for taking too
    long."""
    if not settings.LETTER_RENDER_PROCESSES:
        return render_pdf(html, cover=cover)
    pool = _pool_for_this_process()
    try:
        return _render_in(pool, html, cover)
    except (ProcessExpired, BrokenProcessPool, RuntimeError):
        # A render process died (killed, out of memory) during this render or while idle, which
        # Pebble takes as a broken pool: start a fresh pool and try once more.
        _discard(pool)
        return _render_in(_pool_for_this_process(), html, cover)


def _render_in(pool, html, cover):
    future = pool.schedule(render_pdf, args=(html, None, cover), timeout=RENDER_TIMEOUT_SECONDS)
    return future.result()


def _discard(pool):
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.stop()


def render_pids():
    """The process ids of this process's render processes (tests and benchmarks)."""
    pool = _pool_for_this_process()
    pool.schedule(os.getpid).result()  # started, and past their initializer
    return sorted(pool._pool_manager.worker_manager.workers)


def shutdown():
    """Stop this process's render pool (tests, and a clean exit)."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.close()
        pool.join()
