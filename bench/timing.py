"""Timing helpers: interleaved per-call timing (median), and cProfile summaries for targets that are missed."""

from __future__ import annotations

import cProfile
import io
import pstats
import statistics
import time
from collections.abc import Callable, Mapping

__all__ = ["interleaved", "median_us", "profile_top"]


def interleaved(
    funcs: Mapping[str, Callable[[], object]], *, warmup: int, rounds: int, per_round: int
) -> dict[str, list[float]]:
    """Time every call of every function, the functions taking turns (``per_round`` calls each, ``rounds`` times),
    after ``warmup`` untimed calls each. Returns seconds per call, by name."""
    for func in funcs.values():
        for _ in range(warmup):
            func()
    samples: dict[str, list[float]] = {name: [] for name in funcs}
    clock = time.perf_counter
    for round_number in range(rounds):
        names = list(funcs)
        if round_number % 2:
            names.reverse()  # no function always runs right after the same other one
        for name in names:
            func, out = funcs[name], samples[name]
            for _ in range(per_round):
                start = clock()
                func()
                out.append(clock() - start)
    return samples


def median_us(samples: list[float]) -> float:
    return statistics.median(samples) * 1e6


def profile_top(func: Callable[[], object], *, repeat: int = 1, limit: int = 15) -> str:
    """cProfile ``func`` (``repeat`` times) and return the top functions by own time, as text."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        func()
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats("tottime").print_stats(limit)
    text = out.getvalue()
    start = text.find("   ncalls")
    return text[start:].rstrip() if start >= 0 else text.rstrip()
