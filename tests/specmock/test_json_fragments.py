"""List answers join the kept JSON bytes of each rendered item (specmock/rendering/responses.py): the bytes must be
exactly what json.dumps gives, and an item that changes must never be sent with its old bytes."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import specmock
from specmock.rendering.responses import Rendered, RenderedList, json_bytes


def _reference(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def _item(n: int) -> Rendered:
    return Rendered({"id": f"r{n}", "status": "ready", "size": n * 1.5, "tags": ["a", "é"], "meta": {"x": None}})


@pytest.mark.parametrize(
    "body",
    [
        {"data": [_item(1), _item(2)], "meta": {"total": 2, "page": 1}},
        {"data": _item(3)},
        [_item(4), {"plain": True}, 5, "six", None],
        {"outer": {"inner": [_item(5)], "n": 1.25}, "empty": [], "none": {}},
        {1: _item(6), "k": "v"},  # a non-string key: json.dumps converts it, so must we
        {"no items": [{"a": 1}], "unicode": "ünï"},
        _item(7),
        {"data": RenderedList([_item(8), _item(9)]), "meta": {"count": 2}},  # a list action's page
        {"data": RenderedList(), "meta": {"count": 0}},
        [RenderedList([_item(10)]), RenderedList()],
        {"é": [1, {"k": _item(11)}, [2.5, None]], "": True},  # a non-ASCII and an empty key next to kept bytes
    ],
)
def test_bytes_equal_json_dumps(body: Any) -> None:
    assert json_bytes(body) == _reference(body)
    assert json_bytes(body) == _reference(body)  # second time from the kept bytes


def test_non_finite_numbers_still_fail() -> None:
    with pytest.raises(ValueError):
        json_bytes({"data": [Rendered({"n": float("nan")})]})


def test_a_changed_item_is_sent_with_new_bytes() -> None:
    with specmock.running("cloudflare", seed=3) as server:
        kwargs = server.client_kwargs()
        headers = {"Authorization": f"Bearer {kwargs['api_token']}"}
        base = f"{server.base_url}/accounts/{kwargs['account_id']}/realtime/kit/app-1/recordings"
        with httpx.Client(headers=headers) as http:
            started = http.post(base, json={"meeting_id": "97440c6a-140b-40a9-9499-b23fd7a3868a"})
            assert started.status_code in (200, 201), started.text
            recording_id = started.json()["data"]["id"]

            def listed_status(vary: int) -> str:
                page = http.get(base, params={"per_page": 100, "vary": vary}).json()  # vary: never a cached answer
                return str(next(item["status"] for item in page["data"] if item["id"] == recording_id))

            before = listed_status(1)
            server.advance("recordings", recording_id)
            after = listed_status(2)
        assert before != after, (before, after)
        assert http.is_closed
