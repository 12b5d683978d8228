"""Webhook delivery behaviour: the vendor's retries, delivery faults, the bounded queue, reset, never blocking the
API, admin input errors, keys and mock.yaml errors."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import httpx
import pytest
import yaml
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

import specmock
from specmock.webhooks import parse_delivery_fault
from specmock.webhooks.receiver import ReceivedRequest, receiving
from tests.specmock.webhook_checks import signature_valid

TELNYX = {"Authorization": "Bearer mock-telnyx-api-key"}


def _processing(server: specmock.MockServer) -> list[str]:
    items = server.app.store.collection("room_recordings").items.values()
    return [str(item["id"]) for item in items if item["status"] == "processing"]


def _failing(times: int, status: int) -> tuple[list[int], object]:
    answers: list[int] = []

    def answer(request: ReceivedRequest) -> int:
        answers.append(status if len(answers) < times else 200)
        return answers[-1]

    return answers, answer


def test_5xx_is_retried_with_the_same_delivery_id_and_body_until_delivered(mock_server_factory):
    server = mock_server_factory("telnyx", recordings=200, webhook_time_scale=0.01)
    answers, answer = _failing(2, 503)
    with receiving(answer) as receiver:  # type: ignore[arg-type]
        server.subscribe_webhooks(receiver.url)
        server.advance("room_recordings", _processing(server)[0])
        requests = receiver.wait_for(3)
        assert server.wait_for_deliveries()
    assert answers == [503, 503, 200]
    assert len({request.body for request in requests}) == 1
    log = server.webhook_deliveries()
    assert [(entry["attempt"], entry["outcome"], entry["status"]) for entry in log] == [
        (1, "retrying", 503),
        (2, "retrying", 503),
        (3, "delivered", 200),
    ]
    assert len({entry["delivery_id"] for entry in log}) == 1
    assert all(signature_valid(server, request) for request in requests)  # each attempt signed with its timestamp


def test_attempts_stop_at_the_vendors_limit(mock_server_factory):
    server = mock_server_factory("telnyx", recordings=200, webhook_time_scale=0.01)
    attempts = server.app.webhooks.settings.delivery.attempts
    with receiving(500) as receiver:
        server.subscribe_webhooks(receiver.url)
        server.advance("room_recordings", _processing(server)[0])
        receiver.wait_for(attempts)
        assert server.wait_for_deliveries()
        assert len(receiver.requests) == attempts
    assert server.webhook_deliveries()[-1]["outcome"] == "failed"


@pytest.mark.parametrize(("vendor", "retried"), [("cloudflare", False), ("telnyx", True)])
def test_4xx_is_retried_only_where_the_vendor_retries_it(vendor, retried, mock_server_factory):
    server = mock_server_factory(vendor, recordings=200, webhook_time_scale=0.01)
    with receiving(404) as receiver:
        server.subscribe_webhooks(receiver.url)
        name = "room_recordings" if vendor == "telnyx" else "recordings"
        items = server.app.store.collection(name).items.values()
        pending = next(str(item["id"]) for item in items if item["status"] in ("processing", "RECORDING"))
        if vendor == "cloudflare":
            server.app.store.collection(name).transition(server.app.store.collection(name).get(pending), "stop", {})
        else:
            server.advance(name, pending)
        assert server.wait_for_deliveries()
    first = server.webhook_deliveries()[0]
    outcomes = [entry["outcome"] for entry in server.webhook_deliveries() if entry["event_id"] == first["event_id"]]
    assert outcomes == (["retrying", "retrying", "failed"] if retried else ["failed"])


def test_network_errors_are_retried_and_logged(mock_server_factory):
    server = mock_server_factory("telnyx", recordings=200, webhook_time_scale=0.01, webhook_timeout=1)
    with receiving() as receiver:
        dead = receiver.url
    server.subscribe_webhooks(dead)  # nothing listens there any more
    server.advance("room_recordings", _processing(server)[0])
    assert server.wait_for_deliveries()
    log = server.webhook_deliveries()
    assert [entry["outcome"] for entry in log] == ["retrying", "retrying", "failed"]
    assert all(entry["status"] is None and "Connect" in entry["error"] for entry in log)


def test_duplicate_fault_sends_the_same_delivery_twice(mock_server_factory):
    server = mock_server_factory("telnyx", recordings=200)
    with receiving() as receiver:
        server.subscribe_webhooks(receiver.url)
        server.webhook_fault("duplicate")
        server.advance("room_recordings", _processing(server)[0])
        first, second = receiver.wait_for(2)
        assert server.wait_for_deliveries()
    assert first.body == second.body
    assert signature_valid(server, first) and signature_valid(server, second)
    assert [entry["duplicate"] for entry in server.webhook_deliveries()] == [False, True]


def test_bad_signature_fault_fails_verification_once(mock_server_factory):
    server = mock_server_factory("telnyx", recordings=200)
    pending = _processing(server)
    with receiving() as receiver:
        server.subscribe_webhooks(receiver.url)
        server.webhook_fault("bad-signature", count=1)
        server.advance("room_recordings", pending[0])
        server.advance("room_recordings", pending[1])
        bad, good = receiver.wait_for(2)
    assert not signature_valid(server, bad)
    assert signature_valid(server, good)


def test_out_of_order_fault_sends_an_event_after_the_next_one(mock_server_factory):
    server = mock_server_factory("telnyx", recordings=200)
    pending = _processing(server)
    with receiving() as receiver:
        server.subscribe_webhooks(receiver.url)
        server.webhook_fault("out-of-order")
        server.advance("room_recordings", pending[0])
        time.sleep(0.3)
        server.advance("room_recordings", pending[1])
        requests = receiver.wait_for(2)
    ids = [json.loads(request.body)["data"]["payload"]["recording_id"] for request in requests]
    assert ids == [pending[1], pending[0]]


def test_delay_fault_holds_a_delivery_back(mock_server_factory):
    server = mock_server_factory("telnyx", recordings=200)
    with receiving() as receiver:
        server.subscribe_webhooks(receiver.url)
        server.webhook_fault("delay=700ms")
        started = time.monotonic()
        server.advance("room_recordings", _processing(server)[0])
        receiver.wait_for(1)
        assert server.wait_for_deliveries()  # the attempt is logged once its answer is read, after the receiver saw it
    assert time.monotonic() - started >= 0.7
    assert server.webhook_deliveries()[0]["faults"] == ["delay=0.7s"]


def test_a_slow_receiver_never_slows_the_api(mock_server_factory):
    server = mock_server_factory("videosdk", webhook_timeout=3)
    release = threading.Event()

    def slow(request: ReceivedRequest) -> int:
        release.wait(3)
        return 200

    token = {"Authorization": "mock-videosdk-token"}
    with receiving(slow) as receiver, httpx.Client(headers=token, timeout=10) as http:
        body = {"roomId": "wxyz-efgh-ijkl", "webhookUrl": receiver.url}
        started = time.monotonic()
        assert http.post(server.base_url + "/v2/recordings/start", json=body).status_code == 200
        assert http.post(server.base_url + "/v2/recordings/end", json={"roomId": "wxyz-efgh-ijkl"}).status_code == 200
        elapsed = time.monotonic() - started
        release.set()
        receiver.wait_for(4)
    assert elapsed < 1.0


def test_a_full_queue_drops_events_and_logs_them(mock_server_factory):
    server = mock_server_factory("telnyx", recordings=400, seed=5, webhook_queue_limit=1)
    pending = _processing(server)
    assert len(pending) >= 3
    with receiving() as receiver:
        server.subscribe_webhooks(receiver.url)
        with server.app.store.lock:  # every event is emitted before the delivery thread can take one
            for item_id in pending:
                server.app.store.collection("room_recordings").finish(
                    server.app.store.collection("room_recordings").get(item_id)
                )
        assert server.wait_for_deliveries()
    outcomes = [entry["outcome"] for entry in server.webhook_deliveries()]
    assert outcomes.count("dropped") == len(pending) - 1
    assert outcomes.count("delivered") == 1 == len(receiver.requests)


def test_reset_forgets_subscriptions_deliveries_and_faults(mock_server_factory):
    server = mock_server_factory("telnyx", recordings=200)
    with receiving() as receiver:
        server.subscribe_webhooks(receiver.url)
        server.advance("room_recordings", _processing(server)[0])
        receiver.wait_for(1)
        server.webhook_fault("duplicate", count=5)
        assert server.wait_for_deliveries()
        httpx.post(server.origin + "/_mock/admin/reset")
        assert server.webhook_deliveries() == []
        assert httpx.get(server.origin + "/_mock/admin/webhooks/subscriptions").json() == []
        assert httpx.get(server.origin + "/_mock/admin/webhooks/faults").json() == []
        server.advance("room_recordings", _processing(server)[0])
        assert server.wait_for_deliveries()
        assert len(receiver.requests) == 1
    assert server.webhook_deliveries() == []  # nobody subscribed: no event is made


def test_admin_routes_refuse_bad_input(mock_server_factory):
    server = mock_server_factory("telnyx")
    admin = server.origin + "/_mock/admin/webhooks"
    with httpx.Client(timeout=10) as http:
        assert http.post(admin + "/subscriptions", json={"url": "ftp://x"}).status_code == 400
        assert http.post(admin + "/subscriptions", json={"url": "http://h/x", "events": ["nope"]}).status_code == 400
        assert http.post(admin + "/subscriptions", json={"url": "http://h/x", "extra": 1}).status_code == 400
        bad_fault = http.post(admin + "/faults", json={"fault": "explode"})
        assert bad_fault.status_code == 400 and "delay=2s" in bad_fault.json()["error"]
        assert http.post(admin + "/faults", json={"fault": "duplicate", "count": 0}).status_code == 400
        assert http.post(admin + "/faults", json={"fault": "duplicate", "count": 2}).json() == {"queued": True}
        assert http.get(admin + "/faults").json() == [{"fault": "duplicate", "count": 2}]
        entry = http.post(admin + "/subscriptions", json={"url": "http://h/x", "events": ["*"]}).json()
        assert http.delete(f"{admin}/subscriptions/{entry['id']}").json() == {"removed": 1}
        assert http.delete(f"{admin}/subscriptions/{entry['id']}").status_code == 404


def test_webhook_routes_are_404_without_x_webhooks(widgets):
    server, _ = widgets()
    answer = httpx.get(server.origin + "/_mock/admin/webhooks/deliveries")
    assert answer.status_code == 404 and "x-webhooks" in answer.json()["error"]
    assert server.webhook_public_key() is None


def test_delivery_fault_parsing():
    assert parse_delivery_fault("delay=2s").seconds == 2
    assert parse_delivery_fault("DELAY=250ms").seconds == 0.25
    assert parse_delivery_fault("out-of-order").kind == "out-of-order"
    with pytest.raises(ValueError, match="unknown delivery fault"):
        parse_delivery_fault("delay")


def test_a_given_private_key_signs_and_is_published(tmp_path: Path, mock_server_factory):
    private = ed25519.Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    (tmp_path / "key.pem").write_bytes(pem)
    server = mock_server_factory("telnyx", webhook_private_key=str(tmp_path / "key.pem"))
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    import base64

    assert server.webhook_public_key() == base64.b64encode(raw).decode()
    with pytest.raises(specmock.MockConfigError, match="needs a RSAPrivateKey"):
        specmock.create_app("videosdk", webhook_private_key=pem.decode()).webhooks.public_key()  # type: ignore[union-attr]


def test_mock_yaml_webhook_rules_are_checked_against_the_spec(tmp_path: Path):
    source = specmock.config.ROOT / "specs" / "superviz"
    target = tmp_path / "superviz"
    target.mkdir()
    for name in ("openapi.yaml", "package.yaml"):
        (target / name).write_text((source / name).read_text())
    mock = yaml.safe_load((source / "mock.yaml").read_text())
    mock["webhooks"]["events"][0]["event"] = "RECORDING_DONE"
    (target / "mock.yaml").write_text(yaml.safe_dump(mock))
    vendor = specmock.load_vendor("superviz", tmp_path)
    with pytest.raises(specmock.MockConfigError, match=r"webhooks\.events\.0\.event: 'RECORDING_DONE'"):
        specmock.create_app(vendor)
