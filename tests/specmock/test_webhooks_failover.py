"""The failover URL (mock.yaml ``webhooks.failover``; Telnyx's ``webhook_event_failover_url``): once the primary URL's
attempts are used up, the same delivery goes to the failover URL, with attempts of its own; the log names the URL
each attempt used. Vendors that document no failover URL refuse one."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import yaml

import specmock
from specmock.webhooks.receiver import receiving
from tests.specmock.webhook_checks import signature_valid

VIDEOSDK_TOKEN = {"Authorization": "mock-videosdk-token"}


def _processing(server: specmock.MockServer) -> list[str]:
    items = server.app.store.collection("room_recordings").items.values()
    return [str(item["id"]) for item in items if item["status"] == "processing"]


def test_the_failover_url_gets_the_delivery_after_the_primary_attempts(mock_server_factory):
    server = mock_server_factory("telnyx", recordings=200, webhook_time_scale=0.01)
    with receiving(503) as primary, receiving() as failover:
        entry = server.subscribe_webhooks(primary.url, failover_url=failover.url)
        server.advance("room_recordings", _processing(server)[0])
        received = failover.wait_for(1)[0]
        assert server.wait_for_deliveries()
    assert entry["failover_url"] == failover.url
    assert len(primary.requests) == 3  # x-webhooks.delivery.attempts at the primary first
    assert received.body == primary.requests[0].body and signature_valid(server, received)
    log = server.webhook_deliveries()
    assert [(entry["url"], entry["failover"], entry["attempt"], entry["outcome"]) for entry in log] == [
        (primary.url, False, 1, "retrying"),
        (primary.url, False, 2, "retrying"),
        (primary.url, False, 3, "failing-over"),
        (failover.url, True, 1, "delivered"),
    ]
    assert len({entry["delivery_id"] for entry in log}) == 1


def test_a_failing_failover_url_gets_its_own_attempts_then_the_delivery_fails(mock_server_factory):
    server = mock_server_factory("telnyx", recordings=200, webhook_time_scale=0.01)
    with receiving(500) as primary, receiving(500) as failover:
        server.subscribe_webhooks(primary.url, failover_url=failover.url)
        server.advance("room_recordings", _processing(server)[0])
        failover.wait_for(3)
        assert server.wait_for_deliveries()
    outcomes = [(entry["failover"], entry["outcome"]) for entry in server.webhook_deliveries()]
    assert outcomes == [
        (False, "retrying"),
        (False, "retrying"),
        (False, "failing-over"),
        (True, "retrying"),
        (True, "retrying"),
        (True, "failed"),
    ]
    assert len(failover.requests) == 3


def test_a_delivered_primary_leaves_the_failover_url_alone(mock_server_factory):
    server = mock_server_factory("telnyx", recordings=200)
    with receiving() as primary, receiving() as failover:
        httpx.post(
            server.origin + "/_mock/admin/webhooks/subscriptions",
            json={"url": primary.url, "failover_url": failover.url},
        ).raise_for_status()
        listed = httpx.get(server.origin + "/_mock/admin/webhooks/subscriptions").json()
        server.advance("room_recordings", _processing(server)[0])
        primary.wait_for(1)
        assert server.wait_for_deliveries()
    assert [entry["failover_url"] for entry in listed] == [failover.url]
    assert failover.requests == []
    assert [entry["failover"] for entry in server.webhook_deliveries()] == [False]


def test_failover_urls_are_refused_where_not_documented_or_malformed(mock_server_factory):
    telnyx = mock_server_factory("telnyx")
    superviz = mock_server_factory("superviz")
    with httpx.Client(timeout=10) as http:
        bad = http.post(
            telnyx.origin + "/_mock/admin/webhooks/subscriptions", json={"url": "http://h/x", "failover_url": "nope"}
        )
        undocumented = http.post(
            superviz.origin + "/_mock/admin/webhooks/subscriptions",
            json={"url": "http://h/x", "failover_url": "http://h/y"},
        )
    assert bad.status_code == 400 and "'failover_url' must be an absolute http(s) URL" in bad.json()["error"]
    assert undocumented.status_code == 400 and "no failover URL" in undocumented.json()["error"]
    assert httpx.get(superviz.origin + "/_mock/admin/webhooks/subscriptions").json() == []


def test_a_failover_url_from_a_request_body_field(tmp_path: Path, mock_server_factory):
    """``failover.field`` with a request-field vendor (a copy of VideoSDK's files given one): the body's second URL."""
    source = specmock.config.ROOT / "specs" / "videosdk"
    target = tmp_path / "videosdk"
    target.mkdir()
    for name in ("openapi.yaml", "package.yaml"):
        (target / name).write_text((source / name).read_text())
    mock = yaml.safe_load((source / "mock.yaml").read_text())
    mock["webhooks"]["failover"] = {"after": "primary-attempts", "attempts": 1, "field": "failoverUrl"}
    (target / "mock.yaml").write_text(yaml.safe_dump(mock))
    server = mock_server_factory(specmock.load_vendor("videosdk", tmp_path), webhook_time_scale=0.01)
    with receiving(502) as primary, receiving() as failover:
        body = {"roomId": "fail-over-room", "webhookUrl": primary.url, "failoverUrl": failover.url}
        started = httpx.post(server.base_url + "/v2/recordings/start", json=body, headers=VIDEOSDK_TOKEN)
        assert started.status_code == 200, started.text
        received = failover.wait_for(2)
        assert server.wait_for_deliveries()
    types = [json.loads(request.body)["webhookType"] for request in received]
    assert types == ["recording-starting", "recording-started"]  # order kept at the failover URL too
    assert len(primary.requests) == 6  # 3 attempts per event at the primary URL
    failover_log = [entry for entry in server.webhook_deliveries() if entry["failover"]]
    assert [(entry["url"], entry["outcome"]) for entry in failover_log] == [(failover.url, "delivered")] * 2
