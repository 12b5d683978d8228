"""VideoSDK: every operation sends the right request and parses the answer, sync and async.

Expected wire values are written from the vendor's docs (reference/videosdk-recordings-v2-docs.json and the
official server SDK), not from the generated code.
"""

from __future__ import annotations

import re

import pytest
from videosdk_recordings import AsyncVideoSDKRecordings, VideoSDKRecordings
from videosdk_recordings.models import (
    CompositeRecordingStarted,
    IndividualRecording,
    MergeRecording,
    MergeRecordingJob,
    MergeRecordingList,
    MergeStatusFilter,
    Recording,
    RecordingList,
)

from tests.clients.wire import Call, run_async, run_sync

TOKEN = "eyJhbGciOiJIUzI1NiJ9.test-token-for-wire-tests.signature"
AUTH = {"authorization": TOKEN}  # the raw JWT, no "Bearer " prefix
ROOM, SESSION, PARTICIPANT = "abcd-efgh-ijkl", "61d6e823b7a2fd2ba4b2cf9e", "m1vq3bzu"
REC = "61d6e834b7a2fd2ba4b2cfa1"
PAGE = {"pageInfo": {"currentPage": 2, "perPage": 5, "lastPage": 3, "total": 12}, "data": []}

START_BODY = {
    "roomId": ROOM,
    "config": {
        "layout": {"type": "SPOTLIGHT", "priority": "PIN", "gridSize": 4},
        "theme": "DARK",
        "mode": "video-and-audio",
        "quality": "high",
        "orientation": "landscape",
    },
    "transcription": {"enabled": True, "summary": {"enabled": True, "prompt": "Summarise"}},
    "webhookUrl": "https://example.com/hook",
    "awsDirPath": "meetings/2024",
    "preSignedUrl": "https://bucket.s3.amazonaws.com/x.mp4?X-Amz-Signature=abc",
}


def _text(expected: str):
    def check(result: object) -> None:
        assert result == expected

    return check


