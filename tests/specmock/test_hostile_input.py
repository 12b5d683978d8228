"""Hostile request input: each class is refused in the API's error envelope, nothing of it is stored, and no later
read fails. Also the admin routes and requests the HTTP parser refuses (below the application)."""

from __future__ import annotations

import json
import socket

import httpx
import pytest

import specmock
from tests.specmock.conftest import BEARER, load_widgets

JSON = {"Content-Type": "application/json"}


def _assert_nothing_stored(client: httpx.Client, before: int) -> None:
    listing = client.get("/widgets", params={"page[size]": 50})
    assert listing.status_code == 200, listing.text  # a stored bad value would make this fail (500)
    json.loads(listing.content)  # strict: bytes that parse
    assert listing.json()["meta"]["total"] == before


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b'{"name": "\\ud800"}', "lone UTF-16 surrogate"),  # escaped lone surrogate
        (b'{"name": "ok", "\\udfff": 1}', "lone UTF-16 surrogate"),  # in a key
        (b'{"name": "ok", "size": NaN}', "NaN"),
        (b'{"name": "ok", "size": Infinity}', "Infinity"),
        (b'{"name": "ok", "size": -Infinity}', "Infinity"),
        (b'{"name": "ok", "size": 1e400}', "out of range"),
        (b'{"name": "ok", "note": ' + b"[" * 65 + b"]" * 65 + b"}", "nested deeper than 64"),
        (b'{"name": "ok", "note": ' + b"[" * 5000 + b"]" * 5000 + b"}", "nested deeper than 64"),  # RecursionError
        (b'{"name": "\xed\xa0\x80"}', "lone UTF-16 surrogate"),  # a surrogate encoded in the UTF-8 bytes
    ],
)
def test_hostile_json_bodies_are_a_400_in_the_envelope_and_not_stored(widgets, body, fragment):
    server, client = widgets(recordings=5)
    response = client.post("/widgets", content=body, headers=JSON)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["kind"] == "validation.body" and fragment in error["message"]
    _assert_nothing_stored(client, 5)
    assert not server.violations


def test_depth_limit_is_an_option(widgets):
    _, client = widgets(recordings=0, max_depth=3)
    assert client.post("/widgets", json={"name": "ok", "note": [[1]]}).status_code == 400  # 3 levels below the root
    _, roomy = widgets(recordings=0, max_depth=200)
    nested = b'{"name": "ok", "tags": ' + b"[" * 100 + b"]" * 100 + b"}"
    response = roomy.post("/widgets", content=nested, headers=JSON)
    assert "nested deeper" not in response.text  # the schema decides now


def test_body_size_limit_is_a_413_in_the_envelope(widgets):
    server, client = widgets(recordings=2, max_body=1000)
    big = json.dumps({"name": "ok", "note": "x" * 2000}).encode()
    response = client.post("/widgets", content=big, headers=JSON)
    assert response.status_code == 413
    assert response.json()["error"]["kind"] == "payload-too-large"
    assert "1000 bytes" in response.json()["error"]["message"]

    def chunks():  # no Content-Length: counted while streaming
        yield big[:600]
        yield big[600:]

    streamed = httpx.post(server.base_url + "/widgets", content=chunks(), headers={**BEARER, **JSON})
    assert streamed.status_code == 413
    assert client.post("/widgets", json={"name": "small"}).status_code == 201
    _assert_nothing_stored(client, 3)
    assert not server.violations  # a 413 is a server-layer answer, not a contract violation


def test_default_body_limit_is_a_few_megabytes():
    app = specmock.create_app(load_widgets())
    assert 1 << 20 <= app.options.max_body <= 16 << 20


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/_mock/admin/faults", b"not json"),
        ("/_mock/admin/faults", b"[1, 2]"),
        ("/_mock/admin/faults", b'{"fault": "503", "count": "abc"}'),
        ("/_mock/admin/faults", b'{"fault": "503", "count": 0}'),
        ("/_mock/admin/faults", b'{"fault": "503", "route": "elsewhere"}'),
        ("/_mock/admin/faults", b'{"fault": "nope"}'),
        ("/_mock/admin/faults", b'{"count": 2}'),
        ("/_mock/admin/faults", b'{"fault": "503", "operation": "noSuchOperation"}'),
        ("/_mock/admin/faults", b'{"fault": "\\ud800"}'),
        ("/_mock/admin/advance", b"{"),
        ("/_mock/admin/advance", b'{"collection": 5}'),
        ("/_mock/admin/advance", b'{"id": NaN}'),
        ("/_mock/admin/advance", b'{"collectoin": "widgets"}'),
    ],
)
def test_admin_input_errors_are_400(widgets, path, body):
    server, client = widgets()
    response = httpx.post(server.origin + path, content=body)
    assert response.status_code == 400, response.text
    assert response.json()["error"]
    assert client.get("/widgets").status_code == 200  # nothing was queued


def test_admin_body_limit(widgets):
    server, _ = widgets(max_body=100)
    response = httpx.post(server.origin + "/_mock/admin/advance", content=b'{"id": "' + b"x" * 200 + b'"}')
    assert response.status_code == 413


def _raw(server: specmock.MockServer, request: bytes) -> bytes:
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"DELETE /api/v1/widgets/x HTTP/1.1\r\nHost: a\r\nContent-Length: B-2\r\n\r\n",
        b"GET /api/v1/widgets HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        b"GET /api/v1/widgets HTTP/1.1\r\nHo st: a\r\n\r\n",
    ],
)
def test_requests_the_http_parser_refuses_get_the_vendor_envelope(widgets, request_bytes):
    server, _ = widgets()
    answer = _raw(server, request_bytes)
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 "), answer
    assert b"content-type: application/json" in head.lower()
    error = json.loads(body)["error"]
    assert error["kind"] == "validation" and "malformed" in error["message"]
