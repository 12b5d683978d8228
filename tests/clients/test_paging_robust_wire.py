"""Generated clients against servers that answer lists differently than declared (issue 15 points 4 and 5).

SuperViz: ``GET /recording`` may answer a bare array (the docs' example) or the ``{pagination, data}`` envelope;
``list`` returns a ``RecordingList`` either way and ``iter_list`` neither loops nor repeats when the server ignores
``page``. Cloudflare: whether ``page_no`` counts from 0 or 1 is undocumented; ``iter_list`` reads every recording
once with either server.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
from cloudflare_realtimekit_recordings import CloudflareRealtimeKitRecordings
from superviz_recordings import SuperVizRecordings
from superviz_recordings.models import RecordingList

from speccore.paths import ROOT
from tests.clients.test_superviz_wire import RECORDING

ACCOUNT, APP = "023e105f4ecef8ad9ca31a8372d0c353", "app-0123"


def recordings(n: int) -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        item = copy.deepcopy(RECORDING)
        item["uuid"] = f"5323c958-0d61-4a2b-a0a3-{i:012d}"
        out.append(item)
    return out


def superviz(handler: Any) -> SuperVizRecordings:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return SuperVizRecordings(client_id="id", secret="secret", http_client=http, max_retries=0)


def test_bare_array_and_envelope_give_the_same_model() -> None:
    items = recordings(3)
    bare = superviz(lambda request: httpx.Response(200, json=items)).recordings.list()
    wrapped = superviz(lambda request: httpx.Response(200, json={"data": items})).recordings.list()
    assert isinstance(bare, RecordingList) and isinstance(wrapped, RecordingList)
    assert [r.uuid for r in bare.data] == [r.uuid for r in wrapped.data] == [i["uuid"] for i in items]


def test_iter_list_against_a_server_that_ignores_page_and_take() -> None:
    items, asked = recordings(25), []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.params.get("page"))
        return httpx.Response(200, json=items)  # everything, every time, no counters

    got = [r.uuid for r in superviz(handler).recordings.iter_list(page_size=10)]
    assert got == [i["uuid"] for i in items]
    assert asked == ["1", "2"]  # the second answer repeats the first: stop


def test_iter_list_against_a_server_that_ignores_take_but_pages() -> None:
    items, per_page = recordings(25), 10  # the server keeps its own page size of 10

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        return httpx.Response(200, json=items[(page - 1) * per_page : page * per_page])

    got = [r.uuid for r in superviz(handler).recordings.iter_list(page_size=50)]
    assert got == [i["uuid"] for i in items]  # a short page is not the last: nothing skipped


def cloudflare_server(base: int, items: list[dict[str, Any]], per_page: int, asked: list[int]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page_no"])
        asked.append(number)
        start = max(number - base, 0) * per_page
        data = items[start : start + per_page]
        paging = {"start_offset": start + 1 if data else 0, "end_offset": start + len(data), "total_count": len(items)}
        return httpx.Response(200, json={"success": True, "data": data, "paging": paging})

    return handler


def test_cloudflare_either_page_base() -> None:
    samples = json.loads((ROOT / "specs/cloudflare/reference/cloudflare-telnyx-recording-examples.json").read_text())
    one = samples["cloudflare_realtimekit"]["get_one_recording_response_200"]["value"]["data"]  # a documented item
    for base in (0, 1):
        items = [dict(one, id=f"97440c6a-140b-40a9-9499-{i:012d}") for i in range(23)]
        asked: list[int] = []
        http = httpx.Client(transport=httpx.MockTransport(cloudflare_server(base, items, 10, asked)))
        cf = CloudflareRealtimeKitRecordings(api_token="t", account_id=ACCOUNT, app_id=APP, http_client=http)
        got = [r.id for r in cf.recordings.iter_list(page_size=10)]
        assert got == [i["id"] for i in items], base  # every recording once, in order
        assert asked[:2] == ([1, 0] if base == 0 else [1, 2])  # page 0 is asked only when page 1 starts late
