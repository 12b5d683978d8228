"""Webhooks end to end, per vendor: a recording moves through its lifecycle on the mock, the signed deliveries reach a
local receiver, the generated client verifies them (``client.webhooks.receive`` / ``unwrap``), and the file named
in the event (or the recording the event names) is downloaded. Duplicate and out-of-order deliveries (mock faults)
are handled by the documented pattern: deduplicate on the delivery key, ignore a status older than the one seen.
Every delivered body validates against the spec's event schema."""

from __future__ import annotations

import dataclasses
import importlib
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import specmock
from specmock.webhooks.receiver import ReceivedRequest, receiving
from tests.specmock.webhook_checks import schema_errors

MEETING = "97cb480d-5840-4528-ace3-919b5e386c68"
CF_ORDER = {"RECORDING": 1, "UPLOADING": 2, "UPLOADED": 3, "ERRORED": 3}
VIDEOSDK_ORDER = {"recording-starting": 0, "recording-started": 1, "recording-stopping": 2, "recording-stopped": 3}


@dataclasses.dataclass
class Inbox:
    """The receiver's handler, written as a consuming team would: verify, deduplicate, keep the newest status.

    ``progress(event)`` gives ``(recording key, rank)`` for events whose order matters, else None."""

    webhooks: Any
    progress: Callable[[Any], tuple[str, int] | None] = lambda event: None
    handled: list[Any] = dataclasses.field(default_factory=list)
    stale: list[Any] = dataclasses.field(default_factory=list)
    duplicates: int = 0
    refused: list[Any] = dataclasses.field(default_factory=list)
    _keys: set[str] = dataclasses.field(default_factory=set)
    _latest: dict[str, int] = dataclasses.field(default_factory=dict)
    _lock: threading.Lock = dataclasses.field(default_factory=threading.Lock)

    def __call__(self, request: ReceivedRequest) -> int:
        receipt = self.webhooks.receive(request.body, request.headers)  # raw bytes, as received
        if not receipt.ok:
            self.refused.append(receipt)
            return int(receipt.status)
        with self._lock:
            if receipt.delivery_key in self._keys:  # a retry or duplicate of a delivery already handled
                self.duplicates += 1
                return 200
            self._keys.add(receipt.delivery_key)
            position = self.progress(receipt.event)
            if position is not None:
                key, rank = position
                if self._latest.get(key, -1) >= rank:  # older than what we know: ignore it
                    self.stale.append(receipt.event)
                    return 200
                self._latest[key] = rank
            self.handled.append(receipt.event)
        return 200


def _value(value: Any) -> str:
    return str(getattr(value, "value", value))


