"""Downloadable recording files: deterministic bytes of the recorded size, streamed, with Range (206/416)."""

from __future__ import annotations

import functools
import random
import re
from collections.abc import AsyncIterator

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from ..faults.injection import DropConnection, Fault

__all__ = ["PATTERN_SIZE", "expected_bytes", "file_response"]

PATTERN_SIZE = 1 << 16
CHUNK = 1 << 16
_RANGE = re.compile(r"bytes=(\d*)-(\d*)")


@functools.lru_cache(maxsize=256)
def _pattern(seed: int, collection: str, item_id: str) -> bytes:
    block = random.Random(f"{seed}/file/{collection}/{item_id}").randbytes(PATTERN_SIZE)
    return block + block


def expected_bytes(seed: int, collection: str, item_id: str, start: int, end: int) -> bytes:
    """Bytes ``start``..``end`` (exclusive) of a file as the mock serves it (for tests that check content)."""
    pattern = _pattern(seed, collection, item_id)
    out = bytearray()
    position = start
    while position < end:
        offset = position % PATTERN_SIZE
        take = min(PATTERN_SIZE - offset, end - position)
        out += pattern[offset : offset + take]
        position += take
    return bytes(out)


def _parse_range(header: str, size: int) -> tuple[int, int] | None:
    """(start, end exclusive) for one ``bytes=`` range; None when the header is absent or unusable."""
    match = _RANGE.fullmatch(header.strip())
    if not match or (not match.group(1) and not match.group(2)):
        return None
    if not match.group(1):
        length = int(match.group(2))
        return max(0, size - length), size
    start = int(match.group(1))
    end = int(match.group(2)) + 1 if match.group(2) else size
    return start, min(end, size)


def file_response(
    request: Request, *, seed: int, collection: str, item_id: str, size: int, content_type: str, faults: list[Fault]
) -> Response:
    headers = {"Accept-Ranges": "bytes", "ETag": f'"{collection}-{item_id}-{size}"'}
    start, end, status = 0, size, 200
    wanted = _parse_range(request.headers.get("range", ""), size)
    if wanted is not None:
        start, end = wanted
        if start >= size or start >= end:
            headers["Content-Range"] = f"bytes */{size}"
            return JSONResponse({"message": "Range Not Satisfiable"}, 416, headers)
        status = 206
        headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
    headers["Content-Length"] = str(end - start)
    if request.method == "HEAD":
        return Response(b"", status, headers, content_type)
    drop_at = start + (end - start) // 2 if any(fault.kind == "drop" for fault in faults) else None

    async def body() -> AsyncIterator[bytes]:
        position = start
        while position < end:
            stop = min(end, position + CHUNK)
            if drop_at is not None and stop > drop_at:
                if drop_at > position:
                    yield expected_bytes(seed, collection, item_id, position, drop_at)
                raise DropConnection("injected fault: download dropped mid-file")
            yield expected_bytes(seed, collection, item_id, position, stop)
            position = stop

    return StreamingResponse(body(), status, headers, content_type)
