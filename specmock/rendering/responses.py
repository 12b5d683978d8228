"""Response bytes: JSON as the mock sends it, and a cached answer sent again exactly as first rendered."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

from ..state.cache import CachedResponse

__all__ = ["CachedBytesResponse", "Rendered", "json_bytes"]

_SCALARS = frozenset({str, int, float, bool, type(None)})
_dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode


class Rendered(dict[str, Any]):
    """A stored item as the API returns it (``Collection.render``), kept until the item changes and never modified, so
    its JSON can be kept with it: a page of items is encoded by joining the items' bytes, not by encoding every item
    of every page again (a list answer that misses the cache spent most of its time in ``json.dumps``)."""

    __slots__ = ("encoded",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.encoded: bytes | None = None


def json_bytes(body: Any) -> bytes:
    """Compact UTF-8 JSON, byte for byte what ``json.dumps(body, separators=(",", ":"), ensure_ascii=False)`` gives.
    Stored values are strict JSON (validation/strict_json.py); anything else (NaN, a lone surrogate) fails here."""
    encoded = _spliced(body)
    return _dumps(body).encode() if encoded is None else encoded


def _spliced(value: Any) -> bytes | None:
    """``value`` encoded with the kept bytes of the ``Rendered`` items it holds, or None when it holds none (then it is
    encoded in one go by the caller)."""
    if type(value) is Rendered:
        encoded = value.encoded
        if encoded is None:
            encoded = value.encoded = _dumps(value).encode()
        return encoded
    if isinstance(value, list):
        parts = [None if type(child) in _SCALARS else _spliced(child) for child in value]
        if all(part is None for part in parts):
            return None
        return (
            b"[" + b",".join([_dumps(c).encode() if p is None else p for p, c in zip(parts, value, strict=True)]) + b"]"
        )
    if isinstance(value, dict):
        pairs = [(key, None if type(child) in _SCALARS else _spliced(child), child) for key, child in value.items()]
        if all(part is None for _, part, _ in pairs) or not all(type(key) is str for key in value):
            return None  # json.dumps' own key conversion for int, float, bool and None keys
        items = [_dumps(key).encode() + b":" + (_dumps(c).encode() if p is None else p) for key, p, c in pairs]
        return b"{" + b",".join(items) + b"}"
    return None


class CachedBytesResponse(Response):
    """A response sent again exactly as first rendered (status, headers and body; see specmock/state/cache.py)."""

    def __init__(self, cached: CachedResponse, extra: dict[str, str] | None = None) -> None:
        self.status_code = cached.status
        self.body = cached.body
        self.raw_headers = list(cached.headers)
        for name, value in (extra or {}).items():  # per-request headers (the request id)
            self.raw_headers.append((name.lower().encode("latin-1"), value.encode("latin-1")))
        self.background = None
