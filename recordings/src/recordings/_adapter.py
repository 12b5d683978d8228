"""What a vendor package's ``recordings.vendors`` entry point provides (``<pkg>._recordings:ADAPTER``).

The adapter is generated from the spec's ``x-recordings`` block; this protocol is the contract between the
generated module and this package (checked duck-typed at discovery, so no vendor package is imported by name).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any, Protocol

__all__ = ["ADAPTER_API", "COMMON_FIELDS", "Adapter"]

# Keys of ``Adapter.to_common``'s dict (besides ``status``, a common status value).
COMMON_FIELDS = (
    "id",
    "room_id",
    "session_id",
    "raw_status",
    "started_at",
    "ended_at",
    "duration_seconds",
    "size_bytes",
    "format",
    "download_url",
    "download_expires_at",
    "created_at",
)
ADAPTER_API = 1  # bumped when the protocol below changes incompatibly; an adapter with another value is refused


class Adapter(Protocol):
    """Data and small callables generated from one spec's ``x-recordings``."""

    api: int
    key: str
    title: str
    distribution: str
    version: str
    capabilities: frozenset[str]
    order: str  # "newest-first" (by created_at) or "unordered"
    page_size: int | None
    filters: Mapping[str, Mapping[str, Any]]  # common filter -> {"arg": (...), "kind": ...}
    statuses: Mapping[str, str]  # vendor value -> common status
    client_class: type[Any]
    async_client_class: type[Any]
    mask_url: Callable[[str], str]

    def to_common(self, raw: Any) -> dict[str, Any]: ...

    def list_pages(self, client: Any, args: Mapping[str, Any], page_size: int | None) -> Iterator[Sequence[Any]]: ...

    def alist_pages(
        self, client: Any, args: Mapping[str, Any], page_size: int | None
    ) -> AsyncIterator[Sequence[Any]]: ...

    def get(self, client: Any, recording_id: str) -> Any: ...

    async def aget(self, client: Any, recording_id: str) -> Any: ...

    def start(self, client: Any, args: Mapping[str, Any]) -> Any: ...

    async def astart(self, client: Any, args: Mapping[str, Any]) -> Any: ...

    def stop(self, client: Any, common: Mapping[str, Any]) -> Any: ...

    async def astop(self, client: Any, common: Mapping[str, Any]) -> Any: ...

    def delete(self, client: Any, common: Mapping[str, Any]) -> None: ...

    async def adelete(self, client: Any, common: Mapping[str, Any]) -> None: ...

    def download(
        self, client: Any, raw: Any, dest: str, on_progress: Callable[[int, int | None], None] | None
    ) -> Any: ...

    async def adownload(
        self, client: Any, raw: Any, dest: str, on_progress: Callable[[int, int | None], None] | None
    ) -> Any: ...