def _eventually(check: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for webhook deliveries")
        time.sleep(0.02)


def _conform(server: specmock.MockServer, requests: list[ReceivedRequest]) -> None:
    assert requests
    for request in requests:
        assert schema_errors(server, request.body) == [], request.body


def test_cloudflare_recording_uploaded_webhook(api_factory, tmp_path):
    api = api_factory("cloudflare", seed=41, webhook_time_scale=0.01)
    server = api.mock()
    from cloudflare_realtimekit_recordings.models import RecordingStatusUpdateWebhook

    with api.client() as client:  # no key pinned: fetched once through get_webhooks_public_key
        inbox = Inbox(client.webhooks, lambda event: (event.recording.id, CF_ORDER[_value(event.recording.status)]))
        with receiving(inbox) as receiver:
            events = ["recording.statusUpdate"]
            client.webhook_subscriptions.create(body={"name": "e2e", "url": receiver.url, "events": events})
            server.webhook_fault("duplicate")  # RECORDING arrives twice
            recording_id = client.recordings.start(body={"meeting_id": MEETING}).data.id
            server.advance("recordings", recording_id)  # INVOKED -> RECORDING
            receiver.wait_for(2)
            server.webhook_fault("out-of-order")  # UPLOADING arrives after UPLOADED
            client.recordings.update(recording_id, body={"action": "stop"})
            server.advance("recordings", recording_id)  # UPLOADING -> UPLOADED
            requests = receiver.wait_for(4)
            assert server.wait_for_deliveries()
        sent = [_value(client.webhooks.parse(request.body).recording.status) for request in requests]
        assert sent == ["RECORDING", "RECORDING", "UPLOADED", "UPLOADING"]
        assert [_value(event.recording.status) for event in inbox.handled] == ["RECORDING", "UPLOADED"]
        assert inbox.duplicates == 1 and [_value(event.recording.status) for event in inbox.stale] == ["UPLOADING"]
        assert inbox.refused == []
        ready = inbox.handled[-1]
        assert isinstance(ready, RecordingStatusUpdateWebhook) and ready.recording.id == recording_id
        result = client.download(ready.recording, tmp_path / "recording.mp4")
    assert (tmp_path / "recording.mp4").read_bytes() == specmock.expected_bytes(
        41, "recordings", recording_id, 0, result.size
    )
    assert server.stats()["get_webhooks_public_key"] == 1
    _conform(server, requests)


def test_telnyx_recording_completed_webhook(api_factory, tmp_path):
    # only views advance a recording here (no timed step racing the test: the clock runs while subscribed)
    api = api_factory("telnyx", seed=42, recordings=300, webhook_time_scale=0.01, advance_seconds=86400)
    server = api.mock()
    from telnyx_room_recordings.models import PageParams, RoomRecordingCompletedWebhook, RoomRecordingFilter

    with api.client(webhook_public_key=server.webhook_public_key()) as client:  # Telnyx: the caller pins the key
        inbox = Inbox(client.webhooks)
        with receiving(inbox) as receiver:
            httpx.post(server.origin + "/_mock/admin/webhooks/subscriptions", json={"url": receiver.url})
            listed = client.room_recordings.list(
                filter_=RoomRecordingFilter(status="processing"), page=PageParams(size=4)
            )
            first, second, third, forged = (str(item.id) for item in listed.data)

            def finish(recording_id: str) -> None:  # the seeded lifecycle: processing -> completed after two views
                client.room_recordings.get(recording_id)
                client.room_recordings.get(recording_id)

            server.webhook_fault("duplicate")
            finish(first)
            receiver.wait_for(2)
            server.webhook_fault("out-of-order")
            finish(second)
            time.sleep(0.2)
            finish(third)
            receiver.wait_for(4)
            server.webhook_fault("bad-signature")
            finish(forged)
            assert server.wait_for_deliveries()
            requests = list(receiver.requests)
        order = [client.webhooks.parse(request.body).data.payload.recording_id for request in requests]
        attempts = server.app.webhooks.settings.delivery.attempts
        assert [str(item) for item in order] == [first, first, third, second] + [forged] * attempts
        assert inbox.duplicates == 1
        assert len(inbox.refused) == attempts and all(r.status == 401 for r in inbox.refused)  # never accepted
        handled = {str(event.data.payload.recording_id): event for event in inbox.handled}
        assert set(handled) == {first, second, third}
        for recording_id, event in handled.items():
            assert isinstance(event, RoomRecordingCompletedWebhook)
            result = client.download(event.data.payload, tmp_path / f"{recording_id}.webm")
            assert (tmp_path / f"{recording_id}.webm").read_bytes() == specmock.expected_bytes(
                42, "room_recordings", recording_id, 0, result.size
            )
    _conform(server, requests)


def test_videosdk_recording_stopped_webhook(api_factory, tmp_path):
    api = api_factory("videosdk", seed=43, webhook_time_scale=0.01)
    server = api.mock()
    from videosdk_recordings.models import RecordingStoppedWebhook

    def progress(event: Any) -> tuple[str, int]:  # no recording id in VideoSDK's events: room + session
        return f"{event.data.meeting_id}/{event.data.session_id}", VIDEOSDK_ORDER[_value(event.webhook_type)]

    room = "e2ew-hook-room"
    with api.client() as client:  # no key pinned: fetched once through getWebhookPublicKey
        inbox = Inbox(client.webhooks, progress)
        with receiving(inbox) as receiver:
            server.webhook_fault("duplicate")  # recording-starting arrives twice
            client.recordings.start(body={"roomId": room, "webhookUrl": receiver.url})
            receiver.wait_for(3)
            server.webhook_fault("out-of-order")  # recording-stopping arrives after recording-stopped
            client.recordings.stop(body={"roomId": room})
            requests = receiver.wait_for(5)
            assert server.wait_for_deliveries()
        sent = [_value(client.webhooks.parse(request.body).webhook_type) for request in requests]
        assert sent == [
            "recording-starting",
            "recording-starting",
            "recording-started",
            "recording-stopped",
            "recording-stopping",
        ]
        handled = [_value(event.webhook_type) for event in inbox.handled]
        assert handled == ["recording-starting", "recording-started", "recording-stopped"]
        assert inbox.duplicates == 1 and len(inbox.stale) == 1 and inbox.refused == []
        stopped = inbox.handled[-1]
        assert isinstance(stopped, RecordingStoppedWebhook) and stopped.data.meeting_id == room
        result = client.download(stopped.data, tmp_path / "room.mp4")  # the file the event names
        recording = client.recordings.list(room_id=room).data[0]
        assert recording.session_id == stopped.data.session_id
    assert (tmp_path / "room.mp4").read_bytes() == specmock.expected_bytes(
        43, "recordings", recording.id, 0, result.size
    )
    assert server.stats()["getWebhookPublicKey"] == 1
    _conform(server, requests)


def test_superviz_recording_webhook_then_fetch_and_download(api_factory, tmp_path):
    api = api_factory("superviz", seed=44, recordings=60, advance_seconds=0.5)
    server = api.mock()
    from superviz_recordings.models import RecordingWebhook

    with api.client() as client:
        inbox = Inbox(client.webhooks)  # SuperViz signs nothing: unwrap only parses
        with receiving(inbox) as receiver:
            server.webhook_fault("duplicate")
            server.subscribe_webhooks(receiver.url, ["RECORDING"])
            _eventually(lambda: bool(inbox.handled) and server.wait_for_deliveries(0.5))
            requests = list(receiver.requests)
        assert inbox.duplicates == 1 and inbox.refused == []
        ids = [str(event.message.id) for event in inbox.handled]
        assert len(ids) == len(set(ids)) == len(requests) - 1
        event = inbox.handled[0]
        assert isinstance(event, RecordingWebhook) and event.message.status == "done"
        # the event names no file: find the recording by the id in the event, then download it
        recording = next(item for item in client.recordings.iter_list(page_size=50) if str(item.uuid) == ids[0])
        assert _value(recording.status) == "available"
        result = client.download(recording, tmp_path / "recording.mp4")
    assert (tmp_path / "recording.mp4").read_bytes() == specmock.expected_bytes(
        44, "recordings", ids[0], 0, result.size
    )
    _conform(server, requests)


def _first_delivery(vendor: str, server: specmock.MockServer, client: Any, url: str) -> None:
    """Make the mock send one signed delivery to ``url``."""
    if vendor == "cloudflare":
        client.webhook_subscriptions.create(body={"name": "one", "url": url, "events": ["recording.statusUpdate"]})
        server.advance("recordings", client.recordings.start(body={"meeting_id": MEETING}).data.id)
    elif vendor == "telnyx":
        server.subscribe_webhooks(url)
        items = server.app.store.collection("room_recordings").items.values()
        server.advance("room_recordings", next(str(item["id"]) for item in items if item["status"] == "processing"))
    else:
        client.recordings.start(body={"roomId": "e2ew-once-room", "webhookUrl": url})


@pytest.mark.parametrize("vendor", ["cloudflare", "telnyx", "videosdk"])
def test_a_forged_or_reserialised_delivery_is_refused(vendor, api_factory):
    """What the receiver pattern relies on: a delivery verifies only as the exact bytes sent, with its own headers."""
    api = api_factory(vendor, seed=45, recordings=200)
    server = api.mock()
    with api.client(webhook_public_key=server.webhook_public_key()) as client, receiving() as receiver:
        _first_delivery(vendor, server, client, receiver.url)
        request = receiver.wait_for(1)[0]
        client.webhooks.verify(request.body, request.headers)
        error = importlib.import_module(type(client).__module__.split(".")[0]).WebhookVerificationError
        reserialised = json.dumps(json.loads(request.body)).encode()  # Python's default separators add spaces
        assert reserialised != request.body
        with pytest.raises(error):
            client.webhooks.verify(reserialised, request.headers)
        signature = server.app.webhooks.settings.verification.signature_header
        with pytest.raises(error):
            client.webhooks.unwrap(request.body, {k: v for k, v in request.headers.items() if k != signature})
