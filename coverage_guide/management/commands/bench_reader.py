from coverage_guide.bench.reader import Command  # noqa: F401  (the command lives with the benchmarks)
