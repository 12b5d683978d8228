"""The clients compared, per vendor: raw httpx + json.loads, our generated client, the official SDK.

Each variant exposes the same two calls (view one recording, list one page) against the same mock, and the same
page parser (bytes -> models) as that client's own call path uses. Every client gets the same timeout
(60 s, 10 s to connect) and retry budget (2); on the success path they only differ in what they do per call.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

import httpx

from .env import load
from .servers import Server, vendor_facts

__all__ = ["TIMEOUT", "ListParser", "Variants", "canned_variants", "parsers", "variants"]

TIMEOUT = httpx.Timeout(60.0, connect=10.0)
MAX_RETRIES = 2
ListParser = Callable[[bytes], int]  # bytes of one list page -> its item count (after building the models)


@dataclasses.dataclass
class Variants:
    """One vendor's clients, each as ``get() -> id`` and ``list() -> item count`` against the same mock."""

    vendor: str
    sdk_name: str
    get_calls: dict[str, Callable[[], str]]
    list_calls: dict[str, Callable[[], int]]
    get_url: str
    list_url: str
    list_params: dict[str, str]
    auth_headers: dict[str, str]
    closers: list[Callable[[], None]]

    def close(self) -> None:
        for close in self.closers:
            close()


def _raw_client(headers: dict[str, str], transport: httpx.BaseTransport | None = None) -> httpx.Client:
    return httpx.Client(headers=headers, timeout=TIMEOUT, transport=transport)


def _http(transport: httpx.BaseTransport | None) -> dict[str, Any]:
    """``http_client=`` for our client and the SDKs when the calls go to a canned transport instead of the mock."""
    return {} if transport is None else {"http_client": httpx.Client(timeout=TIMEOUT, transport=transport)}


def _telnyx(base: str, page_size: int, record_id: str, transport: httpx.BaseTransport | None) -> Variants:
    facts = vendor_facts("telnyx")
    ours = load("telnyx_room_recordings").TelnyxRoomRecordings(
        **{**facts.client_kwargs, "base_url": base}, timeout=TIMEOUT, max_retries=MAX_RETRIES, **_http(transport)
    )
    page_params = load("telnyx_room_recordings.models").PageParams
    sdk = load("telnyx").Telnyx(
        api_key=facts.client_kwargs["api_key"],
        base_url=base,
        timeout=TIMEOUT,
        max_retries=MAX_RETRIES,
        **_http(transport),
    )
    raw = _raw_client(dict(facts.auth_headers), transport)
    list_url = f"{base}/room_recordings"
    params = {"page[number]": "1", "page[size]": str(page_size)}
    return Variants(
        vendor="telnyx",
        sdk_name="telnyx SDK",
        get_calls={
            "raw": lambda: str(json.loads(raw.get(f"{list_url}/{record_id}").content)["data"]["id"]),
            "ours": lambda: str(ours.room_recordings.get(record_id).data.id),
            "ours_unvalidated": lambda: str(ours.room_recordings.get(record_id, validate_request=False).data.id),
            "sdk": lambda: str(sdk.room_recordings.retrieve(record_id).data.id),
        },
        list_calls={
            "raw": lambda: len(json.loads(raw.get(list_url, params=params).content)["data"]),
            "ours": lambda: len(ours.room_recordings.list(page=page_params(number=1, size=page_size)).data),
            "ours_unvalidated": lambda: len(
                ours.room_recordings.list(page=page_params(number=1, size=page_size), validate_request=False).data
            ),
            "sdk": lambda: len(sdk.room_recordings.list(page_number=1, page_size=page_size).data),
        },
        get_url=f"{list_url}/{record_id}",
        list_url=list_url,
        list_params=params,
        auth_headers=dict(facts.auth_headers),
        closers=[raw.close, ours.close, sdk.close],
    )


