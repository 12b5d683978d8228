"""Cloudflare RealtimeKit: every operation sends the right request and parses the answer, sync and async.

Expected wire values come from Cloudflare's published spec (specs/cloudflare/reference/), not from the generated code.
"""

from __future__ import annotations

import datetime
import re

import pytest
from cloudflare_realtimekit_recordings import AsyncCloudflareRealtimeKitRecordings, CloudflareRealtimeKitRecordings
from cloudflare_realtimekit_recordings.models import (
    ActiveRecordingResponse,
    RecordingListResponse,
    RecordingResponse,
    RecordingSortBy,
    RecordingStatus,
    SortOrder,
    TrackRecordingResponse,
    WebhookListResponse,
    WebhookResponse,
)
from cloudflare_realtimekit_recordings.types import Unset

from tests.clients.wire import Call, run_async, run_sync

TOKEN = "cf-api-token-0123456789abcdef"
AUTH = {"authorization": f"Bearer {TOKEN}"}
ACCOUNT, APP = "023e105f4ecef8ad9ca31a8372d0c353", "14a396e7-ca44-4937-bf1f-050a69118543"
BASE = f"/client/v4/accounts/{ACCOUNT}/realtime/kit/{APP}/recordings"
REC = "6b61621f-62e0-4aad-ab11-9fd19e272e73"
MEETING = "97440c6a-140b-40a9-9499-b23fd7a3868a"
HOOK = "0d1f069d-43bb-489a-ad8c-7eb95592ba8e"
RECORDING = {
    "id": REC,
    "audio_download_url": None,
    "download_url": None,
    "download_url_expiry": None,
    "file_size": None,
    "invoked_time": "2024-05-13T17:14:00.941Z",
    "output_file_name": "meeting.mp4",
    "session_id": None,
    "started_time": None,
    "status": "INVOKED",
    "stopped_time": None,
}

START_BODY = {
    "meeting_id": MEETING,
    "max_seconds": 3600,
    "file_name_prefix": "standup",
    "video_config": {"codec": "VP8", "width": 1280, "height": 720},
    "audio_config": {"codec": "AAC", "channel": "stereo"},
    "storage_config": {
        "type": "aws",
        "bucket": "recs",
        "region": "us-east-1",
        "access_key": "AKIA",
        "secret": "s3cr3t",
    },
}


def _status(expected: str):
    def check(result: RecordingResponse) -> None:
        assert not isinstance(result.data, Unset)
        assert result.data.status.value == expected

    return check


CALLS = [
    Call(
        "list",
        lambda c: c.recordings.list(
            meeting_id=MEETING,
            page_no=2,
            per_page=25,
            expired=False,
            search="standup",
            sort_by=RecordingSortBy.INVOKEDTIME,
            sort_order=SortOrder.DESC,
            start_time=datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC),
            status=[RecordingStatus.UPLOADED, RecordingStatus.ERRORED],
        ),
        "GET",
        "",
        query=[
            ("meeting_id", MEETING),
            ("page_no", "2"),
            ("per_page", "25"),
            ("expired", "false"),
            ("search", "standup"),
            ("sort_by", "invokedTime"),
            ("sort_order", "DESC"),
            ("start_time", "2024-05-01T00:00:00+00:00"),
            ("status", "UPLOADED,ERRORED"),  # explode: false
        ],
        reply={
            "success": True,
            "data": [RECORDING],
            "paging": {"start_offset": 26, "end_offset": 26, "total_count": 26},
        },
        result_type=RecordingListResponse,
        check=lambda r: r.paging.total_count == 26 or pytest.fail(repr(r)),
    ),
    Call(
        "start",
        lambda c: c.recordings.start(body=START_BODY),
        "POST",
        "",
        body=START_BODY,
        reply={"success": True, "data": RECORDING},
        result_type=RecordingResponse,
        check=_status("INVOKED"),
    ),
    Call(
        "get",
        lambda c: c.recordings.get(REC),
        "GET",
        f"/{REC}",
        reply={
            "success": True,
            "data": RECORDING | {"status": "UPLOADED", "download_url": "https://cdn.example/x.mp4"},
        },
        result_type=RecordingResponse,
        check=_status("UPLOADED"),
    ),
    Call(
        "pause",
        lambda c: c.recordings.update(REC, body={"action": "pause"}),
        "PUT",
        f"/{REC}",
        body={"action": "pause"},
        reply={"success": True, "data": RECORDING | {"status": "PAUSED"}},
        check=_status("PAUSED"),
    ),
    Call(
        "get-active",
        lambda c: c.recordings.get_active(MEETING),
        "GET",
        f"/active-recording/{MEETING}",
        reply={"success": True, "data": RECORDING | {"status": "RECORDING"}},
        result_type=ActiveRecordingResponse,
    ),
    Call(
        "start-track",
        lambda c: c.recordings.start_track(
            body={"meeting_id": MEETING, "layers": {"default": {"file_name_prefix": "speaker", "media_kind": "audio"}}}
        ),
        "POST",
        "/track",
        body={"meeting_id": MEETING, "layers": {"default": {"file_name_prefix": "speaker", "media_kind": "audio"}}},
        reply={"success": True, "data": {"recording": RECORDING}},
        result_type=TrackRecordingResponse,
    ),
]


