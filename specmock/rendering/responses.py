"""Response bytes: JSON as the mock sends it, and a cached answer sent again exactly as first rendered."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

from ..state.cache import CachedResponse

__all__ = ["CachedBytesResponse", "json_bytes"]


def json_bytes(body: Any) -> bytes:
    """Compact UTF-8 JSON. Stored values are strict JSON (validation/strict_json.py); anything else fails here."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


class CachedBytesResponse(Response):
    """A response sent again exactly as first rendered (status, headers and body; see specmock/state/cache.py)."""

    def __init__(self, cached: CachedResponse, extra: dict[str, str] | None = None) -> None:
        self.status_code = cached.status
        self.body = cached.body
        self.raw_headers = list(cached.headers)
        for name, value in (extra or {}).items():  # per-request headers (the request id)
            self.raw_headers.append((name.lower().encode("latin-1"), value.encode("latin-1")))
        self.background = None