CALLS = [
    Call(
        "start",
        lambda c: c.recordings.start(body=START_BODY),
        "POST",
        "/v2/recordings/start",
        body=START_BODY,
        reply="Recording started successfully",
        check=_text("Recording started successfully"),
    ),
    Call(
        "stop",
        lambda c: c.recordings.stop(body={"roomId": ROOM}),
        "POST",
        "/v2/recordings/end",
        body={"roomId": ROOM},
        reply="Recording ended successfully",
        check=_text("Recording ended successfully"),
    ),
    Call(
        "list",
        lambda c: c.recordings.list(room_id=ROOM, session_id=SESSION, page=2, per_page=5),
        "GET",
        "/v2/recordings",
        query=[("roomId", ROOM), ("sessionId", SESSION), ("page", "2"), ("perPage", "5")],
        reply=PAGE | {"data": [{"id": REC, "roomId": ROOM, "file": {"fileUrl": "https://cdn.videosdk.live/a.mp4"}}]},
        result_type=RecordingList,
        check=lambda r: (r.page_info.last_page, r.data[0].id) == (3, REC) or pytest.fail(repr(r)),
    ),
    Call(
        "get",
        lambda c: c.recordings.get(REC, with_transcription=True),
        "GET",
        f"/v2/recordings/{REC}",
        query=[("withTranscription", "true")],
        reply={"id": REC, "roomId": ROOM, "file": {"size": 17023255, "userStorage": None}},
        result_type=Recording,
    ),
    Call(
        "delete",
        lambda c: c.recordings.delete(REC),
        "DELETE",
        f"/v2/recordings/{REC}",
        reply="Room recording deleted successfully",
        check=_text("Room recording deleted successfully"),
    ),
    Call(
        "participant-start",
        lambda c: c.participant_recordings.start(
            body={"roomId": ROOM, "participantId": PARTICIPANT, "fileFormat": "webm", "bucketDirPath": "p"}
        ),
        "POST",
        "/v2/recordings/participant/start",
        body={"roomId": ROOM, "participantId": PARTICIPANT, "fileFormat": "webm", "bucketDirPath": "p"},
        reply="Participant recording started successfully",
    ),
    Call(
        "participant-stop",
        lambda c: c.participant_recordings.stop(body={"roomId": ROOM, "participantId": PARTICIPANT}),
        "POST",
        "/v2/recordings/participant/stop",
        body={"roomId": ROOM, "participantId": PARTICIPANT},
        reply="ok",
    ),
    Call(
        "participant-list",
        lambda c: c.participant_recordings.list(room_id=ROOM, participant_id=PARTICIPANT, per_page=10),
        "GET",
        "/v2/recordings/participant",
        query=[
            ("roomId", ROOM),
            ("participantId", PARTICIPANT),
            ("page", "1"),
            ("perPage", "10"),
        ],  # page: default sent
        reply=PAGE,
    ),
    Call(
        "participant-get",
        lambda c: c.participant_recordings.get(REC),
        "GET",
        f"/v2/recordings/participant/{REC}",
        reply={"id": REC, "files": [{"fileUrl": "https://cdn.videosdk.live/p.webm"}]},
        result_type=IndividualRecording,
    ),
    Call(
        "participant-delete",
        lambda c: c.participant_recordings.delete(REC),
        "DELETE",
        f"/v2/recordings/participant/{REC}",
        reply="deleted",
    ),
    Call(
        "track-start",
        lambda c: c.track_recordings.start(body={"roomId": ROOM, "participantId": PARTICIPANT, "kind": "screen_audio"}),
        "POST",
        "/v2/recordings/participant/track/start",
        body={"roomId": ROOM, "participantId": PARTICIPANT, "kind": "screen_audio"},
        reply="track recording started successfully.",
    ),
    Call(
        "track-stop",
        lambda c: c.track_recordings.stop(body={"roomId": ROOM, "participantId": PARTICIPANT, "kind": "audio"}),
        "POST",
        "/v2/recordings/participant/track/stop",
        body={"roomId": ROOM, "participantId": PARTICIPANT, "kind": "audio"},
        reply="track recording ended successfully.",
    ),
    Call(
        "track-list",
        lambda c: c.track_recordings.list(session_id=SESSION, page=1),
        "GET",
        "/v2/recordings/participant/track",
        query=[("sessionId", SESSION), ("page", "1")],
        reply=PAGE,
    ),
    Call(
        "track-get",
        lambda c: c.track_recordings.get(REC),
        "GET",
        f"/v2/recordings/participant/track/{REC}",
        reply={"id": REC},
        result_type=IndividualRecording,
    ),
    Call(
        "track-delete",
        lambda c: c.track_recordings.delete(REC),
        "DELETE",
        f"/v2/recordings/participant/track/{REC}",
        reply="deleted",
    ),
    Call(
        "composite-start",
        lambda c: c.composite_recordings.start(
            body={
                "roomId": ROOM,
                "participants": [{"participantId": PARTICIPANT, "kind": ["audio", "video"]}],
                "preSignedURL": "https://bucket.s3.amazonaws.com/c.mp4",
            }
        ),
        "POST",
        "/v2/recordings/composite/start",
        body={
            "roomId": ROOM,
            "participants": [{"participantId": PARTICIPANT, "kind": ["audio", "video"]}],
            "preSignedURL": "https://bucket.s3.amazonaws.com/c.mp4",
        },
        reply={"recordingId": REC, "roomId": ROOM},
        result_type=CompositeRecordingStarted,
    ),
    Call(
        "composite-stop",
        lambda c: c.composite_recordings.stop(body={"roomId": ROOM, "recordingId": REC}),
        "POST",
        "/v2/recordings/composite/stop",
        body={"roomId": ROOM, "recordingId": REC},
        reply="composite recording ended successfully.",
    ),
    Call(
        "composite-list",
        lambda c: c.composite_recordings.list(room_id=ROOM),
        "GET",
        "/v2/recordings/composite",
        query=[("roomId", ROOM), ("page", "1"), ("perPage", "20")],  # both defaults are documented
        reply=PAGE,
    ),
    Call(
        "composite-get",
        lambda c: c.composite_recordings.get(REC),
        "GET",
        f"/v2/recordings/composite/{REC}",
        reply={"id": REC},
    ),
    Call(
        "composite-delete",
        lambda c: c.composite_recordings.delete(REC),
        "DELETE",
        f"/v2/recordings/composite/{REC}",
        reply="deleted",
    ),
    Call(
        "merge-create",
        lambda c: c.merge_recordings.create(
            body={
                "sessionId": SESSION,
                "channel1": [{"participantId": PARTICIPANT}],
                "channel2": [{"participantId": "x2"}],
            }
        ),
        "POST",
        "/v2/recordings/participant/merge",
        body={
            "sessionId": SESSION,
            "channel1": [{"participantId": PARTICIPANT}],
            "channel2": [{"participantId": "x2"}],
        },
        reply={"message": "Merge recording job started successfully.", "recording": {"id": "m-1", "status": "running"}},
        result_type=MergeRecordingJob,
    ),
    Call(
        "merge-list",
        lambda c: c.merge_recordings.list(status=MergeStatusFilter.COMPLETED, room_id=ROOM, page=1, per_page=10),
        "GET",
        "/v2/recordings/participant/merge",
        query=[("status", "completed"), ("roomId", ROOM), ("page", "1"), ("perPage", "10")],
        reply={"pageInfo": {"currentPage": 1, "perPage": 10, "lastPage": 1, "total": 0}, "recordings": []},
        result_type=MergeRecordingList,
    ),
    Call(
        "merge-get",
        lambda c: c.merge_recordings.get("m-1"),
        "GET",
        "/v2/recordings/participant/merge/m-1",
        reply={"id": "m-1", "status": "completed"},
        result_type=MergeRecording,
    ),
]