WEBHOOK = {
    "id": HOOK,
    "name": "Recordings webhook",
    "url": "https://example.com/webhook",
    "events": ["recording.statusUpdate"],
    "enabled": True,
    "created_at": "2022-05-28T07:01:53.075Z",
    "updated_at": "2022-05-28T07:01:53.075Z",
}
HOOK_BODY = {"name": "Recordings webhook", "url": "https://example.com/webhook", "events": ["recording.statusUpdate"]}


def _webhook_check(expected_enabled: bool):
    def check(result: WebhookResponse) -> None:
        assert result.data.id == HOOK and result.data.enabled is expected_enabled
        assert [e.value for e in result.data.events] == ["recording.statusUpdate"]

    return check


WEBHOOK_CALLS = [
    Call(
        "webhooks-list",
        lambda c: c.webhook_subscriptions.list(),
        "GET",
        "",
        reply={"success": True, "data": [WEBHOOK]},
        result_type=WebhookListResponse,
        check=lambda r: [w.id for w in r.data] == [HOOK] or pytest.fail(repr(r)),
    ),
    Call(
        "webhooks-create",
        lambda c: c.webhook_subscriptions.create(body=HOOK_BODY),
        "POST",
        "",
        body=HOOK_BODY,
        status=201,
        reply={"success": True, "data": WEBHOOK},
        result_type=WebhookResponse,
        check=_webhook_check(True),
    ),
    Call(
        "webhooks-get",
        lambda c: c.webhook_subscriptions.get(HOOK),
        "GET",
        f"/{HOOK}",
        reply={"success": True, "data": WEBHOOK},
        check=_webhook_check(True),
    ),
    Call(
        "webhooks-replace",
        lambda c: c.webhook_subscriptions.replace(HOOK, body=HOOK_BODY | {"enabled": False}),
        "PUT",
        f"/{HOOK}",
        body=HOOK_BODY | {"enabled": False},
        reply={"success": True, "data": WEBHOOK | {"enabled": False}},
        check=_webhook_check(False),
    ),
    Call(
        "webhooks-edit",
        lambda c: c.webhook_subscriptions.update(HOOK, body={"enabled": False}),
        "PATCH",
        f"/{HOOK}",
        body={"enabled": False},
        reply={"success": True, "data": WEBHOOK | {"enabled": False}},
        check=_webhook_check(False),
    ),
    Call(
        "webhooks-delete",
        lambda c: c.webhook_subscriptions.delete(HOOK),
        "DELETE",
        f"/{HOOK}",
        reply={"success": True, "data": WEBHOOK},
        check=_webhook_check(True),
    ),
]
HOOKS_BASE = f"/client/v4/accounts/{ACCOUNT}/realtime/kit/{APP}/webhooks"
KEY_REPLY = {"success": True, "data": {"publicKey": "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----"}}


