"""bench.loadgen against small in-process servers: framing (Content-Length, chunked), counting, errors, --vary."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable

import pytest

from bench.loadgen import Requests, run

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


Answer = Callable[[bytes], bytes]


@contextlib.asynccontextmanager
async def serving(answer: Answer, seen: list[bytes]) -> AsyncIterator[str]:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                seen.append(head)
                writer.write(answer(head))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        yield f"http://127.0.0.1:{port}/things?a=1"


def fixed(status: int, body: bytes) -> Answer:
    return lambda head: b"HTTP/1.1 %d X\r\ncontent-length: %d\r\n\r\n%s" % (status, len(body), body)


def chunked(head: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n"


async def test_counts_completed_requests_and_frames_by_content_length() -> None:
    seen: list[bytes] = []
    async with serving(fixed(200, b'{"ok":true}'), seen) as url:
        result = await run(url, [("Authorization", "Bearer t")], connections=3, warmup=0.05, seconds=0.2)
    assert result.requests > 0 and result.errors == 0 and result.response_bytes == 11
    assert result.requests <= len(seen)  # warm-up requests are sent but not counted
    assert result.rps == result.requests / 0.2
    assert seen[0].startswith(b"GET /things?a=1 HTTP/1.1\r\n") and b"\r\nAuthorization: Bearer t\r\n" in seen[0]


async def test_chunked_bodies_are_read_to_the_end() -> None:
    async with serving(chunked, []) as url:
        result = await run(url, [], connections=2, warmup=0.0, seconds=0.1)
    assert result.requests > 0 and result.response_bytes == 11 and result.errors == 0


async def test_non_200_answers_are_counted_as_errors() -> None:
    async with serving(fixed(503, b"busy"), []) as url:
        result = await run(url, [], connections=1, warmup=0.0, seconds=0.1)
    assert result.errors == result.requests > 0 and set(result.statuses) == {503}


def test_vary_makes_every_request_different() -> None:
    requests = Requests("http://h:1/p?x=1", [], vary="v")
    (first, first_write), (second, second_write) = requests.next(), requests.next()
    assert first.startswith(b"GET /p?x=1&v=1 HTTP/1.1") and second.startswith(b"GET /p?x=1&v=2 HTTP/1.1")
    assert not first_write and not second_write
    plain = Requests("http://h:1/p", [])
    assert plain.next() == plain.next() and plain.next()[0].startswith(b"GET /p HTTP/1.1\r\nHost: h:1\r\n")
