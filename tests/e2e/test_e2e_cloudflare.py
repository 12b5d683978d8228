"""Cloudflare RealtimeKit: start → listed → pause → resume → stop → UPLOADED (waiter) → download, sync and async."""

from __future__ import annotations

import uuid

import pytest
from cloudflare_realtimekit_recordings import ConflictError, NotFoundError
from cloudflare_realtimekit_recordings.models import RecordingSortBy, RecordingStatus, SortOrder

import specmock


def _expected_file(server: specmock.MockServer | None, recording_id: str, size: int) -> bytes | None:
    if server is None:
        return None
    return specmock.expected_bytes(server.app.options.seed, "recordings", recording_id, 0, size)


def test_recording_lifecycle_sync(api_factory, tmp_path):
    api = api_factory("cloudflare", seed=11)
    api.writes()
    meeting = str(uuid.uuid4())
    with api.client() as client:
        with pytest.raises(NotFoundError):
            client.recordings.get_active(meeting)

        started = client.recordings.start(body={"meeting_id": meeting, "file_name_prefix": "e2e-"})
        recording_id = started.data.id
        assert started.success is True
        assert started.data.status == RecordingStatus.INVOKED
        assert started.data.download_url is None

        listed = client.recordings.list(meeting_id=meeting)
        assert [item.id for item in listed.data] == [recording_id]
        assert listed.paging.total_count == 1
        assert listed.data[0].meeting.id == meeting

        with pytest.raises(ConflictError):  # one recording per meeting unless allow_multiple_recordings
            client.recordings.start(body={"meeting_id": meeting})

        assert client.recordings.get(recording_id).data.status == RecordingStatus.RECORDING  # invoked → recording
        assert client.recordings.get_active(meeting).data.id == recording_id

        assert client.recordings.update(recording_id, body={"action": "pause"}).data.status == RecordingStatus.PAUSED
        with pytest.raises(ConflictError) as illegal:
            client.recordings.update(recording_id, body={"action": "pause"})
        assert illegal.value.status_code == 409
        assert "PAUSED" in illegal.value.message
        assert (
            client.recordings.update(recording_id, body={"action": "resume"}).data.status == RecordingStatus.RECORDING
        )
        stopped = client.recordings.update(recording_id, body={"action": "stop"})
        assert stopped.data.status == RecordingStatus.UPLOADING
        assert stopped.data.stopped_time is not None

        with pytest.raises(NotFoundError):
            client.recordings.get_active(meeting)
        with pytest.raises(ConflictError):
            client.recordings.update(recording_id, body={"action": "resume"})

        done = client.recordings.wait_until_done(recording_id, timeout=30, poll_interval=0.01)
        assert done.data.status == RecordingStatus.UPLOADED
        assert done.data.download_url and done.data.file_size

        target = tmp_path / "recording.mp4"
        result = client.download(done.data, target)
        assert result.size == done.data.file_size == target.stat().st_size
        expected = _expected_file(api.server, str(recording_id), int(done.data.file_size))
        assert expected is None or target.read_bytes() == expected

        final = client.recordings.get(recording_id).data
        assert final.status == RecordingStatus.UPLOADED
        assert final.stop_reason.reason == "API_CALL"
        assert final.output_file_name.startswith("e2e-")

        uploaded = client.recordings.list(meeting_id=meeting, status=[RecordingStatus.UPLOADED])
        assert [item.id for item in uploaded.data] == [recording_id]


@pytest.mark.anyio
async def test_recording_lifecycle_async(api_factory, tmp_path):
    api = api_factory("cloudflare", seed=12)
    api.writes()
    meeting = str(uuid.uuid4())
    async with api.async_client() as client:
        started = await client.recordings.start(body={"meeting_id": meeting})
        recording_id = started.data.id
        listed = await client.recordings.list(meeting_id=meeting)
        assert [item.id for item in listed.data] == [recording_id]
        assert (await client.recordings.get(recording_id)).data.status == RecordingStatus.RECORDING
        for action, status in (("pause", "PAUSED"), ("resume", "RECORDING"), ("stop", "UPLOADING")):
            assert (await client.recordings.update(recording_id, body={"action": action})).data.status == status
        done = await client.recordings.wait_until_done(recording_id, timeout=30, poll_interval=0.01)
        assert done.data.status == RecordingStatus.UPLOADED
        result = await client.download(done.data, tmp_path / "recording.mp4")
        assert result.size == done.data.file_size


def test_list_filters_sorting_and_paging(api_factory):
    api = api_factory("cloudflare", seed=5, recordings=120)
    with api.client() as client:
        everything = list(client.recordings.iter_list(page_size=25))
        total = client.recordings.list(per_page=1).paging.total_count
        assert len(everything) == total == (120 if api.server else total)
        assert len({item.id for item in everything}) == len(everything)
        times = [item.invoked_time for item in everything]
        assert times == sorted(times, reverse=True)  # newest first by default

        page = client.recordings.list(page_no=2, per_page=10)
        assert (page.paging.start_offset, page.paging.end_offset) == (11, 20)
        assert [item.id for item in page.data] == [item.id for item in everything[10:20]]

        ascending = client.recordings.list(sort_by=RecordingSortBy.INVOKEDTIME, sort_order=SortOrder.ASC, per_page=5)
        assert [item.id for item in ascending.data] == [item.id for item in reversed(everything)][:5]

        wanted = [RecordingStatus.ERRORED, RecordingStatus.UPLOADED]
        filtered = list(client.recordings.iter_list(status=wanted, page_size=50))
        assert filtered and {item.status for item in filtered} <= set(wanted)
        assert len(filtered) == sum(item.status in wanted for item in everything)

        meeting = everything[0].meeting
        by_title = list(client.recordings.iter_list(search=meeting.title.upper()[:6], page_size=50))
        assert meeting.id in {item.meeting.id for item in by_title}

        expired = client.recordings.list(expired=True, per_page=200).data
        assert all(item.download_url_expiry is not None for item in expired)
