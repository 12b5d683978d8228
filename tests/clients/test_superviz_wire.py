"""SuperViz: every operation sends the right request and parses the answer, sync and async.

SuperViz authenticates with two headers, ``client_id`` and ``secret``; transcript reads also need ``passphrase``
(specs/superviz/reference/). The passphrase must not be sent where the spec does not ask for it.
"""

from __future__ import annotations

import re

import pytest
from superviz_recordings import AsyncSuperVizRecordings, SuperVizRecordings
from superviz_recordings.models import RecordingList, TranscriptSegment

from tests.clients.wire import Call, run_async, run_sync

CLIENT_ID, SECRET, PASSPHRASE = "client-0123456789", "secret-abcdefghij", "passphrase-klmnop"
PAIR = {"client_id": CLIENT_ID, "secret": SECRET}
WITH_PASSPHRASE = PAIR | {"passphrase": PASSPHRASE}
REC = "5323c958-0d61-4a2b-a0a3-7b4a2a8e2f11"
RECORDING = {
    "uuid": REC,
    "url": "https://sdk-meeting-recording.s3.amazonaws.com/m/composited-video/r.mp4?Expires=1732103867",
    "roomId": "DEMO_ROOM",
    "status": "available",
    "meetingId": "cfcccfb3-4c4f-4d4f-9f0e-0c4e4b7e8a11",
    "createdAt": "2024-11-19T12:29:01.814Z",
}
PAGE = {"pagination": {"page": 2, "totalPages": 2, "limit": 10, "total": 11}, "data": [RECORDING]}

CALLS = [
    (
        PAIR,
        Call(
            "list",
            lambda c: c.recordings.list(room_id="DEMO_ROOM", meeting_id=RECORDING["meetingId"], page=2, take=10),
            "GET",
            "/recording",
            query=[("roomId", "DEMO_ROOM"), ("meetingId", RECORDING["meetingId"]), ("page", "2"), ("take", "10")],
            reply=PAGE,
            result_type=RecordingList,
            check=lambda r: (r.pagination.total, r.data[0].status.value) == (11, "available") or pytest.fail(repr(r)),
        ),
    ),
    (
        WITH_PASSPHRASE,
        Call(
            "list-with-transcripts",
            lambda c: c.recordings.list_with_transcripts(room_id="DEMO_ROOM"),
            "GET",
            "/recording/with-transcripts",
            query=[("roomId", "DEMO_ROOM")],
            reply=PAGE,
            result_type=RecordingList,
        ),
    ),
    (
        PAIR,
        Call(
            "create-transcript",
            lambda c: c.transcripts.create(body={"recordingId": REC, "language": "en-US"}),
            "POST",
            "/recordings/transcripts",
            body={"recordingId": REC, "language": "en-US"},
            status=201,
            reply=None,
            check=lambda r: r is None or pytest.fail(repr(r)),
        ),
    ),
    (
        WITH_PASSPHRASE,
        Call(
            "get-transcript",
            lambda c: c.transcripts.get(REC),
            "GET",
            f"/recordings/transcripts/{REC}",
            reply=[{"text": "Hello everyone", "duration": 2.5, "userName": "Speaker 1"}],
            check=lambda r: (
                (isinstance(r[0], TranscriptSegment) and r[0].user_name == "Speaker 1") or pytest.fail(repr(r))
            ),
        ),
    ),
    (
        WITH_PASSPHRASE,
        Call(
            "get-summary",
            lambda c: c.transcripts.get_summary(REC),
            "GET",
            f"/recordings/transcripts/{REC}/summary",
            reply={"summary": "The team agreed to ship on Friday."},
        ),
    ),
]


def test_every_operation_is_covered() -> None:
    from tests.clients.speclib import operations, vendors

    vendor = next(v for v in vendors() if v.key == "superviz")
    templates = {(m.upper(), re.sub(r"\{[^}]+\}", "{}", p)) for p, m, _ in operations(vendor)}
    assert {(c.method, c.path.replace(REC, "{}")) for _, c in CALLS} == templates


def _client(http):
    return SuperVizRecordings(client_id=CLIENT_ID, secret=SECRET, passphrase=PASSPHRASE, http_client=http)


def _async_client(http):
    return AsyncSuperVizRecordings(client_id=CLIENT_ID, secret=SECRET, passphrase=PASSPHRASE, http_client=http)


@pytest.mark.parametrize(("auth", "call"), CALLS, ids=lambda v: getattr(v, "id", ""))
def test_sync(auth, call: Call) -> None:
    run_sync(_client, call, "", auth)


@pytest.mark.anyio
@pytest.mark.parametrize(("auth", "call"), CALLS, ids=lambda v: getattr(v, "id", ""))
async def test_async(auth, call: Call) -> None:
    await run_async(_async_client, call, "", auth)


def test_passphrase_is_only_sent_to_transcript_reads() -> None:
    import httpx

    from tests.clients.wire import Recorder

    recorder = Recorder(reply=httpx.Response(200, json=PAGE))
    client = _client(httpx.Client(transport=httpx.MockTransport(recorder.handle)))
    client.recordings.list()
    client.recordings.list_with_transcripts()
    assert "passphrase" not in recorder.requests[0].headers
    assert recorder.requests[1].headers["passphrase"] == PASSPHRASE


def test_both_headers_are_required(monkeypatch: pytest.MonkeyPatch) -> None:
    from superviz_recordings import MissingCredentialError

    monkeypatch.delenv("SUPERVIZ_SECRET", raising=False)
    with pytest.raises(MissingCredentialError, match="SUPERVIZ_SECRET"):
        SuperVizRecordings(client_id=CLIENT_ID)
