"""Merging per-vendor newest-first streams into one newest-first listing (a heap of one head per vendor)."""

from __future__ import annotations

import asyncio
import datetime as dt
import heapq
from collections.abc import AsyncIterator, Callable, Iterator
from typing import cast

from ._model import Recording, VendorFailure
from ._redact import mask_text
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
    text = mask_text(str(error)) or type(error).__name__
    return VendorFailure(vendor=vendor, error=error, message=f"{type(error).__name__}: {text}")


class _Merge:
    """What the sync and async merged listings share: the heap of one head per vendor, the failures, the limit."""

    def __init__(self, *, strict: bool, limit: int | None, failures: list[VendorFailure] | None) -> None:
        self.failures: list[VendorFailure] = list(failures or [])
        self._strict = strict
        self._left = limit
        self._seq = 0
        self._heap: list[tuple[MergeKey, Recording, object, str]] | None = None

    def _start(self) -> None:
        self._heap = []
        if self._strict and self.failures:
            raise ListingFailed(self.failures[0])

    def _failed(self, vendor: str, exc: Exception) -> None:
        """Record a vendor's failure; in strict mode it ends the listing."""
        failure = _describe(vendor, exc)
        self.failures.append(failure)
        if self._strict:
            raise ListingFailed(failure) from exc

    def _push(self, vendor: str, rank: int, stream: object, item: Recording) -> None:
        assert self._heap is not None
        self._seq += 1
        heapq.heappush(self._heap, (merge_key(item, rank, self._seq), item, stream, vendor))

    def _pop(self) -> tuple[Recording, object, str, int] | None:
        """The newest head (item, its stream, vendor, rank), or None when the listing is over."""
        if not self._heap or (self._left is not None and self._left <= 0):
            return None
        key, item, stream, vendor = heapq.heappop(self._heap)
        if self._left is not None:
            self._left -= 1
        return item, stream, vendor, key[1]


class RecordingIterator(_Merge, Iterator[Recording]):
    """The merged listing: iterate it for ``Recording``s; ``failures`` lists the vendors that failed so far."""

    def __init__(
        self,
        streams: list[tuple[str, Callable[[], Iterator[Recording]]]],
        *,
        strict: bool,
        limit: int | None,
        failures: list[VendorFailure] | None = None,
    ) -> None:
        super().__init__(strict=strict, limit=limit, failures=failures)
        self._streams = streams

    def __iter__(self) -> RecordingIterator:
        return self

    def _advance(self, vendor: str, rank: int, stream: Iterator[Recording]) -> None:
        try:
            item = next(stream)
        except StopIteration:
            return
        except Exception as exc:
            self._failed(vendor, exc)
            return
        self._push(vendor, rank, stream, item)

    def __next__(self) -> Recording:
        if self._heap is None:
            self._start()
            for rank, (vendor, opener) in enumerate(self._streams):
                self._advance(vendor, rank, opener())
        head = self._pop()
        if head is None:
            raise StopIteration
        item, stream, vendor, rank = head
        self._advance(vendor, rank, cast(Iterator[Recording], stream))
        return item


class AsyncRecordingIterator(_Merge, AsyncIterator[Recording]):
    """The asyncio merged listing: ``async for`` it; ``failures`` as in ``RecordingIterator``."""

    def __init__(
        self,
        streams: list[tuple[str, Callable[[], AsyncIterator[Recording]]]],
        *,
        strict: bool,
        limit: int | None,
        failures: list[VendorFailure] | None = None,
    ) -> None:
        super().__init__(strict=strict, limit=limit, failures=failures)
        self._streams = streams

    def __aiter__(self) -> AsyncRecordingIterator:
        return self

    async def _advance(self, vendor: str, rank: int, stream: AsyncIterator[Recording]) -> None:
        try:
            item = await anext(stream)
        except StopAsyncIteration:
            return
        except Exception as exc:
            self._failed(vendor, exc)
            return
        self._push(vendor, rank, stream, item)

    async def __anext__(self) -> Recording:
        if self._heap is None:
            self._start()
            # The first page of every vendor is fetched concurrently.
            opened = [(vendor, rank, opener()) for rank, (vendor, opener) in enumerate(self._streams)]
            await asyncio.gather(*(self._advance(vendor, rank, stream) for vendor, rank, stream in opened))
        head = self._pop()
        if head is None:
            raise StopAsyncIteration
        item, stream, vendor, rank = head
        await self._advance(vendor, rank, cast(AsyncIterator[Recording], stream))
        return item
