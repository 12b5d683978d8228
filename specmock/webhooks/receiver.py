"""A webhook receiver for tests: a plain ``http.server`` in a thread that records every request it gets.

    with receiving() as receiver:
        server.subscribe_webhooks(receiver.url)
        ...
        request = receiver.wait_for(1)[0]   # ReceivedRequest(path, headers, body)

``status`` (a fixed answer, or a function of the request) lets a test make the mock retry.
"""

from __future__ import annotations

import contextlib
import dataclasses
import http.server
import threading
import time
from collections.abc import Callable, Iterator

__all__ = ["ReceivedRequest", "Receiver", "receiving"]


@dataclasses.dataclass(frozen=True)
class ReceivedRequest:
    path: str
    headers: dict[str, str]  # lower-case names
    body: bytes  # exactly the bytes received


class Receiver:
    """The running receiver: its URL, the requests it got (in arrival order) and what it answers."""

    def __init__(self, status: int | Callable[[ReceivedRequest], int] = 200) -> None:
        self.status = status
        self.requests: list[ReceivedRequest] = []
        self._changed = threading.Condition()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                request = ReceivedRequest(
                    self.path, {name.lower(): value for name, value in self.headers.items()}, self.rfile.read(length)
                )
                status = receiver.status(request) if callable(receiver.status) else receiver.status
                with receiver._changed:
                    receiver.requests.append(request)
                    receiver._changed.notify_all()
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:  # quiet
                return

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/hooks"
        self._thread = threading.Thread(target=self._server.serve_forever, name="webhook-receiver", daemon=True)

    def start(self) -> Receiver:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def wait_for(self, count: int, timeout: float = 10.0) -> list[ReceivedRequest]:
        """The first ``count`` requests, waiting up to ``timeout`` seconds; TimeoutError names what arrived."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while len(self.requests) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{len(self.requests)} of {count} webhook requests arrived in {timeout} s")
                self._changed.wait(left)
            return list(self.requests[:count])


@contextlib.contextmanager
def receiving(status: int | Callable[[ReceivedRequest], int] = 200) -> Iterator[Receiver]:
    """A started receiver, stopped on exit."""
    receiver = Receiver(status).start()
    try:
        yield receiver
    finally:
        receiver.stop()
