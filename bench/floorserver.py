"""``python -m bench.floorserver --port N``: an HTTP/1.1 server that does no work at all (asyncio, one canned 200
response per request, keep-alive). Section 5 measures it with the same load generator (``bench.loadgen``) as the mock
and Prism: the load generator's own ceiling, i.e. the most requests/s that method can show for any server here."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence

BODY = b'{"data":[],"meta":{"page_number":1,"page_size":20,"total_pages":0,"total_results":0}}'
RESPONSE = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s" % (len(BODY), BODY)


class _Canned(asyncio.Protocol):
    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer and self.transport is not None:
            _, self.buffer = self.buffer.split(b"\r\n\r\n", 1)  # requests without a body (GET)
            self.transport.write(RESPONSE)


async def _serve(host: str, port: int) -> None:
    server = await asyncio.get_running_loop().create_server(_Canned, host, port)
    async with server:
        await server.serve_forever()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.floorserver", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)
    asyncio.run(_serve(args.host, args.port))  # until SIGTERM
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
