"""Figures the benchmarks print, computed one way everywhere so their tables compare."""

from __future__ import annotations


def percentile(values: list[float], p: float) -> float:
    """The nearest-rank `p`th percentile (0-100); NaN when there is nothing to rank."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]
