"""The ``reset`` fault: the connection is aborted with a TCP reset (RST), before any byte of a response."""

from __future__ import annotations

import asyncio
import socket
import struct
from typing import Any

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .injection import DropConnection

__all__ = ["ResettingResponse", "reset_connection"]

_LINGER_ZERO = struct.pack("ii", 1, 0)  # SO_LINGER on, 0 s: close() sends RST instead of FIN


def _transport(send: Send) -> Any:
    """uvicorn's transport behind ``send`` (its RequestResponseCycle.send), or None under another server."""
    return getattr(getattr(send, "__self__", None), "transport", None)


def reset_connection(send: Send) -> bool:
    """Abort the connection with RST; False when the server gives no access to its socket."""
    transport = _transport(send)
    sock = transport.get_extra_info("socket") if transport is not None else None
    if sock is None:
        return False
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _LINGER_ZERO)
    except OSError:
        return False
    transport.abort()
    return True


class ResettingResponse(Response):
    """Sends nothing: the connection is reset (an orderly drop where the socket is not reachable)."""

    def __init__(self) -> None:
        super().__init__(b"", 500)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not reset_connection(send):
            raise DropConnection("injected fault: connection reset (the server gave no socket: closed instead)")
        for _ in range(3):  # let the server see the connection is gone, so it sends nothing and logs nothing
            await asyncio.sleep(0)
