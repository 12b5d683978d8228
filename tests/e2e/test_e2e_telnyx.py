"""Telnyx room recordings: filters and paging over 10,000 recordings, view, delete, bulk delete with a filter."""

from __future__ import annotations

import datetime

import pytest
from telnyx_room_recordings import NotFoundError
from telnyx_room_recordings.models import DateStartedAtFilter, PageParams, RoomRecordingFilter


def test_paging_over_ten_thousand_recordings(api_factory):
    api = api_factory("telnyx", seed=3, recordings=10_000)
    with api.client() as client:
        first = client.room_recordings.list(page=PageParams(number=1, size=250))
        total = first.meta.total_results
        assert first.meta.total_pages == -(-total // 250)
        assert api.server is None or total == 10_000
        seen = [item.id for item in client.room_recordings.iter_list(page_size=250)]
        assert len(seen) == len(set(seen)) == total
        last = client.room_recordings.list(page=PageParams(number=first.meta.total_pages, size=250))
        assert last.meta.page_number == first.meta.total_pages
        assert len(last.data) == total - 250 * (first.meta.total_pages - 1)
        assert client.room_recordings.list(page=PageParams(number=first.meta.total_pages + 1, size=250)).data == []


def test_filters(api_factory):
    api = api_factory("telnyx", seed=4, recordings=400)
    with api.client() as client:
        everything = list(client.room_recordings.iter_list(page_size=250))
        room = everything[0].room_id
        in_room = list(client.room_recordings.iter_list(filter_=RoomRecordingFilter(room_id=room), page_size=50))
        assert {item.id for item in in_room} == {item.id for item in everything if item.room_id == room}

        audio = client.room_recordings.list(filter_=RoomRecordingFilter(type_="audio"), page=PageParams(size=250))
        assert audio.meta.total_results == sum(item.type_ == "audio" for item in everything)

        long_ones = list(client.room_recordings.iter_list(filter_=RoomRecordingFilter(duration_secs=3000)))
        assert {item.id for item in long_ones} == {item.id for item in everything if item.duration_secs >= 3000}

        day = everything[10].started_at.date()
        since = list(
            client.room_recordings.iter_list(
                filter_=RoomRecordingFilter(date_started_at=DateStartedAtFilter(gte=day)), page_size=250
            )
        )
        assert {item.id for item in since} == {item.id for item in everything if item.started_at.date() >= day}
        on_day = client.room_recordings.list(filter_=RoomRecordingFilter(date_started_at=DateStartedAtFilter(eq=day)))
        assert on_day.data and all(item.started_at.date() == day for item in on_day.data)


def test_view_delete_and_bulk_delete(api_factory):
    api = api_factory("telnyx", seed=5, recordings=300)
    api.writes()
    with api.client() as client:
        everything = list(client.room_recordings.iter_list(page_size=250))
        victim = everything[0]
        assert client.room_recordings.get(victim.id).data.id == victim.id
        assert client.room_recordings.delete(victim.id) is None
        with pytest.raises(NotFoundError) as missing:
            client.room_recordings.get(victim.id)
        assert missing.value.body["errors"][0]["code"] == "10005"

        room = everything[1].room_id
        expected = sum(item.room_id == room for item in everything[1:])
        deleted = client.room_recordings.delete_bulk(filter_=RoomRecordingFilter(room_id=room))
        assert deleted.data.room_recordings == expected
        assert client.room_recordings.list(filter_=RoomRecordingFilter(room_id=room)).meta.total_results == 0
        remaining = client.room_recordings.list(page=PageParams(size=1)).meta.total_results
        assert remaining == len(everything) - 1 - expected


def test_processing_recording_completes_and_downloads(api_factory, tmp_path):
    api = api_factory("telnyx", seed=6, recordings=200)
    with api.client() as client:
        processing = client.room_recordings.list(
            filter_=RoomRecordingFilter(status="processing"), page=PageParams(size=1)
        ).data
        if not processing:
            pytest.skip("no recording is processing")
        recording = client.room_recordings.wait_until_done(processing[0].id, timeout=30, poll_interval=0.01).data
        assert recording.status == "completed" and recording.download_url
        assert recording.completed_at >= recording.ended_at
        result = client.download(recording, tmp_path / "track.webm")
        assert result.size == round(recording.size_mb * 1_000_000)


@pytest.mark.anyio
async def test_async_list_view_and_bulk_delete(api_factory):
    api = api_factory("telnyx", seed=7, recordings=1_000)
    api.writes()
    async with api.async_client() as client:
        ids = [item.id async for item in client.room_recordings.iter_list(page_size=100)]
        assert len(ids) == len(set(ids))
        assert (await client.room_recordings.get(ids[-1])).data.id == ids[-1]
        until = datetime.date(2026, 6, 1)
        old = (
            await client.room_recordings.list(
                filter_=RoomRecordingFilter(date_started_at=DateStartedAtFilter(lte=until))
            )
        ).meta
        deleted = await client.room_recordings.delete_bulk(
            filter_=RoomRecordingFilter(date_started_at=DateStartedAtFilter(lte=until))
        )
        assert deleted.data.room_recordings == old.total_results
