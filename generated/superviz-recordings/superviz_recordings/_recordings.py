# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
"""The ``recordings.vendors`` entry point of this package: SuperViz recordings in the common model.

Generated from the spec's ``x-recordings`` block; the ``recordings`` distribution finds ``ADAPTER`` through the
entry point and never imports this package by name.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any

from . import __version__
from ._runtime import dig, scalar
from ._runtime._redact import mask_url_secrets
from .client import AsyncSuperVizRecordings, SuperVizRecordings

__all__ = ["ADAPTER", "RecordingsAdapter"]

# vendor status -> common status (recording | processing | ready | failed); anything else is "unknown"
STATUSES: dict[str, str] = {"processing": "processing", "available": "ready"}


def _text(value: Any) -> str | None:
    value = scalar(value)
    return None if value is None or value == "" else str(value)


def _time(value: Any) -> _dt.datetime | None:
    if isinstance(value, str) and value:
        try:
            value = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if isinstance(value, _dt.datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=_dt.UTC)
    return None


def _number(value: Any, scale: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value * scale


def _integer(value: Any, scale: float) -> int | None:
    number = _number(value, scale)
    return None if number is None else round(number)


def _extension(value: Any) -> str | None:
    text = _text(value)
    if not text:
        return None
    name = text.rsplit("/", 1)[-1].split("?", 1)[0]
    return name.rsplit(".", 1)[1].lower() or None if "." in name else None


def _status(raw: Any) -> tuple[str | None, str]:
    value = _text(dig(raw, "status"))
    return value, STATUSES.get(value or "", "unknown")


def _missing(capability: str) -> NotImplementedError:
    return NotImplementedError(f"superviz cannot {capability} (not in the spec's x-recordings)")


class RecordingsAdapter:
    """Data and small callables for the common recordings API (see ``recordings``)."""

    api = 1
    key = "superviz"
    title = "SuperViz"
    distribution = "superviz-recordings"
    version = __version__
    capabilities: frozenset[str] = frozenset(
        (
            "download",
            "list",
        )
    )
    order = "newest-first"
    page_size: int | None = 100
    # common filter -> where it goes in the list call (arg: python argument, then JSON keys inside it)
    filters: dict[str, dict[str, Any]] = {
        "room": {"arg": ("room_id",), "kind": "str", "format": None},
    }
    statuses = STATUSES
    client_class = SuperVizRecordings
    async_client_class = AsyncSuperVizRecordings
    mask_url: Callable[[str], str] = staticmethod(mask_url_secrets)

    def to_common(self, raw: Any) -> dict[str, Any]:
        """The common fields of one vendor recording (plain values; ``status`` is a common status)."""
        raw_status, status = _status(raw)
        return {
            "id": _text(dig(raw, "uuid")),
            "room_id": _text(dig(raw, "room_id")),
            "session_id": _text(dig(raw, "meeting_id")),
            "created_at": _time(dig(raw, "created_at")),
            "download_url": _text(dig(raw, "url")),
            "raw_status": raw_status,
            "status": status,
        }

    def list_pages(
        self, client: SuperVizRecordings, args: Mapping[str, Any], page_size: int | None
    ) -> Iterator[Sequence[Any]]:
        """Each page's recordings, newest first as the spec's ``order`` says, one page at a time."""
        pager = client.recordings.iter_list(**{**args}, page_size=page_size)
        for page in pager.pages():
            yield dig(page, "data") or []

    async def alist_pages(
        self, client: AsyncSuperVizRecordings, args: Mapping[str, Any], page_size: int | None
    ) -> AsyncIterator[Sequence[Any]]:
        """``list_pages`` with the async client."""
        pager = client.recordings.iter_list(**{**args}, page_size=page_size)
        async for page in pager.pages():
            yield dig(page, "data") or []

    def get(self, client: SuperVizRecordings, recording_id: str) -> Any:
        """The recording with this id (the vendor model), or None."""
        raise _missing("get")

    async def aget(self, client: AsyncSuperVizRecordings, recording_id: str) -> Any:
        """The recording with this id (the vendor model), or None."""
        raise _missing("get")

    def start(self, client: SuperVizRecordings, args: Mapping[str, Any]) -> Any:
        """Start a recording (the caller's arguments are the request body); the new recording or None."""
        raise _missing("start")

    async def astart(self, client: AsyncSuperVizRecordings, args: Mapping[str, Any]) -> Any:
        """Start a recording (the caller's arguments are the request body); the new recording or None."""
        raise _missing("start")

    def stop(self, client: SuperVizRecordings, common: Mapping[str, Any]) -> Any:
        """Stop the recording with these common ids; the vendor's recording, or None when it answers none."""
        raise _missing("stop")

    async def astop(self, client: AsyncSuperVizRecordings, common: Mapping[str, Any]) -> Any:
        """Stop the recording with these common ids; the vendor's recording, or None when it answers none."""
        raise _missing("stop")

    def delete(self, client: SuperVizRecordings, common: Mapping[str, Any]) -> None:
        """Delete the recording with these common ids."""
        raise _missing("delete")

    async def adelete(self, client: AsyncSuperVizRecordings, common: Mapping[str, Any]) -> None:
        """Delete the recording with these common ids."""
        raise _missing("delete")

    def download(
        self,
        client: SuperVizRecordings,
        raw: Any,
        dest: str,
        on_progress: Callable[[int, int | None], None] | None,
    ) -> Any:
        """Stream the recording's file to ``dest`` with the client's resumable download."""
        return client.download(raw, dest, on_progress=on_progress)

    async def adownload(
        self,
        client: AsyncSuperVizRecordings,
        raw: Any,
        dest: str,
        on_progress: Callable[[int, int | None], None] | None,
    ) -> Any:
        """Stream the recording's file to ``dest`` with the client's resumable download."""
        return await client.download(raw, dest, on_progress=on_progress)


ADAPTER = RecordingsAdapter()
