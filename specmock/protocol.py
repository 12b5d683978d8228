"""Requests refused below the application (HTTP parse errors: a bad ``Content-Length``, a malformed request line or
header) answered with the vendor's error envelope instead of uvicorn's plain-text 400."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from uvicorn.protocols.http.auto import AutoHTTPProtocol

__all__ = ["enveloped_protocol"]

# (status, headers, body) of the vendor's error for a request the HTTP parser refused
ErrorBody = Callable[[str], tuple[int, list[tuple[bytes, bytes]], bytes]]


def enveloped_protocol(error_body: ErrorBody) -> type[asyncio.Protocol]:
    """uvicorn's HTTP protocol class (httptools, else h11) whose parse-error answer is ``error_body(message)``."""
    base: Any = AutoHTTPProtocol

    class EnvelopedProtocol(base):  # type: ignore[misc]
        def send_400_response(self, msg: str) -> None:
            status, headers, body = error_body(msg)
            lines = [f"HTTP/1.1 {status} Bad Request\r\n".encode()]
            lines += [name + b": " + value + b"\r\n" for name, value in headers if name != b"content-length"]
            lines += [b"content-length: " + str(len(body)).encode() + b"\r\n", b"connection: close\r\n\r\n", body]
            self.transport.write(b"".join(lines))
            self.transport.close()

    return EnvelopedProtocol
