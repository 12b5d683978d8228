"""SuperViz: list with filters and paging, both auth headers, transcripts (passphrase), sync and async."""

from __future__ import annotations

import pytest
from superviz_recordings import AuthenticationError, NotFoundError
from superviz_recordings.models import RecordingStatus


def test_list_filters_paging_and_auth(api_factory):
    api = api_factory("superviz", seed=31, recordings=55)
    with api.client() as client:
        first = client.recordings.list(take=10)
        assert first.pagination.limit == 10 and len(first.data) <= 10
        everything = list(client.recordings.iter_list(page_size=10))
        assert len(everything) == len({item.uuid for item in everything}) == first.pagination.total
        assert first.pagination.total_pages == -(-first.pagination.total // 10)

        room = everything[0].room_id
        in_room = list(client.recordings.iter_list(room_id=room, page_size=7))
        assert {item.uuid for item in in_room} == {item.uuid for item in everything if item.room_id == room}
        meeting = everything[0].meeting_id
        assert all(item.meeting_id == meeting for item in client.recordings.list(meeting_id=meeting).data)
        assert {item.status for item in everything} <= {RecordingStatus.AVAILABLE, RecordingStatus.PROCESSING}

    for wrong in ({"client_id": "not-the-client"}, {"secret": "not-the-secret"}):
        with api.client(**wrong) as client, pytest.raises(AuthenticationError) as denied:
            client.recordings.list()
        assert denied.value.body["statusCode"] == 401


def test_transcripts(api_factory):
    api = api_factory("superviz", seed=32)
    api.writes()
    with api.client() as client:
        recording = client.recordings.list(take=1).data[0]
        client.transcripts.create(body={"recordingId": str(recording.uuid), "language": "en-US"})
        segments = client.transcripts.get(str(recording.uuid))
        assert segments and all(segment.user_name.startswith("Speaker ") for segment in segments)
        assert isinstance(client.transcripts.get_summary(str(recording.uuid)), str)
        with_transcripts = client.recordings.list_with_transcripts(room_id=recording.room_id)
        assert recording.uuid in {item.uuid for item in with_transcripts.data}
        with pytest.raises(NotFoundError):
            client.transcripts.create(body={"recordingId": "no-such-recording", "language": "en-US"})
    with api.client(passphrase="wrong") as client, pytest.raises(AuthenticationError):
        client.transcripts.get(str(recording.uuid))


@pytest.mark.anyio
async def test_async_listing_and_download(api_factory, tmp_path):
    api = api_factory("superviz", seed=33)
    async with api.async_client() as client:
        items = [item async for item in client.recordings.iter_list(page_size=4, limit=9)]
        assert len(items) == 9
        available = next(item for item in items if item.status == RecordingStatus.AVAILABLE)
        result = await client.download(available, tmp_path / "meeting.mp4")
        assert result.size > 0