def test_every_operation_is_covered() -> None:
    from tests.clients.speclib import operations, vendors

    vendor = next(v for v in vendors() if v.key == "cloudflare")
    base = "/accounts/{}/realtime/kit/{}/recordings"
    hooks = "/accounts/{}/realtime/kit/{}/webhooks"
    templates = {(m.upper(), re.sub(r"\{[^}]+\}", "{}", p)) for p, m, _ in operations(vendor)}
    called = {(c.method, base + c.path.replace(REC, "{}").replace(MEETING, "{}")) for c in CALLS}
    called |= {(c.method, hooks + c.path.replace(HOOK, "{}")) for c in WEBHOOK_CALLS}
    called.add(("GET", "/.well-known/webhooks.json"))  # test_public_key_goes_to_its_own_host_without_the_token
    assert called == templates


@pytest.mark.parametrize("call", WEBHOOK_CALLS, ids=lambda c: c.id)
def test_webhook_subscriptions_sync(call: Call) -> None:
    run_sync(_client, call, HOOKS_BASE, AUTH)


@pytest.mark.anyio
@pytest.mark.parametrize("call", WEBHOOK_CALLS, ids=lambda c: c.id)
async def test_webhook_subscriptions_async(call: Call) -> None:
    await run_async(_async_client, call, HOOKS_BASE, AUTH)


@pytest.mark.parametrize("base_url", [None, "https://mock.test/client/v4"])
def test_public_key_goes_to_its_own_host_without_the_token(base_url: str | None) -> None:
    import httpx

    from tests.clients.wire import Recorder

    recorder = Recorder(reply=httpx.Response(200, json=KEY_REPLY))
    http = httpx.Client(transport=httpx.MockTransport(recorder.handle))
    client = CloudflareRealtimeKitRecordings(
        api_token=TOKEN, account_id=ACCOUNT, app_id=APP, http_client=http, base_url=base_url
    )
    result = client.webhook_keys.get()
    assert result.data.public_key.startswith("-----BEGIN PUBLIC KEY-----")
    sent = recorder.requests[0]
    # The spec's operation-level server while the client uses its default base URL; a custom base URL serves it too.
    expected = "https://api.realtime.cloudflare.com" if base_url is None else base_url
    assert str(sent.url) == expected + "/.well-known/webhooks.json"
    assert "authorization" not in sent.headers  # security: [] — the API token never goes to another host


def _client(http):
    return CloudflareRealtimeKitRecordings(api_token=TOKEN, account_id=ACCOUNT, app_id=APP, http_client=http)


def _async_client(http):
    return AsyncCloudflareRealtimeKitRecordings(api_token=TOKEN, account_id=ACCOUNT, app_id=APP, http_client=http)


@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.id)
def test_sync(call: Call) -> None:
    run_sync(_client, call, BASE, AUTH)


@pytest.mark.anyio
@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.id)
async def test_async(call: Call) -> None:
    await run_async(_async_client, call, BASE, AUTH)


def test_path_defaults_can_be_overridden_per_call_and_are_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLOUDFLARE_ACCOUNT_ID", raising=False)
    import httpx

    from tests.clients.wire import Recorder

    recorder = Recorder(reply=httpx.Response(200, json={"success": True, "data": RECORDING}))
    http = httpx.Client(transport=httpx.MockTransport(recorder.handle))
    client = CloudflareRealtimeKitRecordings(api_token=TOKEN, account_id=ACCOUNT, app_id=APP, http_client=http)
    client.recordings.get(REC, account_id="other-account")
    assert recorder.requests[-1].url.path.startswith("/client/v4/accounts/other-account/")
    bare = CloudflareRealtimeKitRecordings(api_token=TOKEN, http_client=http)
    with pytest.raises(ValueError, match="account_id is required"):
        bare.recordings.get(REC)