def _cloudflare(base: str, page_size: int, record_id: str, transport: httpx.BaseTransport | None) -> Variants:
    facts = vendor_facts("cloudflare")
    account, app = facts.client_kwargs["account_id"], facts.client_kwargs["app_id"]
    ours = load("cloudflare_realtimekit_recordings").CloudflareRealtimeKitRecordings(
        **{**facts.client_kwargs, "base_url": base}, timeout=TIMEOUT, max_retries=MAX_RETRIES, **_http(transport)
    )
    sdk = load("cloudflare").Cloudflare(
        api_token=facts.client_kwargs["api_token"],
        base_url=base,
        timeout=TIMEOUT,
        max_retries=MAX_RETRIES,
        **_http(transport),
    )
    recordings = sdk.realtime_kit.recordings
    raw = _raw_client(dict(facts.auth_headers), transport)
    list_url = f"{base}/accounts/{account}/realtime/kit/{app}/recordings"
    params = {"page_no": "1", "per_page": str(page_size)}
    return Variants(
        vendor="cloudflare",
        sdk_name="cloudflare SDK",
        get_calls={
            "raw": lambda: str(json.loads(raw.get(f"{list_url}/{record_id}").content)["data"]["id"]),
            "ours": lambda: str(ours.recordings.get(record_id).data.id),
            "ours_unvalidated": lambda: str(ours.recordings.get(record_id, validate_request=False).data.id),
            "sdk": lambda: str(recordings.get_one_recording(record_id, account_id=account, app_id=app).data.id),
        },
        list_calls={
            "raw": lambda: len(json.loads(raw.get(list_url, params=params).content)["data"]),
            "ours": lambda: len(ours.recordings.list(page_no=1, per_page=page_size).data),
            "ours_unvalidated": lambda: len(
                ours.recordings.list(page_no=1, per_page=page_size, validate_request=False).data
            ),
            "sdk": lambda: len(recordings.get_recordings(app, account_id=account, page_no=1, per_page=page_size).data),
        },
        get_url=f"{list_url}/{record_id}",
        list_url=list_url,
        list_params=params,
        auth_headers=dict(facts.auth_headers),
        closers=[raw.close, ours.close, sdk.close],
    )


def first_id(server: Server, vendor: str) -> str:
    """The id of the first recording of the first page (what every variant's ``get`` fetches)."""
    facts = vendor_facts(vendor)
    path = {
        "telnyx": "/room_recordings",
        "cloudflare": "/accounts/{account_id}/realtime/kit/{app_id}/recordings",
    }[vendor].format(**facts.client_kwargs)
    with _raw_client(dict(facts.auth_headers)) as raw:
        response = raw.get(server.base_url + path)
        response.raise_for_status()
        return str(response.json()["data"][0]["id"])


def variants(vendor: str, server: Server, page_size: int) -> Variants:
    """The three clients of ``vendor`` against ``server``."""
    record_id = first_id(server, vendor)
    build = {"telnyx": _telnyx, "cloudflare": _cloudflare}[vendor]
    return build(server.base_url, page_size, record_id, None)


def canned_variants(vendor: str, server: Server, page_size: int) -> Variants:
    """The same three clients, each over an ``httpx.MockTransport`` that answers with the bytes ``server`` sent for
    the same two requests: what is left is the clients' own CPU time per call, without network or server."""
    live = variants(vendor, server, page_size)
    try:
        with httpx.Client(headers=live.auth_headers, timeout=TIMEOUT) as http:
            get = http.get(live.get_url)
            listing = http.get(live.list_url, params=live.list_params)
            for response in (get, listing):
                response.raise_for_status()
    finally:
        live.close()
    list_path = httpx.URL(live.list_url).path
    content_type = {"content-type": listing.headers.get("content-type", "application/json")}

    def answer(request: httpx.Request) -> httpx.Response:
        body = listing.content if request.url.path == list_path else get.content
        return httpx.Response(200, headers=content_type, content=body)

    build = {"telnyx": _telnyx, "cloudflare": _cloudflare}[vendor]
    return build(server.base_url, page_size, first_id(server, vendor), httpx.MockTransport(answer))


def parsers(vendor: str) -> dict[str, ListParser]:
    """bytes of a list page -> models, as each client does it: json.loads alone; ours (``<ListModel>.from_dict``);
    the SDK's default path (``construct_type``, no validation) and its strict path (``validate_type``)."""
    if vendor == "telnyx":
        ours_model: Any = load("telnyx_room_recordings.models").RoomRecordingList
        models = load("telnyx._models")
        page: Any = load("telnyx.pagination").SyncDefaultFlatPagination[load("telnyx.types").RoomRecording]
    else:
        ours_model = load("cloudflare_realtimekit_recordings.models").RecordingListResponse
        models = load("cloudflare._models")
        page = load("cloudflare.types.realtime_kit").RecordingGetRecordingsResponse
    construct_type, validate_type = models.construct_type, models.validate_type
    return {
        "json": lambda body: len(json.loads(body)["data"]),
        "ours": lambda body: len(ours_model.from_dict(json.loads(body)).data),
        "sdk": lambda body: len(construct_type(type_=page, value=json.loads(body)).data),
        "sdk-strict": lambda body: len(validate_type(type_=page, value=json.loads(body)).data),
    }
