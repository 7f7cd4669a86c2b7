"""Requests and letters run on a frame-stack chunk of their own (coverage_guide/stack.py)."""

import inspect

from django.conf import settings

from coverage_guide.stack import run_on_reserved_stack

CHUNK_BYTES = 16 * 1024  # CPython's frame-stack chunk


def test_the_reserved_frame_is_wider_than_a_chunk_and_passes_the_call_through():
    assert run_on_reserved_stack.__code__.co_nlocals * 8 > 8 * CHUNK_BYTES
    assert run_on_reserved_stack(divmod, 17, 5) == (3, 2)


def test_the_call_runs_inside_the_reserved_frame():
    def caller_name():
        return inspect.currentframe().f_back.f_code.co_name

    assert run_on_reserved_stack(caller_name) == "run_on_reserved_stack"


def test_every_request_is_handled_on_a_reserved_stack(client):
    assert settings.MIDDLEWARE[0] == "coverage_guide.middleware.ReservedStackMiddleware"
    assert client.get("/").status_code == 200
