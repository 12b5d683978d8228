"""How the API path reads a request (specmock/wire.py, validation/limits.py): straight from the ASGI scope and
messages, with the same answers Starlette's Request gives for the parts the mock uses."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from starlette.requests import ClientDisconnect, Request

from specmock.errors import MockError
from specmock.validation.limits import read_body
from specmock.wire import WireRequest


def _scope(**changes: Any) -> dict[str, Any]:
    scope: dict[str, Any] = {
        "type": "http",
        "method": "GET",
        "path": "/v2/rooms/a b",
        "raw_path": b"/v2/rooms/a%20b",
        "query_string": b"page%5Bsize%5D=5&tag=a&tag=b&blank=&plus=a+b",
        "headers": [(b"host", b"api.example:8443"), (b"x-dup", b"first"), (b"X-Dup", b"second")],
        "scheme": "https",
        "server": ("10.0.0.1", 8443),
    }
    scope.update(changes)
    return scope


async def _no_body() -> dict[str, Any]:
    return {"type": "http.request", "body": b"", "more_body": False}


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"headers": []},  # no Host: the server address, with its port
        {"headers": [], "server": ("10.0.0.1", 443)},  # the scheme's default port is left out
        {"headers": [], "scheme": "http", "server": ("10.0.0.1", 80)},
        {"query_string": b""},
        {"query_string": b"%ZZ=%E9&a=%C3%A9"},  # a bad escape and a latin-1 byte: decoded as Starlette does
    ],
)
def test_the_parts_the_mock_reads_match_starlettes_request(changes):
    scope = _scope(**changes)
    ours, theirs = WireRequest(scope, _no_body), Request(scope, _no_body)
    assert ours.method == theirs.method
    assert ours.origin == f"{theirs.url.scheme}://{theirs.url.netloc}"
    assert ours.query_items == theirs.query_params.multi_items()
    assert ours.query_params() == theirs.query_params
    for name in ("host", "x-dup", "absent"):
        assert ours.headers.get(name) == theirs.headers.get(name)
    if changes.get("headers") is None:
        assert ours.headers["x-dup"] == "first"  # the first of a repeated header


def test_the_path_is_matched_as_sent():
    assert WireRequest(_scope(), _no_body).path == "/v2/rooms/a%20b"
    assert WireRequest(_scope(raw_path=None), _no_body).path == "/v2/rooms/a%20b"  # no raw_path: re-encoded


def _messages(*messages: dict[str, Any]):
    queue = list(messages)

    async def receive() -> dict[str, Any]:
        return queue.pop(0)

    return receive


def test_a_body_in_several_messages_is_joined():
    receive = _messages(
        {"type": "http.request", "body": b'{"a":', "more_body": True},
        {"type": "http.request", "body": b"", "more_body": True},
        {"type": "http.request", "body": b"1}", "more_body": False},
    )
    assert asyncio.run(read_body(receive, {}, 100)) == b'{"a":1}'


def test_a_body_over_the_limit_is_refused_while_it_arrives():
    chunks = [{"type": "http.request", "body": b"x" * 40, "more_body": True} for _ in range(3)]
    receive = _messages(*chunks, {"type": "http.request", "body": b"", "more_body": False})
    with pytest.raises(MockError) as refused:
        asyncio.run(read_body(receive, {}, 100))
    assert refused.value.kind == "payload-too-large" and refused.value.details["status"] == 413
    with pytest.raises(MockError):  # announced too large: refused before anything is read
        asyncio.run(read_body(_messages(), {"content-length": "101"}, 100))


def test_a_client_that_leaves_mid_body_is_a_disconnect_not_an_empty_body():
    receive = _messages({"type": "http.request", "body": b"{", "more_body": True}, {"type": "http.disconnect"})
    with pytest.raises(ClientDisconnect):
        asyncio.run(read_body(receive, {}, 100))
