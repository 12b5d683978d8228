"""An API request as the mock reads it: straight from the ASGI scope, each part computed once and only when used.

Starlette's ``Request`` builds a URL object (to get the origin) and a query multi-dict on first use; a list answer
that misses the cache needs neither, and they were a fifth of its cost. Admin and file routes keep ``Request``."""

from __future__ import annotations

from urllib.parse import parse_qsl, quote

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.types import Receive, Scope

__all__ = ["WireRequest"]

_DEFAULT_PORTS = {"http": 80, "https": 443}


class WireRequest:
    """Method, raw path, headers (a dict by lower-case name), query items and origin of one API request."""

    __slots__ = ("_query", "headers", "method", "receive", "scope")

    def __init__(self, scope: Scope, receive: Receive) -> None:
        self.scope = scope
        self.receive = receive
        self.method: str = scope["method"]
        headers: dict[str, str] = {}
        for name, value in scope["headers"]:  # lower-case names; the first of repeated headers, as Starlette's get()
            headers.setdefault(name.decode("latin-1").lower(), value.decode("latin-1"))
        self.headers = headers
        self._query: list[tuple[str, str]] | None = None

    @property
    def path(self) -> str:
        """The path as sent (percent-encoded): routes match it, and values are decoded once, in validation."""
        raw = self.scope.get("raw_path")
        return raw.decode("latin-1") if isinstance(raw, bytes) else quote(str(self.scope["path"]))

    @property
    def query_items(self) -> list[tuple[str, str]]:
        """Decoded ``(name, value)`` pairs in order, blanks kept (as Starlette's ``QueryParams.multi_items()``)."""
        if self._query is None:
            raw = self.scope.get("query_string") or b""
            self._query = parse_qsl(raw.decode("latin-1"), keep_blank_values=True)
        return self._query

    def query_params(self) -> QueryParams:
        return QueryParams(self.query_items)

    def cookies(self) -> dict[str, str]:
        return Request(self.scope, self.receive).cookies

    @property
    def origin(self) -> str:
        """``scheme://host[:port]`` as the client addressed the server (Host header first, as Starlette's URL)."""
        scheme = str(self.scope.get("scheme") or "http")
        host = self.headers.get("host")
        if host:
            return f"{scheme}://{host}"
        server = self.scope.get("server")
        if not server:
            return f"{scheme}://"
        name, port = server
        return f"{scheme}://{name}" if _DEFAULT_PORTS.get(scheme) == port else f"{scheme}://{name}:{port}"
