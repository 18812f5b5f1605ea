"""Timing helpers shared by the benchmark scripts."""

from __future__ import annotations

import statistics
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


def median_seconds(
    func: Callable[[], object], *, repeat: int = 7, number: int = 1
) -> float:
    """Median wall time of ``number`` calls of *func*, over *repeat* runs, per call."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            func()
        runs.append((time.perf_counter() - start) / number)
    return statistics.median(runs)


def best_and_median_seconds(
    func: Callable[[], object], *, runs: int
) -> tuple[float, float]:
    """Best and median wall time of *runs* single calls of *func*, in seconds.

    The best run is the one least disturbed by other work on a shared
    machine, so it is the figure to hold against a target; the median shows
    how far the rest spread.
    """
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)
