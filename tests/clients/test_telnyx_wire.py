"""Telnyx room recordings: every operation sends the right request and parses the answer, sync and async.

Expected wire values come from Telnyx's published spec and SDK tests (specs/telnyx/reference/): deepObject
``filter[...]`` and ``page[...]`` query parameters, ``Authorization: Bearer``.
"""

from __future__ import annotations

import datetime
import re

import pytest
from telnyx_room_recordings import AsyncTelnyxRoomRecordings, TelnyxRoomRecordings
from telnyx_room_recordings.models import (
    DateEndedAtFilter,
    DateStartedAtFilter,
    PageParams,
    RoomRecordingFilter,
    RoomRecordingList,
    RoomRecordingResponse,
    RoomRecordingsBulkDeleteResponse,
)

from tests.clients.wire import Call, run_async, run_sync

KEY = "KEY0123456789ABCDEF_telnyx"
AUTH = {"authorization": f"Bearer {KEY}"}
REC = "6b61621f-62e0-4aad-ab11-9fd19e272e73"
ROOM = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0"
RECORDING = {
    "id": REC,
    "room_id": ROOM,
    "status": "completed",
    "type": "audio",
    "size_mb": 5.6,
    "download_url": "https://www.example.com",
    "codec": "opus",
    "duration_secs": 3660,
    "record_type": "room_recording",
    "created_at": "2021-03-26T17:51:59.588408Z",
}
FULL_FILTER = RoomRecordingFilter(
    date_ended_at=DateEndedAtFilter(gte=datetime.date(2021, 4, 25), lte=datetime.date(2021, 4, 26)),
    date_started_at=DateStartedAtFilter(eq=datetime.date(2021, 4, 25)),
    room_id=ROOM,
    participant_id=ROOM,
    session_id=ROOM,
    status="completed",
    type_="audio",
    duration_secs=20,
)
FULL_FILTER_QUERY = [
    ("filter[date_ended_at][gte]", "2021-04-25"),
    ("filter[date_ended_at][lte]", "2021-04-26"),
    ("filter[date_started_at][eq]", "2021-04-25"),
    ("filter[room_id]", ROOM),
    ("filter[participant_id]", ROOM),
    ("filter[session_id]", ROOM),
    ("filter[status]", "completed"),
    ("filter[type]", "audio"),
    ("filter[duration_secs]", "20"),
]

CALLS = [
    Call(
        "list",
        lambda c: c.room_recordings.list(filter_=FULL_FILTER, page=PageParams(number=2, size=50)),
        "GET",
        "/room_recordings",
        query=[*FULL_FILTER_QUERY, ("page[number]", "2"), ("page[size]", "50")],
        reply={
            "data": [RECORDING],
            "meta": {"page_number": 2, "page_size": 50, "total_pages": 3, "total_results": 101},
        },
        result_type=RoomRecordingList,
        check=lambda r: (r.meta.total_results, r.data[0].duration_secs) == (101, 3660) or pytest.fail(repr(r)),
    ),
    Call("list-no-params", lambda c: c.room_recordings.list(), "GET", "/room_recordings", reply={"data": []}),
    Call(
        "delete-bulk",
        lambda c: c.room_recordings.delete_bulk(
            filter_=RoomRecordingFilter(date_ended_at=DateEndedAtFilter(lte=datetime.date(2021, 4, 25)), room_id=ROOM)
        ),
        "DELETE",
        "/room_recordings",
        query=[("filter[date_ended_at][lte]", "2021-04-25"), ("filter[room_id]", ROOM)],
        status=201,
        reply={"data": {"room_recordings": 5}},
        result_type=RoomRecordingsBulkDeleteResponse,
        check=lambda r: r.data.room_recordings == 5 or pytest.fail(repr(r)),
    ),
    Call(
        "get",
        lambda c: c.room_recordings.get(REC),
        "GET",
        f"/room_recordings/{REC}",
        reply={"data": RECORDING},
        result_type=RoomRecordingResponse,
        check=lambda r: r.data.status.value == "completed" or pytest.fail(repr(r)),
    ),
    Call(
        "delete",
        lambda c: c.room_recordings.delete(REC),
        "DELETE",
        f"/room_recordings/{REC}",
        status=204,
        check=lambda r: r is None or pytest.fail(repr(r)),
    ),
]


def test_every_operation_is_covered() -> None:
    from tests.clients.speclib import operations, vendors

    vendor = next(v for v in vendors() if v.key == "telnyx")
    templates = {(m.upper(), re.sub(r"\{[^}]+\}", "{}", p)) for p, m, _ in operations(vendor)}
    assert {(c.method, c.path.replace(REC, "{}")) for c in CALLS} == templates


@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.id)
def test_sync(call: Call) -> None:
    run_sync(lambda http: TelnyxRoomRecordings(api_key=KEY, http_client=http), call, "/v2", AUTH)


@pytest.mark.anyio
@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.id)
async def test_async(call: Call) -> None:
    await run_async(lambda http: AsyncTelnyxRoomRecordings(api_key=KEY, http_client=http), call, "/v2", AUTH)


def test_api_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx

    from tests.clients.wire import Recorder

    monkeypatch.setenv("TELNYX_API_KEY", "KEY-from-env-0001")
    recorder = Recorder(reply=httpx.Response(200, json={"data": []}))
    client = TelnyxRoomRecordings(http_client=httpx.Client(transport=httpx.MockTransport(recorder.handle)))
    client.room_recordings.list()
    assert recorder.requests[0].headers["authorization"] == "Bearer KEY-from-env-0001"
    monkeypatch.delenv("TELNYX_API_KEY")
    from telnyx_room_recordings import MissingCredentialError

    with pytest.raises(MissingCredentialError, match="TELNYX_API_KEY"):
        TelnyxRoomRecordings()
