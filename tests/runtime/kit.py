"""Helpers for the runtime tests: clients over ``httpx.MockTransport`` with recorded sleeps, sync and async alike.

A test that takes the ``mode`` fixture (conftest.py) runs twice, once with :class:`SyncClient` and once with
:class:`AsyncClient`; the test body is an ``async def`` and goes through :class:`Rig`, which awaits only in
async mode. Nothing here sleeps for real or touches the network.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import httpx

from generator.runtime import (
    AsyncClient,
    ClientSettings,
    Redactor,
    Request,
    RequestOptions,
    RetryPolicy,
    SyncClient,
    download_async,
    download_sync,
)

TOKEN = "SECRET-TOKEN-123"
LOGGER = "testpkg"
Handler = Callable[[httpx.Request], httpx.Response]


def make_settings(**overrides: Any) -> ClientSettings:
    values: dict[str, Any] = {
        "base_url": "https://api.test/v2",
        "auth_headers": lambda schemes: {"Authorization": f"Bearer {TOKEN}"},
        "redactor": Redactor(secrets=[TOKEN], secret_headers=["Authorization"], secret_fields=["secret", "password"]),
        "logger_name": LOGGER,
        "user_agent": "t/1",
        "request_id_headers": ["x-request-id"],
        "error_message_paths": ["errors.0.detail", "message"],
        "retry_policy": RetryPolicy(initial_delay=0.5, jitter=0.0),
    }
    values.update(overrides)
    return ClientSettings(**values)


def json_body(response: httpx.Response) -> Any:
    return response.json()


def error_body(status: int, body: Any) -> Any:
    return {"parsed_by": "parse_error", "status": status, "body": body}


class Rig:
    """A sync or async client over a mock transport; records every request sent and every sleep asked for."""

    def __init__(self, mode: str, handler: Handler, settings: ClientSettings) -> None:
        self.mode = mode
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []

        def recording(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            return handler(request)

        transport = httpx.MockTransport(recording)
        self.client: SyncClient | AsyncClient
        if mode == "sync":
            self.client = SyncClient(settings, http_client=httpx.Client(transport=transport))
            self.client._sleep = self.sleeps.append
        else:
            self.client = AsyncClient(settings, http_client=httpx.AsyncClient(transport=transport))

            async def sleep(seconds: float) -> None:
                self.sleeps.append(seconds)

            self.client._sleep = sleep

    async def call(
        self,
        request: Request,
        parse: Callable[[httpx.Response], Any] = json_body,
        parse_error: Callable[[int, Any], Any] | None = error_body,
        options: RequestOptions | None = None,
    ) -> Any:
        if isinstance(self.client, SyncClient):
            return self.client.call(request, parse, parse_error, options)
        return await self.client.call(request, parse, parse_error, options)

    async def download(self, url: str, dest: Any, **kwargs: Any) -> Any:
        if isinstance(self.client, SyncClient):
            return download_sync(self.client, url, dest, **kwargs)
        return await download_async(self.client, url, dest, **kwargs)

    def close(self) -> None:
        """Close a sync client's connection pool (a mock transport holds nothing for the async one)."""
        if isinstance(self.client, SyncClient):
            self.client._http.close()


def script(*answers: Any) -> Handler:
    """A handler giving ``answers`` in order: a status (JSON body), an ``httpx.Response``, or an exception to raise.

    A request beyond the script fails the test (IndexError surfaces from the transport).
    """
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        answer = queue.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        if isinstance(answer, int):
            return httpx.Response(answer, json={"status": answer})
        assert isinstance(answer, httpx.Response)
        return answer

    return handler


def repeat(status: int, times: int) -> Sequence[int]:
    """``times`` copies of a status for :func:`script` (each becomes a fresh response)."""
    return [status] * times


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers={"content-type": "application/json", **headers}
    )
