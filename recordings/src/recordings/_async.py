"""``AsyncRecordings``: the asyncio twin of ``Recordings`` (async clients, async iterator)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Any

from ._base import RecordingsBase
from ._common import NotReady, check_downloadable, common_args, download_target, ready_or_raise
from ._convert import to_recording
from ._filters import NOTHING, Filters, StatusArg, TimeArg, vendor_args
from ._merge import AsyncRecordingIterator, merge_key
from ._model import Recording
from ._sync import ProgressCallback
from .errors import CapabilityError, RecordingsError

__all__ = ["AsyncRecordings"]


class AsyncRecordings(RecordingsBase):
    """Recordings of every configured vendor through one asyncio API (same arguments as ``Recordings``;
    ``clients`` are the vendors' async clients)."""

    _asynchronous = True

    def list(
        self,
        *,
        since: TimeArg = None,
        until: TimeArg = None,
        status: StatusArg = None,
        room: str | None = None,
        vendors: Iterable[str] | None = None,
        limit: int | None = None,
    ) -> AsyncRecordingIterator:
        """``async for`` over every vendor's recordings, newest first (see ``Recordings.list``)."""
        if limit is not None and (not isinstance(limit, int) or limit < 0):
            raise RecordingsError(f"limit must be a non-negative int, not {limit!r}")
        filters = Filters.of(since=since, until=until, status=status, room=room)
        names, failures = self._listing_vendors(vendors)
        streams = [(name, self._aopener(name, filters)) for name in names]
        return AsyncRecordingIterator(streams, strict=self.strict, limit=limit, failures=failures)

    def _aopener(self, vendor: str, filters: Filters) -> Callable[[], AsyncIterator[Recording]]:
        return lambda: self._astream(vendor, filters)

    async def _astream(self, vendor: str, filters: Filters) -> AsyncIterator[Recording]:
        adapter = self._registry.require(vendor, "list")
        client = self._registry.client(vendor)
        args = vendor_args(adapter, filters)
        if args is NOTHING:
            return
        pages = adapter.alist_pages(client, args, adapter.page_size)
        if adapter.order != "newest-first":
            everything = [to_recording(adapter, raw) async for page in pages for raw in page]
            everything.sort(key=lambda r: merge_key(r, 0, 0))
            for recording in everything:
                if filters.matches(recording):
                    yield recording
            return
        async for page in pages:
            for raw in page:
                recording = to_recording(adapter, raw)
                if filters.older_than_range(recording):
                    return
                if filters.matches(recording):
                    yield recording

    async def get(self, vendor: str, id: str) -> Recording:
        """One recording by vendor and id."""
        adapter = self._registry.require(vendor, "get")
        if not isinstance(id, str) or not id:
            raise RecordingsError(f"id must be a non-empty string, not {id!r}")
        raw = await adapter.aget(self._registry.client(vendor), id)
        if raw is None:
            raise RecordingsError(f"{vendor}:{id}: the vendor answered without a recording")
        return to_recording(adapter, raw)

    async def _aresolve(self, recording: Recording | str) -> Recording:
        if isinstance(recording, Recording):
            return recording
        return await self.get(*self._registry.vendor_of(recording))

    async def refresh(self, recording: Recording | str) -> Recording:
        """The recording fetched again (found again by listing for vendors without get)."""
        vendor, ident = self._registry.vendor_of(recording)
        adapter = self._registry.adapter(vendor)
        if "get" in adapter.capabilities:
            return await self.get(vendor, ident)
        if "list" not in adapter.capabilities:
            raise CapabilityError(vendor, "refresh a recording", "neither get nor list")
        room = recording.room_id if isinstance(recording, Recording) else None
        async for found in self.list(vendors=[vendor], room=room):
            if found.id == ident:
                return found
        raise RecordingsError(f"{vendor}:{ident} is no longer listed by the vendor")

    async def download(
        self, recording: Recording | str, dest: str | Path, *, on_progress: ProgressCallback | None = None
    ) -> Path:
        """Write the recording's file to ``dest`` (see ``Recordings.download``)."""
        rec = await self._aresolve(recording)
        adapter = self._registry.require(rec.vendor, "download")
        if not rec.download_url or rec.download_expired():
            rec = await self.refresh(rec)
        target = download_target(rec, dest)
        check_downloadable(rec, target)
        await adapter.adownload(self._registry.client(rec.vendor), rec.raw, str(target), on_progress)
        return target

    async def wait_until_ready(
        self, recording_or_key: Recording | str, *, timeout: float = 600, poll_interval: float = 5
    ) -> Recording:
        """Poll until ready (see ``Recordings.wait_until_ready``)."""
        rec = await self._aresolve(recording_or_key)
        deadline = time.monotonic() + timeout
        while not ready_or_raise(rec):
            if time.monotonic() + poll_interval > deadline:
                raise NotReady(rec, f"is not ready after {timeout} s")
            await asyncio.sleep(poll_interval)
            rec = await self.refresh(rec)
        return rec

    async def start(self, vendor: str, **vendor_args: Any) -> Recording | None:
        """Start a recording (see ``Recordings.start``)."""
        adapter = self._registry.require(vendor, "start")
        raw = await adapter.astart(self._registry.client(vendor), vendor_args)
        return None if raw is None else to_recording(adapter, raw)

    async def stop(self, recording: Recording | str) -> Recording:
        """Stop a recording (see ``Recordings.stop``)."""
        rec = await self._aresolve(recording)
        adapter = self._registry.require(rec.vendor, "stop")
        raw = await adapter.astop(self._registry.client(rec.vendor), common_args(rec))
        if raw is not None:
            return to_recording(adapter, raw)
        return await self.get(rec.vendor, rec.id) if "get" in adapter.capabilities else rec

    async def delete(self, recording: Recording | str) -> None:
        """Delete the recording at the vendor."""
        vendor, ident = self._registry.vendor_of(recording)
        adapter = self._registry.require(vendor, "delete")
        rec = recording if isinstance(recording, Recording) else Recording(vendor=vendor, id=ident)
        await adapter.adelete(self._registry.client(vendor), common_args(rec))

    async def aclose(self) -> None:
        """Close the clients this object built."""
        for client in self._registry.owned_clients():
            closer = getattr(client, "aclose", None) or getattr(client, "close", None)
            if callable(closer):
                result = closer()
                if asyncio.iscoroutine(result):
                    await result

    async def close(self) -> None:
        """Close the clients this object built (same as ``aclose``)."""
        await self.aclose()

    async def __aenter__(self) -> AsyncRecordings:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncRecordings(vendors={self._registry.selected!r}, strict={self.strict})"
