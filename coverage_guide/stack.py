"""Running a request (or a letter) on one large block of CPython's frame stack.

CPython 3.12 and 3.13 keep Python frames in 16 KB chunks that are allocated when a call does not
fit in the current one and freed as soon as it returns. Template rendering recurses deeply and
calls small functions by the thousand; when the recursion happens to sit at a chunk's edge, every
such call maps and unmaps a chunk. Measured on the claims step: the same page took 38–84 ms
depending only on how deep the caller's stack was, and 30–33 ms every time when run here.

`run_on_reserved_stack` calls through a function whose frame is too wide for a 16 KB chunk, so
CPython gives it a 256 KB chunk of its own, and everything the call does fits in the rest of
that chunk. Reserving it costs well under 0.1 ms.
"""

# 18,000 local slots make a ~144 KB frame; with CPython's allowance on top that needs more than
# 128 KB, so the chunk is 256 KB and ~110 KB is left for the frames of the call.
_SLOTS = 18_000

_SOURCE = (
    "def run_on_reserved_stack(func, *args, _never=False):\n"
    "    if _never:  # never runs: these names only make the frame wide\n"
    f"        {' = '.join(f'_{i}' for i in range(_SLOTS))} = None\n"
    "    return func(*args)\n"
)
_namespace = {}
exec(compile(_SOURCE, __file__, "exec"), _namespace)  # a fixed source, made just above
run_on_reserved_stack = _namespace["run_on_reserved_stack"]
run_on_reserved_stack.__doc__ = "func(*args), on a frame-stack chunk of its own (see module)."
