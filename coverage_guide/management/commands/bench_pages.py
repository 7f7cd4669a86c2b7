from coverage_guide.bench.pages import Command  # noqa: F401  (the command lives with the benchmarks)
