"""Bounded request reading: a body larger than the configured limit is refused (413) before it is held in memory."""

from __future__ import annotations

from starlette.requests import Request

from ..errors import MockError

__all__ = ["DEFAULT_MAX_BODY", "read_body"]

DEFAULT_MAX_BODY = 4 * 1024 * 1024  # bytes; --max-body / max_body


def _too_large(limit: int) -> MockError:
    return MockError("payload-too-large", f"the request body is larger than {limit} bytes", status=413)


async def read_body(request: Request, limit: int) -> bytes:
    """The whole body, or MockError ``payload-too-large`` as soon as it (or its Content-Length) exceeds ``limit``."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)
