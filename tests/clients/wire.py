"""Run one table of API calls through a generated sync and async client and check what went over the wire."""

from __future__ import annotations

import dataclasses
import inspect
import json
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

NO_BODY = object()


@dataclasses.dataclass(frozen=True)
class Call:
    """One call, what must be sent, what the fake server answers, and what the result must be."""

    id: str
    invoke: Callable[[Any], Any]
    method: str
    path: str
    query: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    body: Any = NO_BODY
    status: int = 200
    reply: Any = None
    result_type: type | None = None
    check: Callable[[Any], object] | None = None


@dataclasses.dataclass
class Recorder:
    requests: list[httpx.Request] = dataclasses.field(default_factory=list)
    reply: httpx.Response | None = None

    def handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        assert self.reply is not None
        return self.reply


def reply_for(call: Call) -> httpx.Response:
    if call.status == 204:
        return httpx.Response(204)
    return httpx.Response(call.status, json=call.reply, headers={"x-request-id": "req-wire-1"})


def check_request(request: httpx.Request, call: Call, base_path: str, auth: Mapping[str, str]) -> None:
    url = urlsplit(str(request.url))
    assert request.method == call.method
    assert url.path == base_path + call.path
    assert sorted(parse_qsl(url.query, keep_blank_values=True)) == sorted(call.query)
    for header, value in auth.items():
        assert request.headers.get(header) == value, header
    if call.body is NO_BODY:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == call.body


def run_sync(make_client: Callable[[httpx.Client], Any], call: Call, base_path: str, auth: Mapping[str, str]) -> Any:
    recorder = Recorder(reply=reply_for(call))
    client = make_client(httpx.Client(transport=httpx.MockTransport(recorder.handle)))
    result = call.invoke(client)
    assert len(recorder.requests) == 1
    check_request(recorder.requests[0], call, base_path, auth)
    _check_result(call, result)
    return result


async def run_async(
    make_client: Callable[[httpx.AsyncClient], Any], call: Call, base_path: str, auth: Mapping[str, str]
) -> Any:
    recorder = Recorder(reply=reply_for(call))
    client = make_client(httpx.AsyncClient(transport=httpx.MockTransport(recorder.handle)))
    result = call.invoke(client)
    assert inspect.isawaitable(result), "async client methods must be awaitable"
    result = await result
    assert len(recorder.requests) == 1
    check_request(recorder.requests[0], call, base_path, auth)
    _check_result(call, result)
    return result


def _check_result(call: Call, result: Any) -> None:
    if call.result_type is not None:
        assert isinstance(result, call.result_type), type(result)
    if call.check is not None:
        call.check(result)
