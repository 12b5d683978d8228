"""VideoSDK: start → end → list → get → download → delete (room, participant, track), merges with the waiter."""

from __future__ import annotations

import pytest
from videosdk_recordings import AuthenticationError, NotFoundError
from videosdk_recordings.models import MergeStatus, MergeStatusFilter

import specmock


def test_room_recording_workflow_sync(api_factory, tmp_path):
    api = api_factory("videosdk", seed=21)
    api.writes()
    room = "e2e1-room-test"
    with api.client() as client:
        assert (
            client.recordings.start(body={"roomId": room, "config": {"mode": "audio"}})
            == "Recording started successfully"
        )
        running = client.recordings.list(room_id=room)
        assert running.page_info.total == 1
        recording = running.data[0]
        assert recording.room_id == room and recording.end is None

        assert client.recordings.stop(body={"roomId": room}) == "Recording ended successfully"
        with pytest.raises(NotFoundError):  # nothing left to stop in this room
            client.recordings.stop(body={"roomId": room})

        stopped = client.recordings.get(recording.id)
        assert stopped.end is not None and stopped.file.file_url
        result = client.download(stopped, tmp_path / "room.mp4")
        assert result.size == stopped.file.size
        if api.server:
            seed = api.server.app.options.seed
            assert (tmp_path / "room.mp4").read_bytes() == specmock.expected_bytes(
                seed, "recordings", recording.id, 0, result.size
            )

        assert [item.id for item in client.recordings.iter_list(query="^e2e1-", page_size=5)] == [recording.id]
        assert client.recordings.delete(recording.id) == "Room recording deleted successfully"
        with pytest.raises(NotFoundError):
            client.recordings.get(recording.id)


@pytest.mark.anyio
async def test_room_recording_workflow_async_with_minted_jwt(api_factory):
    api = api_factory("videosdk", seed=22)
    api.writes()
    if api.server is None:
        pytest.skip("mints its token from the mock's API key and secret")
    credentials = {"token": None, "api_key": "mock-videosdk-api-key", "secret": "mock-videosdk-secret-0123456789abcdef"}
    async with api.async_client(**credentials) as client:
        await client.recordings.start(body={"roomId": "e2e2-room-test"})
        listed = await client.recordings.list(room_id="e2e2-room-test")
        recording_id = listed.data[0].id
        await client.recordings.stop(body={"roomId": "e2e2-room-test", "id": recording_id})
        assert (await client.recordings.get(recording_id)).end is not None
        await client.recordings.delete(recording_id)
        with pytest.raises(NotFoundError):
            await client.recordings.get(recording_id)
    async with api.async_client(token=None, api_key="mock-videosdk-api-key", secret="x" * 32) as wrong:
        with pytest.raises(AuthenticationError):
            await wrong.recordings.list()


def test_participant_and_track_recordings(api_factory):
    api = api_factory("videosdk", seed=23)
    api.writes()
    with api.client() as client:
        body = {"roomId": "e2e3-room-test", "participantId": "alice01"}
        client.participant_recordings.start(body=body)
        client.participant_recordings.stop(body=body)
        [participant] = client.participant_recordings.list(room_id="e2e3-room-test", participant_id="alice01").data
        assert participant.end is not None and participant.files[0].file_url

        client.track_recordings.start(body={**body, "kind": "audio"})
        [track] = client.track_recordings.list(participant_id="alice01").data
        assert track.end is None and track.files == []
        client.track_recordings.stop(body={**body, "kind": "audio"})
        assert client.track_recordings.get(track.id).files[0].type_ == "audio"
        client.track_recordings.delete(track.id)
        assert client.track_recordings.list(participant_id="alice01").page_info.total == 0


def test_merge_job_waiter_and_download(api_factory, tmp_path):
    api = api_factory("videosdk", seed=24)
    api.writes()
    with api.client() as client:
        job = client.merge_recordings.create(
            body={
                "sessionId": "6847c231fbaa8b416bc87014",
                "channel1": [{"participantId": "a"}],
                "channel2": [{"participantId": "b"}],
            }
        )
        assert job.recording.status == MergeStatus.RUNNING
        done = client.merge_recordings.wait_until_done(job.recording.id, timeout=30, poll_interval=0.01)
        assert done.status == MergeStatus.COMPLETED and done.file.file_url
        assert client.download(done, tmp_path / "merge.mp3").size == done.file.size
        completed = client.merge_recordings.list(status=MergeStatusFilter.COMPLETED, id=job.recording.id)
        assert [item.id for item in completed.recordings] == [job.recording.id]
