"""Cached list responses: the same read of unchanged state is answered with the bytes already rendered.

A list response is a pure function of the request (path, query, the operation's header parameters, the origin that
download URLs are built from) and of the store's state. The store counts every change (``Store.version``: items
added, removed, updated, advanced in time), so a response rendered at version V can be sent again while the version
is still V. What the cache skips is request validation (the same request was valid before), filtering, paging,
rendering and JSON encoding; routing, authentication, statistics and faults run on every request as before.

Only operations whose result cannot depend on anything else are cached: ``action: list`` with no generator
(``$id``, ``$time``, ...) and no reference to the clock (``${now}``, ``before-now``) in their mock.yaml entry, except
in a filter: a request that uses a clock-dependent filter (e.g. Cloudflare's ``expired``) is not cached, the others
are. Requests with a body or with faults (injected or queued) are never cached, nor are non-2xx answers.
"""

from __future__ import annotations

import collections
import dataclasses
import urllib.parse
from collections.abc import Iterable, Mapping
from typing import Any

from ..spec import Operation

__all__ = ["CachedResponse", "ResponseCache", "cacheable", "clock_params"]

_RANDOM_OR_CLOCK = frozenset({"$id", "$pattern", "$choice", "$int", "$float", "$time", "$pool", "before-now"})
CacheKey = tuple[Any, ...]


def cacheable(op_config: Mapping[str, Any]) -> bool:
    """True for a list whose mock.yaml entry uses no randomness and no clock outside filters (module docstring)."""
    rest = {key: value for key, value in op_config.items() if key != "filters"}
    filters = op_config.get("filters") or ()
    pure_filters = all(not _dynamic(f) for f in filters if not _clock_filter(f))
    return op_config.get("action") == "list" and not _dynamic(rest) and pure_filters


def clock_params(op_config: Mapping[str, Any]) -> frozenset[str]:
    """Query parameters (spec names) whose filter compares with the clock: requests using them are not cached."""
    return frozenset(
        str(f["param"]).split(".")[0] for f in op_config.get("filters") or () if _clock_filter(f) and "param" in f
    )


def _clock_filter(spec: Mapping[str, Any]) -> bool:
    return spec.get("op") == "before-now" and not _dynamic({k: v for k, v in spec.items() if k != "op"})


def _dynamic(node: Any) -> bool:
    if isinstance(node, str):
        return "${now" in node or node == "before-now"
    if isinstance(node, Mapping):
        return any(str(key) in _RANDOM_OR_CLOCK or _dynamic(value) for key, value in node.items())
    if isinstance(node, list | tuple):
        return any(_dynamic(value) for value in node)
    return False


@dataclasses.dataclass(frozen=True, slots=True)
class CachedResponse:
    version: int
    status: int
    headers: tuple[tuple[bytes, bytes], ...]  # raw ASGI headers, content-length included
    body: bytes


class ResponseCache:
    """At most ``size`` responses, least recently used dropped first; ``clear()`` on reset."""

    def __init__(self, operations: Iterable[tuple[Operation, Mapping[str, Any]]], size: int = 512) -> None:
        self.size = size
        self._header_params: dict[str, tuple[str, ...]] = {}
        self._clock_params: dict[str, frozenset[str]] = {}
        for operation, config in operations:
            if cacheable(config) and operation.body_pointer is None:
                names = tuple(p.name.lower() for p in operation.parameters if p.location == "header")
                self._header_params[operation.operation_id] = names
                self._clock_params[operation.operation_id] = clock_params(config)
        self._entries: collections.OrderedDict[CacheKey, CachedResponse] = collections.OrderedDict()
        self.hits = 0

    def enabled(self, operation: Operation, scope: Mapping[str, Any]) -> bool:
        """Whether this request's answer may come from, and go into, the cache."""
        if operation.operation_id not in self._header_params:
            return False
        clock = self._clock_params[operation.operation_id]
        if not clock or not scope.get("query_string"):
            return True
        query = bytes(scope["query_string"]).decode("latin-1")
        names = {name.split("[", 1)[0] for name, _ in urllib.parse.parse_qsl(query, keep_blank_values=True)}
        return not names & clock

    def key(self, operation: Operation, scope: Mapping[str, Any]) -> CacheKey:
        """What the response depends on: method, raw path and query, origin (Host), the operation's header params."""
        wanted = self._header_params[operation.operation_id]
        host = b""
        values: dict[str, bytes] = {}
        for name, value in scope.get("headers") or ():
            if name == b"host":
                host = value
            elif wanted and name.decode("latin-1") in wanted:
                values[name.decode("latin-1")] = value
        return (
            operation.operation_id,
            scope.get("scheme"),
            host,
            scope.get("raw_path") or scope.get("path"),
            scope.get("query_string"),
            tuple(values.get(name) for name in wanted),
        )

    def get(self, key: CacheKey, version: int) -> CachedResponse | None:
        entry = self._entries.get(key)
        if entry is None or entry.version != version:
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return entry

    def put(self, key: CacheKey, entry: CachedResponse) -> None:
        self._entries[key] = entry
        self._entries.move_to_end(key)
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)

    def clear(self) -> None:
        self._entries.clear()
        self.hits = 0

    def __len__(self) -> int:
        return len(self._entries)
