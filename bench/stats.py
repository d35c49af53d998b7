"""Statistics helpers shared by the benchmarks.

Every figure is reported as min / median / max (and p95 where a target asks for it) with the
machine's load average when it was measured: one number from one run says little on a shared
2-core machine, and a figure without the load it was taken under cannot be compared.
"""

from __future__ import annotations

import os
import statistics
from collections.abc import Sequence


def percentile(samples: Sequence[float], q: float) -> float:
    """Nearest-rank percentile of ``samples`` (q in 0..100)."""
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def load_average() -> float:
    """The 1-minute load average (0.0 where the platform has none)."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return 0.0


def spread(values: Sequence[float], *, p95: bool = True) -> dict[str, float]:
    """min / median / max (and p95) of ``values`` as given (no unit change), with the load now."""
    figures = {"min": min(values), "median": statistics.median(values), "max": max(values)}
    if p95:
        figures["p95"] = percentile(values, 95)
    return figures | {"n": float(len(values)), "load": load_average()}


def summary_ms(samples_s: Sequence[float]) -> dict[str, float]:
    """``spread`` of samples in seconds, in milliseconds (``p50`` is the median, for older readers)."""
    result = spread([s * 1000 for s in samples_s])
    result["p50"] = result["median"]
    return result


def paired_ratios(pairs: Sequence[tuple[float, float]]) -> dict[str, float]:
    """``spread`` of a / b over interleaved pairs: the median of the pair ratios, not a ratio of
    sums, so one disturbed pair moves the figure little."""
    return spread([a / b for a, b in pairs])


def show(figure: dict[str, float], unit: str = "ms", digits: int = 0) -> str:
    """``12 / 15 / 31 ms`` (min / median / max)."""
    return f"{figure['min']:.{digits}f} / {figure['median']:.{digits}f} / {figure['max']:.{digits}f} {unit}".rstrip()
