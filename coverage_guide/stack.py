"""Running a request (or a letter) on one large block of CPython's frame stack.

CPython 3.12 and 3.13 keep Python frames in 16 KB chunks that are allocated when a call does not
fit in the current one and freed as soon as it returns. Template rendering recurses deeply and
calls small functions by the thousand; when the recursion happens to sit at a chunk's edge, every
such call maps and unmaps a chunk. Measured on the claims step: the same page took 38–84 ms
depending only on how deep the caller's stack was, and 30–33 ms every time when run here.

`run_on_reserved_stack` calls through a function whose frame is too wide for a 16 KB chunk, so
CPython gives it a 256 KB chunk of its own, and everything the call does fits in the rest of
that chunk. Reserving it costs well under 0.1 ms.

CPython fixed this as gh-142183 (https://github.com/python/cpython/issues/142183): each thread
keeps one freed chunk for reuse. The fix is in 3.14.4 (released 2026-04-07) and was backported
to 3.13 by https://github.com/python/cpython/pull/146123 (merged 2026-03-18, so first in
3.13.13); 3.12 receives only security fixes and keeps the problem. On a fixed interpreter the
reserved frame is not needed and the call is made directly.
"""

import sys

# 18,000 local slots make a ~144 KB frame; with CPython's allowance on top that needs more than
# 128 KB, so the chunk is 256 KB and ~110 KB is left for the frames of the call.
_SLOTS = 18_000

_SOURCE = (
    "def run_on_reserved_stack(func, *args, _never=False):\n"
    "    if _never:  # never runs: these names only make the frame wide\n"
    f"        {' = '.join(f'_{i}' for i in range(_SLOTS))} = None\n"
    "    return func(*args)\n"
)


def has_chunk_fix(version=sys.version_info):
    """Whether this CPython keeps a freed frame-stack chunk for reuse (gh-142183)."""
    return version >= (3, 14, 4) or (3, 13, 13) <= version < (3, 14)


def _reserved():
    namespace = {}
    exec(compile(_SOURCE, __file__, "exec"), namespace)  # a fixed source, made just above
    reserved = namespace["run_on_reserved_stack"]
    reserved.__doc__ = "func(*args), on a frame-stack chunk of its own (see module)."
    return reserved


def _direct(func, *args):
    """func(*args): this interpreter does not thrash at a chunk's edge."""
    return func(*args)


run_on_reserved_stack = _direct if has_chunk_fix() else _reserved()
