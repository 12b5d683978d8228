"""No head-of-line blocking: a receiver that is slow (or never answers) holds only its own lane; other receivers get
their deliveries at once, and each receiver still gets its deliveries in the order the events happened."""

from __future__ import annotations

import contextlib
import io
import json
import threading
import time

import pytest

import specmock
from specmock.app import create_app
from specmock.cli import main
from specmock.webhooks.receiver import ReceivedRequest, receiving


def _processing(server: specmock.MockServer) -> list[str]:
    items = server.app.store.collection("room_recordings").items.values()
    return [str(item["id"]) for item in items if item["status"] == "processing"]


def _recording_ids(requests: list[ReceivedRequest]) -> list[str]:
    return [json.loads(request.body)["data"]["payload"]["recording_id"] for request in requests]


def test_a_receiver_that_does_not_answer_does_not_delay_another(mock_server_factory):
    server = mock_server_factory("telnyx", recordings=300, seed=4, webhook_timeout=5)
    release = threading.Event()
    arrived: list[bytes] = []

    def stuck(request: ReceivedRequest) -> int:
        arrived.append(request.body)
        release.wait(8)
        return 200

    pending = _processing(server)[:4]
    assert len(pending) == 4
    with receiving(stuck) as slow, receiving() as fast:
        server.subscribe_webhooks(slow.url)  # subscribed first: its deliveries are due first
        server.subscribe_webhooks(fast.url)
        started = time.monotonic()
        for item_id in pending:
            server.advance("room_recordings", item_id)
        fast_requests = fast.wait_for(4, timeout=4)
        elapsed = time.monotonic() - started
        slow_so_far = len(arrived)
        release.set()
        slow_requests = slow.wait_for(4)
        assert server.wait_for_deliveries()
    assert elapsed < 1.0, f"the fast receiver waited {elapsed:.2f} s behind the slow one"
    assert slow_so_far == 1  # one attempt in flight per receiver; the rest wait in its lane
    assert _recording_ids(fast_requests) == pending == _recording_ids(slow_requests)  # order per receiver kept
    outcomes = {(entry["url"], entry["outcome"]) for entry in server.webhook_deliveries()}
    assert outcomes == {(slow.url, "delivered"), (fast.url, "delivered")}


def test_many_slow_receivers_are_served_in_parallel_up_to_the_pool_size(mock_server_factory):
    server = mock_server_factory("telnyx", recordings=300, seed=4)
    delay = 0.5

    def slow(request: ReceivedRequest) -> int:
        time.sleep(delay)
        return 200

    receivers = [receiving(slow) for _ in range(4)]
    entered = [context.__enter__() for context in receivers]
    try:
        for receiver in entered:
            server.subscribe_webhooks(receiver.url)
        started = time.monotonic()
        server.advance("room_recordings", _processing(server)[0])
        for receiver in entered:
            receiver.wait_for(1, timeout=5)
        elapsed = time.monotonic() - started
    finally:
        for context in receivers:
            context.__exit__(None, None, None)
    assert elapsed < 3 * delay, f"4 receivers of {delay} s each took {elapsed:.2f} s: sent one after another"


def test_webhook_workers_bounds_how_many_receivers_are_served_at_once(mock_server_factory):
    """``webhook_workers=1`` (``--webhook-workers 1``): one receiver at a time, so four slow ones take four delays."""
    server = mock_server_factory("telnyx", recordings=300, seed=4, webhook_workers=1)
    delay = 0.3

    def slow(request: ReceivedRequest) -> int:
        time.sleep(delay)
        return 200

    receivers = [receiving(slow) for _ in range(4)]
    entered = [context.__enter__() for context in receivers]
    try:
        for receiver in entered:
            server.subscribe_webhooks(receiver.url)
        started = time.monotonic()
        server.advance("room_recordings", _processing(server)[0])
        for receiver in entered:
            receiver.wait_for(1, timeout=10)
        elapsed = time.monotonic() - started
    finally:
        for context in receivers:
            context.__exit__(None, None, None)
    assert elapsed >= 4 * delay * 0.9, f"4 receivers of {delay} s each with one worker took only {elapsed:.2f} s"


@pytest.mark.parametrize("workers", [0, -2, 1.5])
def test_webhook_workers_below_one_are_refused(workers):
    with pytest.raises(ValueError, match="webhook_workers must be a whole number of at least 1"):
        create_app("telnyx", webhook_workers=workers)


@pytest.mark.parametrize("text", ["0", "-1", "two"])
def test_the_cli_refuses_webhook_workers_below_one(text):
    err = io.StringIO()
    with contextlib.redirect_stderr(err), pytest.raises(SystemExit) as exited:
        main(["serve", "--vendor", "telnyx", "--webhook-workers", text])
    assert exited.value.code == 2 and "not a whole number of at least 1" in err.getvalue()
