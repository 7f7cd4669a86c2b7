"""Requests and letters run on a frame-stack chunk of their own (coverage_guide/stack.py) on
interpreters without CPython's fix for gh-142183, and directly on those with it."""

import inspect
import sys

import pytest
from django.conf import settings
from django.http import HttpResponse

from coverage_guide import stack
from coverage_guide.middleware import ReservedStackMiddleware

CHUNK_BYTES = 16 * 1024  # CPython's frame-stack chunk


@pytest.mark.parametrize(
    ("version", "fixed"),
    [
        ((3, 12, 1, "final", 0), False),  # 3.12 gets security fixes only
        ((3, 12, 12, "final", 0), False),
        ((3, 13, 0, "final", 0), False),
        ((3, 13, 12, "final", 0), False),
        ((3, 13, 13, "final", 0), True),  # first 3.13 release after the backport (#146123)
        ((3, 14, 3, "final", 0), False),
        ((3, 14, 4, "final", 0), True),  # the fix's own release
        ((3, 15, 0, "alpha", 1), True),
    ],
)
def test_the_reserved_stack_is_used_only_where_cpython_lacks_the_fix(version, fixed):
    assert stack.has_chunk_fix(version) is fixed


def test_this_interpreter_gets_the_right_function():
    reserved = stack.run_on_reserved_stack.__name__ == "run_on_reserved_stack"
    assert reserved is not stack.has_chunk_fix(sys.version_info)


def test_the_reserved_frame_needs_a_large_chunk_and_passes_the_call_through():
    reserved = stack._reserved()
    frame_bytes = reserved.__code__.co_nlocals * 8  # one pointer a local
    assert frame_bytes > 8 * CHUNK_BYTES  # over 128 KB: CPython gives it a 256 KB chunk
    assert reserved(divmod, 17, 5) == (3, 2)


def test_the_call_runs_inside_the_reserved_frame():
    def caller_name():
        return inspect.currentframe().f_back.f_code.co_name

    assert stack._reserved()(caller_name) == "run_on_reserved_stack"


def test_every_request_goes_through_the_stack_function(rf, monkeypatch):
    calls = []

    def recording(func, *args):
        calls.append(func)
        return func(*args)

    monkeypatch.setattr("coverage_guide.middleware.run_on_reserved_stack", recording)
    response = ReservedStackMiddleware(lambda request: HttpResponse("ok"))(rf.get("/"))
    assert response.content == b"ok" and len(calls) == 1
    # Outermost, so that all of a request's work is on the reserved chunk.
    assert settings.MIDDLEWARE[0] == "coverage_guide.middleware.ReservedStackMiddleware"
