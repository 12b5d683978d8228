"""``Recordings``: the common API over every configured vendor (blocking)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from ._base import RecordingsBase
from ._common import NotReady, check_downloadable, common_args, download_target, ready_or_raise
from ._convert import to_recording
from ._filters import NOTHING, Filters, StatusArg, TimeArg, vendor_args
from ._merge import RecordingIterator, merge_key
from ._model import Recording
from .errors import CapabilityError, RecordingsError

__all__ = ["Recordings"]

ProgressCallback = Callable[[int, int | None], None]


class Recordings(RecordingsBase):
    """Recordings of every configured vendor through one API.

    ``vendors``: keys to use (default: every installed vendor package that is configured); ``profile``: a TOML
    file (or its parsed mapping) with ``[vendors.<key>]`` client arguments (default ``$RECORDINGS_PROFILE`` or
    ``~/.config/recordings/profile.toml``; otherwise each client reads its own environment variables);
    ``strict``: a vendor failing during ``list`` raises instead of being reported in ``.failures``;
    ``clients``: ready-made vendor clients by key.
    """

    # -- listing ---------------------------------------------------------------------------------------------------
    def list(
        self,
        *,
        since: TimeArg = None,
        until: TimeArg = None,
        status: StatusArg = None,
        room: str | None = None,
        vendors: Iterable[str] | None = None,
        limit: int | None = None,
    ) -> RecordingIterator:
        """Recordings of every vendor, newest first, fetched lazily (one page per vendor in memory).

        ``since``/``until`` bound the time the vendor orders by (``Recording.sort_time``); ``status`` is one or
        more common statuses; ``room`` a room/meeting id. A vendor that fails is reported in the iterator's
        ``.failures`` (or raises ``ListingFailed`` in strict mode) and the others continue.
        """
        if limit is not None and (not isinstance(limit, int) or limit < 0):
            raise RecordingsError(f"limit must be a non-negative int, not {limit!r}")
        filters = Filters.of(since=since, until=until, status=status, room=room)
        names, failures = self._listing_vendors(vendors)
        streams = [(name, self._opener(name, filters)) for name in names]
        return RecordingIterator(streams, strict=self.strict, limit=limit, failures=failures)

    def _opener(self, vendor: str, filters: Filters) -> Callable[[], Iterator[Recording]]:
        return lambda: self._stream(vendor, filters)

    def _stream(self, vendor: str, filters: Filters) -> Iterator[Recording]:
        adapter = self._registry.require(vendor, "list")
        client = self._registry.client(vendor)
        args = vendor_args(adapter, filters)
        if args is NOTHING:
            return
        pages = adapter.list_pages(client, args, adapter.page_size)
        if adapter.order != "newest-first":  # the spec says the vendor's order is unknown: sort it all here
            everything = [to_recording(adapter, raw) for page in pages for raw in page]
            everything.sort(key=lambda r: merge_key(r, 0, 0))
            yield from (r for r in everything if filters.matches(r))
            return
        for page in pages:
            for raw in page:
                recording = to_recording(adapter, raw)
                if filters.older_than_range(recording):
                    return
                if filters.matches(recording):
                    yield recording

    # -- one recording ---------------------------------------------------------------------------------------------
    def get(self, vendor: str, id: str) -> Recording:
        """One recording by vendor and id (``CapabilityError`` when the vendor's API has no get)."""
        adapter = self._registry.require(vendor, "get")
        if not isinstance(id, str) or not id:
            raise RecordingsError(f"id must be a non-empty string, not {id!r}")
        raw = adapter.get(self._registry.client(vendor), id)
        if raw is None:
            raise RecordingsError(f"{vendor}:{id}: the vendor answered without a recording")
        return to_recording(adapter, raw)

    def _resolve(self, recording: Recording | str) -> Recording:
        if isinstance(recording, Recording):
            return recording
        return self.get(*self._registry.vendor_of(recording))

    def refresh(self, recording: Recording | str) -> Recording:
        """The recording fetched again (a fresh download URL). Vendors without get: found again by listing."""
        vendor, ident = self._registry.vendor_of(recording)
        adapter = self._registry.adapter(vendor)
        if "get" in adapter.capabilities:
            return self.get(vendor, ident)
        if "list" not in adapter.capabilities:
            raise CapabilityError(vendor, "refresh a recording", "neither get nor list")
        room = recording.room_id if isinstance(recording, Recording) else None
        for found in self.list(vendors=[vendor], room=room):
            if found.id == ident:
                return found
        raise RecordingsError(f"{vendor}:{ident} is no longer listed by the vendor")

    def download(
        self, recording: Recording | str, dest: str | Path, *, on_progress: ProgressCallback | None = None
    ) -> Path:
        """Write the recording's file to ``dest`` (a file path, or a directory: ``<vendor>-<id>.<ext>`` inside).

        Resumable: an interrupted download continues from its ``.part`` file. An expired or missing download URL
        is refreshed first.
        """
        rec = self._resolve(recording)
        adapter = self._registry.require(rec.vendor, "download")
        if not rec.download_url or rec.download_expired():
            rec = self.refresh(rec)
        target = download_target(rec, dest)
        check_downloadable(rec, target)
        adapter.download(self._registry.client(rec.vendor), rec.raw, str(target), on_progress)
        return target

    def wait_until_ready(
        self, recording_or_key: Recording | str, *, timeout: float = 600, poll_interval: float = 5
    ) -> Recording:
        """Poll until the recording is ready (returned); ``RecordingFailed`` if it fails, ``NotReady`` on timeout."""
        rec = self._resolve(recording_or_key)
        deadline = time.monotonic() + timeout
        while not ready_or_raise(rec):
            if time.monotonic() + poll_interval > deadline:
                raise NotReady(rec, f"is not ready after {timeout} s")
            time.sleep(poll_interval)
            rec = self.refresh(rec)
        return rec

    def start(self, vendor: str, **vendor_args: Any) -> Recording | None:
        """Start a recording with the vendor's own start arguments (its request body); the new recording, or None
        when the vendor answers without one."""
        adapter = self._registry.require(vendor, "start")
        raw = adapter.start(self._registry.client(vendor), vendor_args)
        return None if raw is None else to_recording(adapter, raw)

    def stop(self, recording: Recording | str) -> Recording:
        """Stop a recording; its state afterwards (fetched again when the vendor's answer has none)."""
        rec = self._resolve(recording)
        adapter = self._registry.require(rec.vendor, "stop")
        raw = adapter.stop(self._registry.client(rec.vendor), common_args(rec))
        if raw is not None:
            return to_recording(adapter, raw)
        return self.get(rec.vendor, rec.id) if "get" in adapter.capabilities else rec

    def delete(self, recording: Recording | str) -> None:
        """Delete the recording at the vendor (no undo)."""
        vendor, ident = self._registry.vendor_of(recording)
        adapter = self._registry.require(vendor, "delete")
        rec = recording if isinstance(recording, Recording) else Recording(vendor=vendor, id=ident)
        adapter.delete(self._registry.client(vendor), common_args(rec))

    # -- lifetime --------------------------------------------------------------------------------------------------
    def close(self) -> None:
        """Close the clients this object built (clients passed in are the caller's)."""
        for client in self._registry.owned_clients():
            closer = getattr(client, "close", None)
            if callable(closer):
                closer()

    def __enter__(self) -> Recordings:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Recordings(vendors={self._registry.selected!r}, strict={self.strict})"
