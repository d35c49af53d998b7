"""Benchmarks: `make bench` prints a table of medians and percentiles (never timed unit tests)."""
