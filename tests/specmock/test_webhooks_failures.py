"""Failure paths: mock.yaml's per-collection ``fail`` rule, driven by ``POST /_mock/admin/fail/<collection>/<id>`` or
``server.fail()``, sends the vendor's documented failure event (valid against the spec, signed, parsed by the
generated client). Vendors whose spec documents no failure state (Telnyx, SuperViz) have no rule, and say so."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
import yaml
from cloudflare_realtimekit_recordings import CloudflareRealtimeKitRecordings
from videosdk_recordings import VideoSDKRecordings
from videosdk_recordings.models import RecordingFailedWebhook

import specmock
from specmock.webhooks.receiver import receiving
from tests.specmock.webhook_checks import schema_errors, signature_valid

CF_TOKEN = {"Authorization": "Bearer mock-cloudflare-token"}
VIDEOSDK_TOKEN = {"Authorization": "mock-videosdk-token"}
MEETING = "97cb480d-5840-4528-ace3-919b5e386c68"


def _cf_base(server: specmock.MockServer) -> str:
    kwargs = server.client_kwargs()
    return f"{server.base_url}/accounts/{kwargs['account_id']}/realtime/kit/{kwargs['app_id']}"


def test_cloudflare_admin_fail_route_sends_the_errored_status_update(mock_server_factory):
    server = mock_server_factory("cloudflare", advance_seconds=60)
    with receiving() as receiver, httpx.Client(headers=CF_TOKEN, timeout=10) as http:
        hook = {"name": "ours", "url": receiver.url, "events": ["recording.statusUpdate"]}
        assert http.post(_cf_base(server) + "/webhooks", json=hook).status_code == 201
        started = http.post(_cf_base(server) + "/recordings", json={"meeting_id": MEETING}).json()["data"]
        failed = httpx.post(f"{server.origin}/_mock/admin/fail/recordings/{started['id']}")
        request = receiver.wait_for(1)[0]
        read = http.get(_cf_base(server) + f"/recordings/{started['id']}").json()["data"]
    assert failed.status_code == 200, failed.text
    assert failed.json()["item"]["status"] == "ERRORED" == read["status"]
    assert read["stop_reason"]["reason"] == "INTERNAL_ERROR" and read["stopped_time"] is not None
    body = json.loads(request.body)
    assert body["event"] == "recording.statusUpdate"
    assert body["recording"]["id"] == started["id"] and body["recording"]["status"] == "ERRORED"
    assert body["recording"]["downloadUrl"] is None
    assert schema_errors(server, request.body) == []
    assert signature_valid(server, request)
    client = CloudflareRealtimeKitRecordings(**server.client_kwargs(), webhook_public_key=server.webhook_public_key())
    with client:
        event = client.webhooks.unwrap(request.body, request.headers)
    assert str(event.recording.status) == "ERRORED"  # type: ignore[union-attr]
    assert server.violations == []


def test_videosdk_fail_sends_recording_failed_and_no_stop_events(mock_server_factory):
    server = mock_server_factory("videosdk")
    with receiving() as receiver, httpx.Client(headers=VIDEOSDK_TOKEN, timeout=10) as http:
        body = {"roomId": "fail-room-0001", "webhookUrl": receiver.url}
        assert http.post(server.base_url + "/v2/recordings/start", json=body).status_code == 200
        receiver.wait_for(2)
        recording = http.get(server.base_url + "/v2/recordings", params={"roomId": "fail-room-0001"}).json()["data"][0]
        returned = server.fail("recordings", recording["id"])
        requests = receiver.wait_for(3)
        assert server.wait_for_deliveries()
        read = http.get(server.base_url + f"/v2/recordings/{recording['id']}").json()
        stop = http.post(server.base_url + "/v2/recordings/end", json={"roomId": "fail-room-0001"})
    types = [json.loads(request.body)["webhookType"] for request in receiver.requests]
    assert types == ["recording-starting", "recording-started", "recording-failed"]
    failed = requests[2]
    assert json.loads(failed.body)["data"] == {"meetingId": "fail-room-0001", "sessionId": recording["sessionId"]}
    assert schema_errors(server, failed.body) == [] and signature_valid(server, failed)
    assert returned["end"] is not None and "file" not in returned and "file" not in read  # no file for a failure
    assert stop.status_code == 404  # nothing left to stop
    with VideoSDKRecordings(**server.client_kwargs(), webhook_public_key=server.webhook_public_key()) as client:
        assert isinstance(client.webhooks.unwrap(failed.body, failed.headers), RecordingFailedWebhook)
    assert server.violations == []


def test_videosdk_merge_job_fails_without_an_event_the_spec_does_not_publish(mock_server_factory):
    server = mock_server_factory("videosdk")
    with receiving() as receiver, httpx.Client(headers=VIDEOSDK_TOKEN, timeout=10) as http:
        server.subscribe_webhooks(receiver.url)
        merge = {
            "sessionId": "6e5f1a8296f0fe42fe40fb3d",
            "channel1": [{"participantId": "abcd1234"}],
            "channel2": [{"participantId": "efgh5678"}],
            "webhookUrl": receiver.url,
        }
        created = http.post(server.base_url + "/v2/recordings/participant/merge", json=merge)
        assert created.status_code in (200, 201), created.text
        merge_id = created.json()["recording"]["id"]
        assert server.fail("merges", merge_id)["status"] == "failed"
        assert server.wait_for_deliveries()
        read = http.get(server.base_url + f"/v2/recordings/participant/merge/{merge_id}").json()
    assert read["status"] == "failed" and "file" not in read
    assert receiver.requests == []
    assert server.violations == []


def test_fail_refuses_unknown_items_and_items_past_their_failure_point(mock_server_factory):
    server = mock_server_factory("cloudflare")
    recordings = server.app.store.collection("recordings").items.values()
    done = next(item["id"] for item in recordings if item["status"] == "UPLOADED")
    admin = server.origin + "/_mock/admin/fail"
    with httpx.Client(timeout=10) as http:
        finished = http.post(f"{admin}/recordings/{done}")
        missing = http.post(f"{admin}/recordings/no-such-id")
        unknown = http.post(f"{admin}/nothing/{done}")
        no_rule = http.post(f"{admin}/webhooks/{done}")
        assert http.get(f"{admin}/recordings/{done}").status_code == 405
    assert finished.status_code == 409 and "it is UPLOADED" in finished.json()["error"]
    assert missing.status_code == 404 and "no-such-id" in missing.json()["error"]
    assert unknown.status_code == 404 and "collections: recordings" in unknown.json()["error"]
    assert no_rule.status_code == 404  # no item of that id in webhooks
    assert server.app.store.collection("recordings").get(done)["status"] == "UPLOADED"  # unchanged
    with pytest.raises(ValueError, match="it is UPLOADED"):
        server.fail("recordings", done)


@pytest.mark.parametrize(("vendor", "collection"), [("telnyx", "room_recordings"), ("superviz", "recordings")])
def test_vendors_without_a_documented_failure_have_no_failure_path(vendor, collection, mock_server_factory):
    server = mock_server_factory(vendor)
    item_id = next(iter(server.app.store.collection(collection).items))
    answer = httpx.post(f"{server.origin}/_mock/admin/fail/{collection}/{item_id}")
    assert answer.status_code == 409 and "no failure path" in answer.json()["error"]


def test_fail_rules_are_checked_when_mock_yaml_loads(tmp_path: Path):
    source = specmock.config.ROOT / "specs" / "superviz"
    target = tmp_path / "superviz"
    target.mkdir()
    for name in ("openapi.yaml", "package.yaml"):
        (target / name).write_text((source / name).read_text())
    mock = yaml.safe_load((source / "mock.yaml").read_text())
    mock["collections"]["recordings"]["fail"] = {"when": {"status": "processing"}, "set": {"status": "available"}}
    (target / "mock.yaml").write_text(yaml.safe_dump(mock))
    assert specmock.load_vendor("superviz", tmp_path).collections["recordings"]["fail"]["when"]
    mock["collections"]["recordings"]["fail"] = {"when": {"status": "processing"}, "sett": {"status": "gone"}}
    (target / "mock.yaml").write_text(yaml.safe_dump(mock))
    with pytest.raises(specmock.MockConfigError, match="sett"):
        specmock.load_vendor("superviz", tmp_path)
