"""Webhook deliveries per vendor: subscription as the vendor registers it, a signed delivery on every lifecycle
transition, payloads that conform to the spec's event schemas, and the public-key operation serving the test key.
Signatures are checked with ``cryptography`` directly (webhook_checks.py), not with the mock's own code."""

from __future__ import annotations

import json
import time
import uuid

import httpx
import pytest

import specmock
from specmock.webhooks.receiver import receiving
from tests.specmock.webhook_checks import schema_errors, signature_valid

CF_TOKEN = {"Authorization": "Bearer mock-cloudflare-token"}
MEETING = "97cb480d-5840-4528-ace3-919b5e386c68"


def _cf_base(server: specmock.MockServer) -> str:
    kwargs = server.client_kwargs()
    return f"{server.base_url}/accounts/{kwargs['account_id']}/realtime/kit/{kwargs['app_id']}"


def test_cloudflare_webhook_created_through_the_api_gets_every_status_signed(mock_server_factory):
    server = mock_server_factory("cloudflare", advance_seconds=0.2)
    with receiving() as receiver, httpx.Client(headers=CF_TOKEN, timeout=10) as http:
        created = http.post(
            _cf_base(server) + "/webhooks",
            json={"name": "ours", "url": receiver.url, "events": ["recording.statusUpdate"]},
        )
        assert created.status_code == 201, created.text
        webhook_id = created.json()["data"]["id"]
        started = http.post(_cf_base(server) + "/recordings", json={"meeting_id": MEETING})
        recording_id = started.json()["data"]["id"]
        first = receiver.wait_for(1)  # INVOKED -> RECORDING after 0.2 s, with nobody polling
        assert http.put(_cf_base(server) + f"/recordings/{recording_id}", json={"action": "stop"}).status_code == 200
        requests = receiver.wait_for(3)
        served_key = http.get(server.base_url + "/.well-known/webhooks.json").json()["data"]["publicKey"]
    assert first[0] == requests[0]
    bodies = [json.loads(request.body) for request in requests]
    assert [body["recording"]["status"] for body in bodies] == ["RECORDING", "UPLOADING", "UPLOADED"]
    assert {body["recording"]["id"] for body in bodies} == {recording_id}
    assert served_key == server.webhook_public_key() and "BEGIN PUBLIC KEY" in served_key
    for request in requests:
        assert signature_valid(server, request, served_key)
        assert schema_errors(server, request.body) == []
        assert request.headers["rtk-webhook-id"] == webhook_id
        assert request.headers["content-type"] == "application/json"
    assert len({request.headers["rtk-uuid"] for request in requests}) == 3
    download = bodies[-1]["recording"]["downloadUrl"]
    assert download.startswith(server.origin + "/_mock/files/recordings/")
    content = httpx.get(download).content
    assert len(content) == int(bodies[-1]["recording"]["fileSize"])
    assert content == specmock.expected_bytes(0, "recordings", recording_id, 0, len(content))


def test_cloudflare_disabled_or_unsubscribed_webhooks_get_nothing(mock_server_factory):
    server = mock_server_factory("cloudflare", advance_seconds=0.05)
    with receiving() as wanted, receiving() as disabled, httpx.Client(headers=CF_TOKEN, timeout=10) as http:
        events = ["recording.statusUpdate"]
        http.post(_cf_base(server) + "/webhooks", json={"name": "a", "url": wanted.url, "events": events})
        http.post(_cf_base(server) + "/webhooks", json={"name": "b", "url": disabled.url, "events": events})
        hooks = http.get(_cf_base(server) + "/webhooks").json()["data"]
        off = next(hook for hook in hooks if hook["url"] == disabled.url)
        patched = http.patch(_cf_base(server) + f"/webhooks/{off['id']}", json={"enabled": False})
        assert patched.status_code == 200 and patched.json()["data"]["enabled"] is False
        http.post(
            _cf_base(server) + "/webhooks", json={"name": "c", "url": disabled.url, "events": ["meeting.started"]}
        )
        http.post(_cf_base(server) + "/recordings", json={"meeting_id": MEETING})
        wanted.wait_for(1)
        assert server.wait_for_deliveries()
    assert disabled.requests == []


