"""Requests and letters run on a frame-stack chunk of their own (coverage_guide/stack.py)."""

import inspect

from django.conf import settings
from django.http import HttpResponse

from coverage_guide.middleware import ReservedStackMiddleware
from coverage_guide.stack import run_on_reserved_stack

CHUNK_BYTES = 16 * 1024  # CPython's frame-stack chunk


def test_the_reserved_frame_needs_a_large_chunk_and_passes_the_call_through():
    frame_bytes = run_on_reserved_stack.__code__.co_nlocals * 8  # one pointer a local
    assert frame_bytes > 8 * CHUNK_BYTES  # over 128 KB: CPython gives it a 256 KB chunk
    assert run_on_reserved_stack(divmod, 17, 5) == (3, 2)


def test_the_call_runs_inside_the_reserved_frame():
    def caller_name():
        return inspect.currentframe().f_back.f_code.co_name

    assert run_on_reserved_stack(caller_name) == "run_on_reserved_stack"


def test_every_request_is_handled_on_a_reserved_stack(rf):
    def view(request):
        frames = [info.function for info in inspect.stack()]
        return HttpResponse("reserved" if "run_on_reserved_stack" in frames else "plain")

    response = ReservedStackMiddleware(view)(rf.get("/"))
    assert response.content == b"reserved"
    # Outermost, so that all of a request's work is on the reserved chunk.
    assert settings.MIDDLEWARE[0] == "coverage_guide.middleware.ReservedStackMiddleware"
