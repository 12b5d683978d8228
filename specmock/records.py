"""Bounded per-run records: what a long run keeps in memory stays capped (the counters keep counting)."""

from __future__ import annotations

from typing import SupportsIndex

__all__ = ["MAX_RECORDS", "BoundedLog"]

MAX_RECORDS = 1000  # violations and download records kept per run (reset clears them)


class BoundedLog(list[str]):
    """A list of messages that keeps the first ``limit - 1`` and then one line counting the ones left out."""

    def __init__(self, limit: int = MAX_RECORDS) -> None:
        super().__init__()
        self.limit = max(2, limit)
        self.dropped = 0

    def append(self, message: str) -> None:
        if len(self) < self.limit - 1:
            super().append(message)
            return
        self.dropped += 1
        summary = f"... and {self.dropped} more (only the first {self.limit - 1} are kept)"
        if len(self) == self.limit:
            self[-1] = summary
        else:
            super().append(summary)

    def clear(self) -> None:
        super().clear()
        self.dropped = 0

    def insert(self, index: SupportsIndex, message: str) -> None:  # keep the bound for every way of adding
        self.append(message)
