"""Response bytes: JSON as the mock sends it, and a cached answer sent again exactly as first rendered."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

from ..state.cache import CachedResponse

__all__ = ["CachedBytesResponse", "Rendered", "RenderedList", "json_bytes"]

_SCALARS = frozenset({str, int, float, bool, type(None)})
_encoder = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _unserializable(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _dumps(value: Any) -> str:
    """``_encoder.encode(value)``, at half its cost for the small values a list answer encodes besides its items (no
    Python-level setup per call); a fresh ``markers`` dict keeps the circular-reference check."""
    if _c_make_encoder is None:
        return _encoder.encode(value)
    if type(value) is str:
        return _encode_string(value)
    encode = _c_make_encoder({}, _unserializable, _encode_string, None, ":", ",", False, False, False)
    return "".join(encode(value, 0))


_c_make_encoder = getattr(json.encoder, "c_make_encoder", None)
_encode_string = json.encoder.encode_basestring


class Rendered(dict[str, Any]):
    """A stored item as the API returns it (``Collection.render``), kept until the item changes and never modified, so
    its JSON can be kept with it: a page of items is encoded by joining the items' bytes, not by encoding every item
    of every page again (a list answer that misses the cache spent most of its time in ``json.dumps``)."""

    __slots__ = ("encoded",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.encoded: bytes | None = None

    def json(self) -> bytes:
        encoded = self.encoded
        if encoded is None:
            encoded = self.encoded = _dumps(self).encode()
        return encoded


class RenderedList(list[Rendered]):
    """A page of ``Rendered`` items (a list action's ``${items}``), built once per answer and never modified: encoded
    as one join of the items' kept bytes."""

    __slots__ = ()


def json_bytes(body: Any) -> bytes:
    """Compact UTF-8 JSON, byte for byte what ``json.dumps(body, separators=(",", ":"), ensure_ascii=False)`` gives.
    Stored values are strict JSON (validation/strict_json.py); anything else (NaN, a lone surrogate) fails here."""
    chunks = _chunks(body)
    return _dumps(body).encode() if chunks is None else b"".join(chunks)


def _chunks(value: Any) -> list[bytes] | None:
    """``value`` encoded as pieces to join once, using the kept bytes of the ``Rendered`` items it holds; None when it
    holds none (the caller then encodes it in one go)."""
    kind = type(value)
    if kind is Rendered:
        return [value.json()]
    if kind is RenderedList:
        if not value:
            return [b"[]"]
        out = [b"["]
        for item in value:  # one join at the end copies the page once
            out.append(item.encoded or item.json())
            out.append(b",")
        out[-1] = b"]"
        return out
    if isinstance(value, list):
        parts = [None if type(child) in _SCALARS else _chunks(child) for child in value]
        if not any(parts):
            return None
        out = [b"["]
        for part, child in zip(parts, value, strict=True):
            if part is None:
                out.append(_dumps(child).encode())
            else:
                out += part
            out.append(b",")
        out[-1] = b"]"
        return out
    if isinstance(value, dict):
        parts = [None if type(child) in _SCALARS else _chunks(child) for child in value.values()]
        if not any(parts):
            return None
        out = [b"{"]
        for part, (key, child) in zip(parts, value.items(), strict=True):
            if type(key) is not str:
                return None  # json.dumps' own key conversion for int, float, bool and None keys
            out.append(_encode_string(key).encode() + b":")
            if part is None:
                out.append(_dumps(child).encode())
            else:
                out += part
            out.append(b",")
        out[-1] = b"}"
        return out
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
