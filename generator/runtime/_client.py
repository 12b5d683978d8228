"""The sync and async HTTP clients every generated package subclasses."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
from httpx_retries import Retry

from ._core import ClientCore, ClientSettings, ErrorParser
from ._response import APIResponse
from ._types import Request, RequestOptions

__all__ = ["AsyncClient", "SyncClient"]

T = TypeVar("T")
_NO_OPTIONS = RequestOptions()


class SyncClient:
    """Sends :class:`Request` s with auth, timeouts, retries (idempotent calls only) and typed errors."""

    def __init__(self, settings: ClientSettings, *, http_client: httpx.Client | None = None) -> None:
        self._owns_http = http_client is None
        self._core = ClientCore(settings, static_headers_on_client=self._owns_http)
        self._http = (
            http_client
            if http_client is not None
            else httpx.Client(timeout=settings.timeout, headers=self._core.static_headers)
        )
        self._sleep: Callable[[float], None] = time.sleep
        self._clock: Callable[[], float] = time.monotonic

    @property
    def base_url(self) -> str:
        return self._core.url("")

    def call(
        self,
        request: Request,
        parse: Callable[[httpx.Response], T],
        parse_error: ErrorParser | None = None,
        options: RequestOptions | None = None,
    ) -> APIResponse[T]:
        """Send ``request`` and parse the response; raise an ``APIStatusError`` subclass on 4xx/5xx."""
        options = options or _NO_OPTIONS
        http_request = self._core.build(self._http, request, options)
        deadline = self._core.deadline_at(options, self._clock())
        response = self.send(http_request, self._core.retry_for(request, options), deadline=deadline)
        if response.is_error:
            raise self._core.status_error(response, parse_error)
        return APIResponse(self._core.parse(response, parse), response, self._core.request_id(response))

    def send(
        self,
        request: httpx.Request,
        retry: Retry,
        *,
        stream: bool = False,
        follow_redirects: bool = False,
        deadline: float | None = None,
    ) -> httpx.Response:
        """The retry loop: transport errors and retryable statuses are retried while ``retry`` allows.

        ``deadline`` (a ``time.monotonic`` value) bounds every attempt's timeouts and the backoff: no retry starts
        after it, and an attempt cut short by it raises ``DeadlineExceededError``.
        """
        core = self._core
        while True:
            if deadline is not None:
                core.fit_attempt(request, deadline, self._clock())
            core.log_request(request)
            try:
                response = self._http.send(request, stream=stream, follow_redirects=follow_redirects)
            except httpx.TransportError as exc:
                retry, delay = core.retry_after_error(retry, request, exc, deadline, self._clock())
                self._sleep(delay)
                continue
            core.log_response(response, streamed=stream)
            if not core.should_retry_status(retry, response):
                return response
            step = core.next_retry(retry, request, response, deadline, self._clock())
            if step is None:
                return response
            retry, delay = step
            response.close()
            self._sleep(delay)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


class AsyncClient:
    """The asyncio twin of :class:`SyncClient`."""

    def __init__(self, settings: ClientSettings, *, http_client: httpx.AsyncClient | None = None) -> None:
        self._owns_http = http_client is None
        self._core = ClientCore(settings, static_headers_on_client=self._owns_http)
        self._http = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(timeout=settings.timeout, headers=self._core.static_headers)
        )
        self._sleep: Callable[[float], Any] = asyncio.sleep
        self._clock: Callable[[], float] = time.monotonic

    @property
    def base_url(self) -> str:
        return self._core.url("")

    async def call(
        self,
        request: Request,
        parse: Callable[[httpx.Response], T],
        parse_error: ErrorParser | None = None,
        options: RequestOptions | None = None,
    ) -> APIResponse[T]:
        """Send ``request`` and parse the response; raise an ``APIStatusError`` subclass on 4xx/5xx."""
        options = options or _NO_OPTIONS
        http_request = self._core.build(self._http, request, options)
        deadline = self._core.deadline_at(options, self._clock())
        response = await self.send(http_request, self._core.retry_for(request, options), deadline=deadline)
        if response.is_error:
            raise self._core.status_error(response, parse_error)
        return APIResponse(self._core.parse(response, parse), response, self._core.request_id(response))

    async def send(
        self,
        request: httpx.Request,
        retry: Retry,
        *,
        stream: bool = False,
        follow_redirects: bool = False,
        deadline: float | None = None,
    ) -> httpx.Response:
        """The retry loop: transport errors and retryable statuses are retried while ``retry`` allows.

        ``deadline`` (a ``time.monotonic`` value) bounds every attempt's timeouts and the backoff: no retry starts
        after it, and an attempt cut short by it raises ``DeadlineExceededError``.
        """
        core = self._core
        while True:
            if deadline is not None:
                core.fit_attempt(request, deadline, self._clock())
            core.log_request(request)
            try:
                response = await self._http.send(request, stream=stream, follow_redirects=follow_redirects)
            except httpx.TransportError as exc:
                retry, delay = core.retry_after_error(retry, request, exc, deadline, self._clock())
                await self._sleep(delay)
                continue
            core.log_response(response, streamed=stream)
            if not core.should_retry_status(retry, response):
                return response
            step = core.next_retry(retry, request, response, deadline, self._clock())
            if step is None:
                return response
            retry, delay = step
            await response.aclose()
            await self._sleep(delay)

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"
