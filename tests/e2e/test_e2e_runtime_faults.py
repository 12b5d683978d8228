"""The generated clients' runtime against the mock's fault injection: retries, Retry-After, no retried POSTs,
resumed downloads, unparseable bodies and unknown enum values. Needs the in-process mock (server-side counters)."""

from __future__ import annotations

import uuid

import pytest
from cloudflare_realtimekit_recordings import APIConnectionError as CloudflareConnectionError
from cloudflare_realtimekit_recordings import InternalServerError as CloudflareServerError
from cloudflare_realtimekit_recordings.models import RecordingStatus
from telnyx_room_recordings import (
    APIResponseValidationError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
)
from telnyx_room_recordings.models import PageParams

import specmock


@pytest.fixture
def telnyx(api_factory):
    api = api_factory("telnyx", seed=41, recordings=50)
    return api, api.mock()


def _record_sleeps(client) -> list[float]:
    sleeps: list[float] = []
    client._sleep = sleeps.append
    return sleeps


def test_429_with_retry_after_then_success(telnyx):
    api, server = telnyx
    server.fail_next(1, "429;retry-after=1", operation="ListRoomRecordings")
    with api.client() as client:
        sleeps = _record_sleeps(client)
        page = client.room_recordings.list()
    assert page.meta.total_results == 50
    assert sleeps == [1.0]  # waited what Retry-After said, not the (tiny) backoff
    assert server.stats()["ListRoomRecordings"] == 2


def test_429_header_fault_counts_and_gives_up(telnyx):
    api, server = telnyx
    with api.client(max_retries=1) as client:
        _record_sleeps(client)
        with pytest.raises(RateLimitError) as limited:
            client.room_recordings.list(extra_headers={"X-Mock-Fault": "429;retry-after=2"})
    assert limited.value.headers["retry-after"] == "2"
    assert limited.value.body["errors"][0]["code"] == "10011"
    assert server.stats()["ListRoomRecordings"] == 2


def test_503_is_retried_until_success(telnyx):
    api, server = telnyx
    server.fail_next(2, "503", operation="ListRoomRecordings")
    with api.client(max_retries=2) as client:
        sleeps = _record_sleeps(client)
        assert client.room_recordings.list().data
    assert len(sleeps) == 2
    assert server.stats()["ListRoomRecordings"] == 3


def test_fail_next_n_beyond_the_budget_raises(telnyx):
    api, server = telnyx
    server.fail_next(3, "500")
    with api.client(max_retries=2) as client:
        _record_sleeps(client)
        with pytest.raises(InternalServerError):
            client.room_recordings.list()
        assert client.room_recordings.list().data  # the fourth request is served normally
    assert server.stats()["ListRoomRecordings"] == 4


def test_post_start_is_never_retried(api_factory):
    api = api_factory("cloudflare", seed=42)
    server = api.mock()
    with api.client(max_retries=3) as client:
        sleeps = _record_sleeps(client)
        server.fail_next(1, "503", operation="start_recording")
        with pytest.raises(CloudflareServerError):
            client.recordings.start(body={"meeting_id": str(uuid.uuid4())})
        assert server.stats()["start_recording"] == 1
        # a dropped connection after the server acted is not retried either: the recording exists once
        meeting = uuid.uuid4()
        with pytest.raises(CloudflareConnectionError):
            client.recordings.start(body={"meeting_id": str(meeting)}, extra_headers={"X-Mock-Fault": "drop"})
        assert server.stats()["start_recording"] == 2
        assert sleeps == []
        assert client.recordings.list(meeting_id=meeting).paging.total_count == 1
        # while an idempotent GET with the same fault is retried and succeeds
        server.fail_next(1, "drop", operation="get_all_recordings")
        assert client.recordings.list(meeting_id=meeting).paging.total_count == 1
        assert server.stats()["get_all_recordings"] == 3


def test_dropped_download_resumes_with_range(telnyx, tmp_path):
    api, server = telnyx
    with api.client() as client:
        recording = client.room_recordings.list(page=PageParams(size=50)).data
        completed = next(item for item in recording if item.status == "completed")
        server.fail_next(1, "drop", route="files")  # the connection drops half way through the file
        result = client.download(completed, tmp_path / "track.webm", chunk_size=1 << 14)
    size = round(completed.size_mb * 1_000_000)
    assert result.size == size
    requests = server.file_requests
    assert len(requests) == 2 and requests[0][1] is None
    resumed_at = int(requests[1][1].removeprefix("bytes=").removesuffix("-"))
    assert 0 < resumed_at <= size // 2
    expected = specmock.expected_bytes(server.app.options.seed, "room_recordings", str(completed.id), 0, size)
    assert (tmp_path / "track.webm").read_bytes() == expected


@pytest.mark.anyio
async def test_dropped_download_resumes_async(api_factory, tmp_path):
    api = api_factory("videosdk", seed=43)
    server = api.mock()
    async with api.async_client() as client:
        recording = (await client.recordings.list(per_page=1)).data[0]
        server.fail_next(1, "drop", route="files")
        result = await client.download(recording, tmp_path / "room.mp4", chunk_size=1 << 14)
    assert result.size == recording.file.size
    assert [range_ is None for _, range_ in server.file_requests] == [True, False]


@pytest.mark.parametrize("fault", ["invalid-json", "truncate"])
def test_unparseable_body_is_a_validation_error(telnyx, fault):
    api, server = telnyx
    with api.client() as client, pytest.raises(APIResponseValidationError) as bad:
        client.room_recordings.list(extra_headers={"X-Mock-Fault": fault})
    assert bad.value.status_code == 200
    assert server.stats()["ListRoomRecordings"] == 1  # not retried: the server answered


def test_unknown_enum_value_is_kept(api_factory):
    api = api_factory("cloudflare", seed=44)
    api.mock()
    with api.client() as client:
        recording = client.recordings.list(per_page=1).data[0]
        fetched = client.recordings.get(recording.id, extra_headers={"X-Mock-Fault": "unknown-enum"}).data
    assert fetched.status.is_unknown
    assert fetched.status == "MOCK_UNKNOWN_ENUM_VALUE"
    assert not RecordingStatus.UPLOADED.is_unknown


def test_latency_beyond_the_timeout(telnyx):
    api, _ = telnyx
    with api.client(timeout=0.2, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            client.room_recordings.list(extra_headers={"X-Mock-Fault": "latency=600ms"})
        assert client.room_recordings.list(extra_headers={"X-Mock-Fault": "latency=50ms"}).data
