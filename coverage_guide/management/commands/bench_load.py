from coverage_guide.bench.load import Command  # noqa: F401  (the command lives with the benchmarks)
