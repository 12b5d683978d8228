"""A TCP proxy that forwards bytes as sent but slows the server's answers to a fixed rate per connection.

Put in front of a mock server, it makes a download last long enough for a test to interrupt it mid-file (the mock
builds download URLs from the ``Host`` the client sent, so the files come through the proxy too).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

__all__ = ["throttled"]

CHUNK = 16 * 1024


def _pump(source: socket.socket, target: socket.socket, rate: float | None) -> None:
    try:
        while data := source.recv(CHUNK):
            target.sendall(data)
            if rate:
                time.sleep(len(data) / rate)
    except OSError:
        pass
    finally:
        for sock in (target, source):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()


def _serve(listener: socket.socket, upstream: tuple[str, int], rate: float, stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            client, _ = listener.accept()
        except TimeoutError:
            continue  # look at ``stop`` again
        except OSError:
            return
        client.settimeout(None)
        try:
            server = socket.create_connection(upstream)
        except OSError:
            client.close()
            continue
        threading.Thread(target=_pump, args=(client, server, None), daemon=True).start()
        threading.Thread(target=_pump, args=(server, client, rate), daemon=True).start()


@contextlib.contextmanager
def throttled(upstream: tuple[str, int], bytes_per_second: float) -> Iterator[int]:
    """A local port whose connections reach ``upstream``, answers at ``bytes_per_second`` each."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    listener.settimeout(0.1)  # accept() wakes up to see ``stop``
    stop = threading.Event()
    thread = threading.Thread(target=_serve, args=(listener, upstream, bytes_per_second, stop), daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        listener.close()
        thread.join(timeout=5)
