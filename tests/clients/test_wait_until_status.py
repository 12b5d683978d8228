"""wait_until_status against the real mock (issue 11, item 9): pause a Cloudflare recording once it is RECORDING.

Right after ``start`` the recording is ``INVOKED`` and a pause is a 409; waiting for ``RECORDING`` first makes the
README's start → pause → stop → download sequence work as written.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Iterator
from typing import Any

import pytest
from cloudflare_realtimekit_recordings import (
    AsyncCloudflareRealtimeKitRecordings,
    CloudflareRealtimeKitRecordings,
    ConflictError,
    WaiterFailureError,
)
from cloudflare_realtimekit_recordings.models import RecordingDetails, RecordingStatus

import specmock
from tests.clients.speclib import vendors

MEETING = "97440c6a-140b-40a9-9499-b23fd7a3868a"


@pytest.fixture(scope="module")
def server() -> Iterator[specmock.MockServer]:
    with specmock.running("cloudflare", recordings=5) as running:
        yield running


def _fast(client: Any) -> Any:
    client._sleep = lambda seconds: time.sleep(min(seconds, 0.01))
    return client


def test_pause_right_after_start_is_a_conflict_and_waiting_for_recording_fixes_it(server) -> None:
    with _fast(CloudflareRealtimeKitRecordings(**server.client_kwargs())) as cf:
        started = cf.recordings.start(body={"meeting_id": MEETING})
        assert started.data.status == RecordingStatus.INVOKED
        with pytest.raises(ConflictError):
            cf.recordings.update(started.data.id, body={"action": "pause"})
        running = cf.recordings.wait_until_status(started.data.id, status=RecordingStatus.RECORDING, poll_interval=1)
        assert running.data.status == RecordingStatus.RECORDING
        paused = cf.recordings.update(started.data.id, body={"action": "pause"})
        assert paused.data.status == RecordingStatus.PAUSED
        cf.recordings.update(started.data.id, body={"action": "stop"})
        with pytest.raises(WaiterFailureError) as caught:  # stopped: it will never record again
            cf.recordings.wait_until_status(started.data.id, status="RECORDING", poll_interval=1)
        assert caught.value.status == "UPLOADED"


@pytest.mark.anyio
async def test_async_wait_until_status(server) -> None:
    async with AsyncCloudflareRealtimeKitRecordings(**server.client_kwargs()) as cf:
        started = await cf.recordings.start(body={"meeting_id": "5a0b2b8c-1d2e-4f3a-9b8c-7d6e5f4a3b2c"})
        assert isinstance(started.data, RecordingDetails)
        running = await cf.recordings.wait_until_status(
            started.data.id, status=["RECORDING", "PAUSED"], poll_interval=0.05
        )
        assert getattr(running.data, "status", None) == RecordingStatus.RECORDING
        await cf.recordings.update(started.data.id, body={"action": "stop"})


def test_every_resource_with_a_waiter_has_wait_until_status() -> None:
    found = 0
    for vendor in vendors():
        for cls in (vendor.client(**_kwargs(vendor)), vendor.async_client(**_kwargs(vendor))):
            for resource in vars(cls).values():
                done = getattr(type(resource), "wait_until_done", None)
                if done is None:
                    continue
                found += 1
                status = inspect.signature(type(resource).wait_until_status).parameters
                assert [p for p in status if p != "status"] == list(inspect.signature(done).parameters)
                assert status["status"].kind is inspect.Parameter.KEYWORD_ONLY
    assert found >= 6  # cloudflare, telnyx, videosdk; sync and async


def _kwargs(vendor: Any) -> dict[str, Any]:
    with specmock.running(vendor.key) as running:
        return running.client_kwargs()