def test_telnyx_admin_subscription_and_ed25519_over_timestamp_and_body(mock_server_factory):
    server = mock_server_factory("telnyx", recordings=200, seed=3)
    with receiving() as receiver, httpx.Client(timeout=10) as http:
        answer = http.post(server.origin + "/_mock/admin/webhooks/subscriptions", json={"url": receiver.url})
        assert answer.status_code == 201 and answer.json()["url"] == receiver.url
        listing = http.get(
            server.base_url + "/room_recordings",
            params={"filter[status]": "processing"},
            headers={"Authorization": "Bearer mock-telnyx-api-key"},
        )
        pending = listing.json()["data"][0]["id"]
        server.advance("room_recordings", pending)
        request = receiver.wait_for(1)[0]
        key = http.get(server.origin + "/_mock/admin/webhooks/key").json()
    assert key == {"algorithm": "ed25519", "format": "ed25519-base64", "public_key": server.webhook_public_key()}
    assert signature_valid(server, request)
    assert abs(int(request.headers["telnyx-timestamp"]) - time.time()) < 60
    body = json.loads(request.body)
    assert body["data"]["event_type"] == "video.room.recording.completed"
    assert body["data"]["payload"]["recording_id"] == pending
    uuid.UUID(body["data"]["id"])
    assert schema_errors(server, request.body) == []
    assert httpx.get(body["data"]["payload"]["download_url"]).status_code == 200


def test_videosdk_webhook_url_in_the_start_body_receives_that_recordings_events(mock_server_factory):
    server = mock_server_factory("videosdk")
    token = {"Authorization": "mock-videosdk-token"}
    with receiving() as receiver, httpx.Client(headers=token, timeout=10) as http:
        http.post(server.base_url + "/v2/recordings/start", json={"roomId": "abcd-efgh-ijkl"})  # no webhookUrl
        started = http.post(
            server.base_url + "/v2/recordings/start", json={"roomId": "wxyz-efgh-ijkl", "webhookUrl": receiver.url}
        )
        assert started.status_code == 200, started.text
        first = receiver.wait_for(2)
        stopped = http.post(server.base_url + "/v2/recordings/end", json={"roomId": "wxyz-efgh-ijkl"})
        assert stopped.status_code == 200, stopped.text
        requests = receiver.wait_for(4)
        served_key = http.get(server.base_url + "/v2/public/rsa-public-key").json()["publicKey"]
    assert first == requests[:2]
    bodies = [json.loads(request.body) for request in requests]
    types = [body["webhookType"] for body in bodies]
    assert types == ["recording-starting", "recording-started", "recording-stopping", "recording-stopped"]
    assert {body["data"]["meetingId"] for body in bodies} == {"wxyz-efgh-ijkl"}
    assert served_key == server.webhook_public_key()
    for request in requests:
        assert signature_valid(server, request, served_key)
        assert schema_errors(server, request.body) == []
    file_url = bodies[-1]["data"]["fileUrl"]
    assert httpx.get(file_url).status_code == 200
    assert server.wait_for_deliveries()
    unsubscribed = [entry for entry in server.webhook_deliveries() if entry["outcome"] == "no-subscriber"]
    assert [entry["event"] for entry in unsubscribed] == ["recording-starting", "recording-started"]


def test_superviz_deliveries_are_unsigned_and_follow_the_seeded_lifecycle(mock_server_factory):
    server = mock_server_factory("superviz", recordings=80, seed=2, advance_seconds=0.3)
    assert server.webhook_public_key() is None
    with receiving() as receiver:
        server.subscribe_webhooks(receiver.url, ["RECORDING"])
        request = receiver.wait_for(1)[0]  # processing -> available on the mock's own clock
    body = json.loads(request.body)
    assert body["type"] == "RECORDING" and body["message"]["status"] == "done"
    assert not any("signature" in name for name in request.headers)
    assert schema_errors(server, request.body) == []
    stored = server.app.store.collection("recordings").get(body["message"]["id"])
    assert stored is not None and stored["status"] == "available"


@pytest.mark.parametrize("vendor", ["cloudflare", "telnyx", "videosdk", "superviz"])
def test_every_event_rule_renders_a_payload_the_spec_accepts(vendor, mock_server_factory):
    """Each mock.yaml rule, fired on a seeded item of its collection, gives a body valid against its event schema."""
    server = mock_server_factory(vendor)
    webhooks = server.app.webhooks
    assert webhooks is not None and webhooks.rules.rules
    seen: list[str] = []
    for rule in webhooks.rules.rules:
        collection = server.app.store.collection(rule["collection"])
        item = next(iter(collection.items.values()))
        event = webhooks.rules._event(rule, collection, None, item)
        seen.append(event.type)
        assert schema_errors(server, event.body) == [], (rule["event"], event.body)
    assert set(seen) <= set(webhooks.settings.events)
