"""Merging per-vendor newest-first streams into one newest-first listing (a heap of one head per vendor)."""

from __future__ import annotations

import asyncio
import datetime as dt
import heapq
from collections.abc import AsyncIterator, Callable, Iterator

from ._model import Recording, VendorFailure
from .errors import RecordingsError

__all__ = ["AsyncRecordingIterator", "ListingFailed", "RecordingIterator", "merge_key"]

_OLDEST = dt.datetime.min.replace(tzinfo=dt.UTC)
MergeKey = tuple[float, int, int]


def merge_key(recording: Recording, rank: int, seq: int) -> MergeKey:
    """Heap key: newest first (no time: last), ties by the vendor's rank (order of ``vendors``), then arrival."""
    when = recording.sort_time or _OLDEST
    return (-when.timestamp(), rank, seq)


class ListingFailed(RecordingsError):
    """Strict mode: a vendor failed during a merged listing (``failure`` says which and why)."""

    def __init__(self, failure: VendorFailure) -> None:
        self.failure = failure
        super().__init__(f"{failure.vendor}: {failure.message}")


def _describe(vendor: str, error: Exception) -> VendorFailure:
    text = str(error) or type(error).__name__
    return VendorFailure(vendor=vendor, error=error, message=f"{type(error).__name__}: {text}")


class RecordingIterator(Iterator[Recording]):
    """The merged listing: iterate it for ``Recording``s; ``failures`` lists the vendors that failed so far."""

    def __init__(
        self,
        streams: list[tuple[str, Callable[[], Iterator[Recording]]]],
        *,
        strict: bool,
        limit: int | None,
        failures: list[VendorFailure] | None = None,
    ) -> None:
        self.failures: list[VendorFailure] = list(failures or [])
        self._streams = streams
        self._strict = strict
        self._left = limit
        self._seq = 0
        self._heap: list[tuple[MergeKey, Recording, Iterator[Recording], str]] | None = None

    def __iter__(self) -> RecordingIterator:
        return self

    def _advance(self, vendor: str, rank: int, stream: Iterator[Recording]) -> None:
        assert self._heap is not None
        try:
            item = next(stream)
        except StopIteration:
            return
        except Exception as exc:
            failure = _describe(vendor, exc)
            self.failures.append(failure)
            if self._strict:
                raise ListingFailed(failure) from exc
            return
        self._seq += 1
        heapq.heappush(self._heap, (merge_key(item, rank, self._seq), item, stream, vendor))

    def __next__(self) -> Recording:
        if self._heap is None:
            self._heap = []
            if self._strict and self.failures:
                raise ListingFailed(self.failures[0])
            for rank, (vendor, opener) in enumerate(self._streams):
                self._advance(vendor, rank, opener())
        if not self._heap or (self._left is not None and self._left <= 0):
            raise StopIteration
        key, item, stream, vendor = heapq.heappop(self._heap)
        self._advance(vendor, key[1], stream)
        if self._left is not None:
            self._left -= 1
        return item


class AsyncRecordingIterator(AsyncIterator[Recording]):
    """The asyncio merged listing: ``async for`` it; ``failures`` as in ``RecordingIterator``."""

    def __init__(
        self,
        streams: list[tuple[str, Callable[[], AsyncIterator[Recording]]]],
        *,
        strict: bool,
        limit: int | None,
        failures: list[VendorFailure] | None = None,
    ) -> None:
        self.failures: list[VendorFailure] = list(failures or [])
        self._streams = streams
        self._strict = strict
        self._left = limit
        self._seq = 0
        self._heap: list[tuple[MergeKey, Recording, AsyncIterator[Recording], str]] | None = None

    def __aiter__(self) -> AsyncRecordingIterator:
        return self

    async def _advance(self, vendor: str, rank: int, stream: AsyncIterator[Recording]) -> None:
        assert self._heap is not None
        try:
            item = await anext(stream)
        except StopAsyncIteration:
            return
        except Exception as exc:
            failure = _describe(vendor, exc)
            self.failures.append(failure)
            if self._strict:
                raise ListingFailed(failure) from exc
            return
        self._seq += 1
        heapq.heappush(self._heap, (merge_key(item, rank, self._seq), item, stream, vendor))

    async def __anext__(self) -> Recording:
        if self._heap is None:
            self._heap = []
            if self._strict and self.failures:
                raise ListingFailed(self.failures[0])
            # The first page of every vendor is fetched concurrently.
            opened = [(vendor, rank, opener()) for rank, (vendor, opener) in enumerate(self._streams)]
            await asyncio.gather(*(self._advance(vendor, rank, stream) for vendor, rank, stream in opened))
        if not self._heap or (self._left is not None and self._left <= 0):
            raise StopAsyncIteration
        key, item, stream, vendor = heapq.heappop(self._heap)
        await self._advance(vendor, key[1], stream)
        if self._left is not None:
            self._left -= 1
        return item
