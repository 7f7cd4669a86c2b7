from coverage_guide.bench.letters import Command  # noqa: F401  (the command lives with the benchmarks)