def test_every_operation_is_covered() -> None:
    from tests.clients.speclib import operations, vendors

    vendor = next(v for v in vendors() if v.key == "videosdk")
    templates = {(m.upper(), re.sub(r"\{[^}]+\}", "{}", p)) for p, m, _ in operations(vendor)}
    called = {(c.method, c.path.replace(REC, "{}").replace("m-1", "{}")) for c in CALLS}
    called.add(("GET", "/v2/public/rsa-public-key"))  # test_webhook_public_key
    assert called == templates


def test_webhook_public_key() -> None:
    key_call = Call(
        "webhook-key",
        lambda c: c.webhook_keys.get(),
        "GET",
        "/v2/public/rsa-public-key",
        reply={"publicKey": "-----BEGIN PUBLIC KEY-----\\nMIIB\\n-----END PUBLIC KEY-----"},
        check=lambda r: r.public_key.startswith("-----BEGIN PUBLIC KEY-----") or pytest.fail(repr(r)),
    )
    run_sync(lambda http: VideoSDKRecordings(token=TOKEN, http_client=http), key_call, "", AUTH)


@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.id)
def test_sync(call: Call) -> None:
    run_sync(lambda http: VideoSDKRecordings(token=TOKEN, http_client=http), call, "", AUTH)


@pytest.mark.anyio
@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.id)
async def test_async(call: Call) -> None:
    await run_async(lambda http: AsyncVideoSDKRecordings(token=TOKEN, http_client=http), call, "", AUTH)


def test_enum_parameters_also_take_plain_strings() -> None:
    import httpx

    from tests.clients.wire import Recorder

    page = {"pageInfo": {"currentPage": 1, "perPage": 10, "lastPage": 1, "total": 0}, "recordings": []}
    recorder = Recorder(reply=httpx.Response(200, json=page))
    client = VideoSDKRecordings(token=TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(recorder.handle)))
    client.merge_recordings.list(status="failed")  # type: ignore[arg-type]
    client.merge_recordings.list(status=MergeStatusFilter.COMPLETED)
    assert [r.url.params["status"] for r in recorder.requests] == ["failed", "completed"]
