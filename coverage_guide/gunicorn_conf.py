"""Gunicorn settings for production: `gunicorn -c python:coverage_guide.gunicorn_conf
coverage_guide.wsgi`. Sized from the machine; each value can be set from the environment."""

import os

# One worker process per core: page work is Python and holds the GIL, so more processes than cores
# only adds switching. Threads let a worker keep serving while one of its requests waits on the
# database or on a letter rendering in the render pool (appeals/rendering.py).
workers = int(os.environ.get("GUNICORN_WORKERS") or os.cpu_count() or 2)
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# A request that takes this long is stuck: the worker is restarted.
timeout = 60
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, so a slow leak in a library never grows without bound.
max_requests = 5000
max_requests_jitter = 500

accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"


def post_worker_init(worker):
    """Read the ICD-10-CM code set and start the letter render processes (fonts loaded) before
    the first request, not during a patient's."""
    from appeals import rendering
    from patients.knowledge.codes import icd10cm_code_set

    icd10cm_code_set()
    if rendering.settings.LETTER_RENDER_PROCESSES:
        rendering.render_pids()
