"""Run a bench/child.py task in a fresh interpreter and sample its RSS from outside with psutil."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import threading
import time
from typing import Any

import psutil  # type: ignore[import-untyped]

from .env import PYTHON, ROOT

__all__ = ["ChildRun", "run_child"]


@dataclasses.dataclass(frozen=True)
class ChildRun:
    task: str
    seconds: float  # the task's own wall time, measured in the child
    rss_before: int  # bytes, sampled right before the task started
    rss_peak: int  # bytes, highest sample while it ran
    samples: int
    result: dict[str, Any]

    @property
    def sampled_growth(self) -> int:
        return max(0, self.rss_peak - self.rss_before)

    @property
    def hwm_growth(self) -> int | None:
        value = self.result.get("hwm_growth")
        return int(value) if value is not None else None

    @property
    def growth(self) -> int:
        """Peak RSS growth: the higher of the sampled peak and the kernel's high-water mark (when available)."""
        return max(self.sampled_growth, self.hwm_growth or 0)


def run_child(task: str, args: dict[str, Any], *, interval: float, timeout: float = 600.0) -> ChildRun:
    process = subprocess.Popen(
        [PYTHON, "-m", "bench.child", task, json.dumps(args)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        line = process.stdout.readline()
        if line.strip() != "READY":
            raise RuntimeError(f"{task}: child failed during setup: {line}{process.communicate(timeout=30)[1]}")
        watched = psutil.Process(process.pid)
        rss_before = watched.memory_info().rss
        peak, count = rss_before, 0
        done = threading.Event()

        def sample() -> None:
            nonlocal peak, count
            while not done.is_set():
                try:
                    rss = watched.memory_info().rss
                except psutil.Error:
                    return
                peak, count = max(peak, rss), count + 1
                time.sleep(interval)

        sampler = threading.Thread(target=sample, name=f"rss-{task}", daemon=True)
        sampler.start()
        process.stdin.write("GO\n")
        process.stdin.flush()
        out, err = process.communicate(timeout=timeout)
        done.set()
        sampler.join()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    result_lines = [line for line in out.splitlines() if line.startswith("RESULT ")]
    if process.returncode != 0 or not result_lines:
        raise RuntimeError(f"{task}: child exited with {process.returncode}:\n{err.strip()[-2000:]}")
    result = json.loads(result_lines[-1].removeprefix("RESULT "))
    return ChildRun(task, float(result["seconds"]), rss_before, peak, count, result)
