"""A small closed-loop HTTP/1.1 load generator: N keep-alive connections, each sending the next request as soon as the
previous response is complete; prints one JSON line with requests/s.

``python -m bench.loadgen URL [--header 'Name: value' ...] [--connections 16] [--warmup 1] [--seconds 5] [--vary NAME]
[--vary-cycle K] [--writes FILE --write-every 10] [--requests N]``

It measures a server's capacity rather than one client's latency: with several requests in flight the server never
waits for the client, so what is counted is the server's own cost per request. Run in its own process (the server
under test gets the other core). Requests are built once as bytes; responses are framed by Content-Length or
chunked encoding and checked for a 200 status. No third-party code, so it costs the same against any server.
``--vary NAME`` adds ``NAME=<counter>`` to every request's query, so that no two requests are the same (a server
that caches answers must compute each one; ``--vary-cycle K`` repeats K values). ``--writes FILE`` (a JSON list of
``{"method", "target", "body"?}``) makes every ``--write-every``-th request the next write of that list (any 2xx is
fine for a write, and a 404 once the list has started again: a delete of an item already deleted); reads and writes
are counted apart. ``--requests N`` stops after N requests instead of after
``--seconds`` (no warm-up).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Requests", "Result", "run"]


@dataclass
class Result:
    requests: int = 0  # reads (every request without --writes)
    writes: int = 0
    errors: int = 0
    response_bytes: int = 0  # body size of the last response
    statuses: dict[int, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


class Requests:
    """The bytes of each request: the same every time, or with a fresh ``vary=<n>`` query parameter."""

    def __init__(
        self,
        url: str,
        headers: list[tuple[str, str]],
        vary: str | None = None,
        *,
        vary_cycle: int = 0,
        writes: list[dict[str, str]] | None = None,
        write_every: int = 0,
    ) -> None:
        parts = urllib.parse.urlsplit(url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        lines = ["", f"Host: {self.host}:{self.port}", "Connection: keep-alive", "Accept: */*"]
        lines += [f"{name}: {value}" for name, value in headers]
        self.rest = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.fixed = f"GET {self.target} HTTP/1.1".encode("latin-1") + self.rest
        self.vary = vary
        self.vary_cycle = vary_cycle
        self.count = 0
        self.sent = 0
        self.writes = [self._write(spec, lines) for spec in writes or ()]
        self.write_every = write_every if self.writes else 0
        self.written = 0

    @staticmethod
    def _write(spec: dict[str, str], lines: list[str]) -> bytes:
        body = spec.get("body", "").encode()
        extra = [f"Content-Length: {len(body)}"] + (["Content-Type: application/json"] if body else [])
        head = "\r\n".join([f"{spec['method']} {spec['target']} HTTP/1.1", *lines[1:], *extra])
        return (head + "\r\n\r\n").encode("latin-1") + body

    def next(self) -> tuple[bytes, bool]:
        """The next request and whether it is a write."""
        self.sent += 1
        if self.write_every and self.sent % self.write_every == 0:
            self.written += 1
            return self.writes[(self.written - 1) % len(self.writes)], True
        if self.vary is None:
            return self.fixed, False
        self.count += 1
        value = self.count % self.vary_cycle if self.vary_cycle else self.count
        joiner = "&" if "?" in self.target else "?"
        return f"GET {self.target}{joiner}{self.vary}={value} HTTP/1.1".encode("latin-1") + self.rest, False


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
    if length < 0 and (status in (204, 304) or status < 200):
        return status, 0  # no body by definition
    if length < 0:
        raise RuntimeError("response without Content-Length or chunked encoding")
    await reader.readexactly(length)
    return status, length


async def _connection(
    requests: Requests, stop: list[float], result: Result, start: list[float], limit: int | None = None
) -> None:
    reader, writer = await asyncio.open_connection(requests.host, requests.port)
    try:
        while limit is None or result.requests + result.writes < limit:
            request, is_write = requests.next()
            writer.write(request)
            status, size = await _read_response(reader)
            now = time.perf_counter()
            if now >= stop[0]:
                return
            if now >= start[0]:
                result.statuses[status] = result.statuses.get(status, 0) + 1
                if is_write:
                    result.writes += 1
                    # once every write was sent, they start again: a delete of an item already deleted is a 404
                    repeated = status == 404 and requests.written > len(requests.writes)
                    result.errors += not (200 <= status < 300 or repeated)
                    continue
                result.requests += 1
                result.response_bytes = size
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
    vary_cycle: int = 0,
    writes: list[dict[str, str]] | None = None,
    write_every: int = 0,
    total: int | None = None,
) -> Result:
    """``connections`` closed loops against ``url``; requests completed in the ``seconds`` after ``warmup`` (or the
    first ``total`` requests)."""
    requests = Requests(url, headers, vary, vary_cycle=vary_cycle, writes=writes, write_every=write_every)
    result = Result()
    begin = time.perf_counter()
    if total is not None:
        start, stop = [begin], [float("inf")]
    else:
        start, stop = [begin + warmup], [begin + warmup + seconds]
    await asyncio.gather(*(_connection(requests, stop, result, start, total) for _ in range(connections)))
    result.seconds = seconds if total is None else time.perf_counter() - begin
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.loadgen", description=__doc__.split("\n\n")[0])
    parser.add_argument("url")
    parser.add_argument("--header", action="append", default=[], help="'Name: value', repeatable")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--vary", help="a query parameter set to a new value on every request (defeats caches)")
    parser.add_argument("--vary-cycle", type=int, default=0, help="repeat the --vary values after this many")
    parser.add_argument("--writes", type=Path, help='JSON list of {"method", "target", "body"?} writes')
    parser.add_argument("--write-every", type=int, default=10, help="every N-th request is a write (with --writes)")
    parser.add_argument("--requests", type=int, help="stop after this many requests (instead of --seconds)")
    args = parser.parse_args(argv)
    writes = json.loads(args.writes.read_text()) if args.writes else None
    headers = [(name.strip(), value.strip()) for name, _, value in (h.partition(":") for h in args.header)]
    result = asyncio.run(
        run(
            args.url,
            headers,
            connections=args.connections,
            warmup=args.warmup,
            seconds=args.seconds,
            vary=args.vary,
            vary_cycle=args.vary_cycle,
            writes=writes,
            write_every=args.write_every,
            total=args.requests,
        )
    )
    print(
        json.dumps(
            {
                "rps": result.rps,
                "requests": result.requests,
                "writes": result.writes,
                "read_rps": result.requests / result.seconds if result.seconds else 0.0,
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
