"""How a call becomes an httpx request: the query encoded in one step exactly as httpx would, and the static
headers (User-Agent, Accept, default_headers) carried by the client's own httpx client or merged per request."""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import ClassVar

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.runtime import Request, RequestOptions, SyncClient
from generator.runtime._core import ClientCore
from tests.runtime.kit import TOKEN, make_settings, script

BASE = "https://api.test/v2"
_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)


@settings(max_examples=300, deadline=None)
@given(pairs=st.lists(st.tuples(_text, _text), max_size=5), path=st.sampled_from(["/things", "/a%20b/c", "/x"]))
def test_query_is_encoded_as_httpx_params_would_be_and_keeps_the_order(pairs: list[tuple[str, str]], path: str) -> None:
    core = ClientCore(make_settings(base_url=BASE))
    with httpx.Client() as http:
        ours = core.build(http, Request(method="GET", path=path, params=pairs), RequestOptions())
        theirs = http.build_request("GET", BASE + path, params=list(pairs) or None)
    assert ours.url.path == theirs.url.path
    query = ours.url.query.decode("ascii")
    assert urllib.parse.parse_qsl(query, keep_blank_values=True) == pairs  # every pair, in the order given
    # each pair is encoded byte for byte as httpx encodes it (httpx itself groups repeated names together)
    assert sorted(query.split("&")) == sorted(theirs.url.query.decode("ascii").split("&")) if pairs else query == ""


def test_client_level_params_of_a_callers_http_client_are_still_merged() -> None:
    core = ClientCore(make_settings(base_url=BASE))
    with httpx.Client(params={"tenant": "t1"}) as http:
        request = core.build(http, Request(method="GET", path="/things", params=[("q", "a b")]), RequestOptions())
    assert sorted(request.url.params.multi_items()) == [("q", "a b"), ("tenant", "t1")]


class _Recorded(httpx.Client):
    """The httpx.Client a SyncClient creates for itself, answering from a script and recording the requests."""

    requests: ClassVar[list[httpx.Request]] = []

    def __init__(self, **kwargs: object) -> None:
        def handler(request: httpx.Request) -> httpx.Response:
            type(self).requests.append(request)
            return script(200)(request)

        super().__init__(transport=httpx.MockTransport(handler), **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def owned(monkeypatch: pytest.MonkeyPatch) -> Iterator[SyncClient]:
    _Recorded.requests = []
    monkeypatch.setattr(httpx, "Client", _Recorded)
    client = SyncClient(make_settings(default_headers={"X-Team": "media"}))
    yield client
    client.close()


def _headers(request: httpx.Request) -> list[tuple[str, str]]:
    return [(k.lower(), v) for k, v in request.headers.multi_items()]


def test_a_client_that_creates_its_http_client_sends_the_static_headers_once(owned: SyncClient) -> None:
    owned.call(Request(method="GET", path="/a"), lambda r: r.json())
    assert owned._core.headers(Request(method="GET", path="/a"), RequestOptions()) == {
        "Authorization": f"Bearer {TOKEN}"
    }  # per request: only what varies; the rest is on the httpx client
    headers = _headers(_Recorded.requests[0])
    for name, value in [("user-agent", "t/1"), ("accept", "application/json"), ("x-team", "media")]:
        assert headers.count((name, value)) == 1, headers
    assert [n for n, _ in headers].count("user-agent") == 1
    assert ("authorization", f"Bearer {TOKEN}") in headers


def test_per_call_headers_override_the_clients_static_ones(owned: SyncClient) -> None:
    owned.call(
        Request(method="GET", path="/a"),
        lambda r: r.json(),
        options=RequestOptions(extra_headers={"Accept": "text/csv"}),
    )
    headers = _headers(_Recorded.requests[0])
    assert [v for n, v in headers if n == "accept"] == ["text/csv"]


def test_a_callers_http_client_is_left_alone_and_every_request_still_carries_the_static_headers() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    before = dict(http.headers)
    client = SyncClient(make_settings(default_headers={"X-Team": "media"}), http_client=http)
    client.call(Request(method="GET", path="/a"), lambda r: r.json())
    assert dict(http.headers) == before
    headers = dict(_headers(sent[0]))
    assert headers["user-agent"] == "t/1" and headers["accept"] == "application/json" and headers["x-team"] == "media"
    http.close()


@pytest.mark.anyio
async def test_downloads_ask_for_any_type_not_json(make_rig, tmp_path) -> None:
    rig = make_rig(script(httpx.Response(200, content=b"abc")))
    await rig.download("https://files.test/f.mp4", tmp_path / "f.mp4")
    assert rig.requests[0].headers["accept"] == "*/*"
    assert rig.requests[0].headers["accept-encoding"] == "identity"
