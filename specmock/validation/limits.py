"""Bounded request reading: a body larger than the configured limit is refused (413) before it is held in memory."""

from __future__ import annotations

from collections.abc import Mapping

from starlette.requests import ClientDisconnect
from starlette.types import Receive

from ..errors import MockError

__all__ = ["DEFAULT_MAX_BODY", "read_body"]

DEFAULT_MAX_BODY = 4 * 1024 * 1024  # bytes; --max-body / max_body


def _too_large(limit: int) -> MockError:
    return MockError("payload-too-large", f"the request body is larger than {limit} bytes", status=413)


async def read_body(receive: Receive, headers: Mapping[str, str], limit: int) -> bytes:
    """The whole body, or MockError ``payload-too-large`` as soon as it (or its Content-Length) exceeds ``limit``.
    Reads the ASGI messages itself (Starlette's ``Request.stream()`` is an async generator per request); a client that
    disconnects first raises Starlette's ``ClientDisconnect``, as that would."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect()
        chunk = message.get("body", b"")
        if chunk:
            size += len(chunk)
            if size > limit:
                raise _too_large(limit)
            chunks.append(chunk)
        if not message.get("more_body", False):
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)
