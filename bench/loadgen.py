"""A small closed-loop HTTP/1.1 load generator: N keep-alive connections, each sending the next request as soon as the
previous response is complete; prints one JSON line with requests/s.

``python -m bench.loadgen URL [--header 'Name: value' ...] [--connections 16] [--warmup 1] [--seconds 5] [--vary NAME]``

It measures a server's capacity rather than one client's latency: with several requests in flight the server never
waits for the client, so what is counted is the server's own cost per request. Run in its own process (the server
under test gets the other core). Requests are built once as bytes; responses are framed by Content-Length or
chunked encoding and checked for a 200 status. No third-party code, so it costs the same against any server.
``--vary NAME`` adds ``NAME=<counter>`` to every request's query, so that no two requests are the same (a server
that caches answers must compute each one).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
import urllib.parse
from dataclasses import dataclass, field

__all__ = ["Requests", "Result", "run"]


@dataclass
class Result:
    requests: int = 0
    errors: int = 0
    response_bytes: int = 0  # body size of the last response
    statuses: dict[int, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


class Requests:
    """The bytes of each request: the same every time, or with a fresh ``vary=<n>`` query parameter."""

    def __init__(self, url: str, headers: list[tuple[str, str]], vary: str | None = None) -> None:
        parts = urllib.parse.urlsplit(url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        lines = ["", f"Host: {self.host}:{self.port}", "Connection: keep-alive", "Accept: */*"]
        lines += [f"{name}: {value}" for name, value in headers]
        self.rest = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.fixed = f"GET {self.target} HTTP/1.1".encode("latin-1") + self.rest
        self.vary = vary
        self.count = 0

    def next(self) -> bytes:
        if self.vary is None:
            return self.fixed
        self.count += 1
        joiner = "&" if "?" in self.target else "?"
        return f"GET {self.target}{joiner}{self.vary}={self.count} HTTP/1.1".encode("latin-1") + self.rest


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, int]:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = -1
    chunked = False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        size = 0
        while True:
            chunk_head = await reader.readuntil(b"\r\n")
            chunk = int(chunk_head.split(b";")[0], 16)
            await reader.readexactly(chunk + 2)
            size += chunk
            if chunk == 0:
                return status, size
    if length < 0:
        raise RuntimeError("response without Content-Length or chunked encoding")
    await reader.readexactly(length)
    return status, length


async def _connection(requests: Requests, stop: list[float], result: Result, start: list[float]) -> None:
    reader, writer = await asyncio.open_connection(requests.host, requests.port)
    try:
        while True:
            writer.write(requests.next())
            status, size = await _read_response(reader)
            now = time.perf_counter()
            if now >= stop[0]:
                return
            if now >= start[0]:
                result.requests += 1
                result.response_bytes = size
                result.statuses[status] = result.statuses.get(status, 0) + 1
                if status != 200:
                    result.errors += 1
    finally:
        writer.close()


async def run(
    url: str,
    headers: list[tuple[str, str]],
    *,
    connections: int = 16,
    warmup: float = 1.0,
    seconds: float = 5.0,
    vary: str | None = None,
) -> Result:
    """``connections`` closed loops against ``url``; requests completed in the ``seconds`` after ``warmup``."""
    requests = Requests(url, headers, vary)
    result = Result()
    begin = time.perf_counter()
    start, stop = [begin + warmup], [begin + warmup + seconds]
    await asyncio.gather(*(_connection(requests, stop, result, start) for _ in range(connections)))
    result.seconds = seconds
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.loadgen", description=__doc__.split("\n\n")[0])
    parser.add_argument("url")
    parser.add_argument("--header", action="append", default=[], help="'Name: value', repeatable")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--vary", help="a query parameter set to a new value on every request (defeats caches)")
    args = parser.parse_args(argv)
    headers = [(name.strip(), value.strip()) for name, _, value in (h.partition(":") for h in args.header)]
    result = asyncio.run(
        run(
            args.url,
            headers,
            connections=args.connections,
            warmup=args.warmup,
            seconds=args.seconds,
            vary=args.vary,
        )
    )
    print(
        json.dumps(
            {
                "rps": result.rps,
                "requests": result.requests,
                "errors": result.errors,
                "statuses": result.statuses,
                "response_bytes": result.response_bytes,
                "connections": args.connections,
                "seconds": result.seconds,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
