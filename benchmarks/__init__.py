"""Repeatable benchmarks; `python -m benchmarks [NAME...]` runs them and prints one table of ratios."""
