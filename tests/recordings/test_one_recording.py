"""get / refresh / download / wait_until_ready / start / stop / delete through the common API, sync and async."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest

from recordings import (
    AsyncRecordings,
    CapabilityError,
    NotReady,
    Recording,
    Recordings,
    RecordingsError,
    Status,
)
from tests.recordings.libkit import adapters, make_clients

COMMON = ("id", "session_id", "status", "raw_status", "started_at", "ended_at", "size_bytes", "download_url")


def newest_ready(rec: Recordings, vendor: str) -> Recording:
    return next(iter(rec.list(vendors=[vendor], status="ready")))


def test_get_matches_the_listing(clients: dict[str, Any]) -> None:
    rec = Recordings(clients=clients)
    for vendor in clients:
        if "get" not in adapters()[vendor].capabilities:
            continue
        listed = newest_ready(rec, vendor)
        got = rec.get(vendor, listed.id)
        assert got.key == listed.key == f"{vendor}:{listed.id}"
        for field in COMMON:
            assert getattr(got, field) == getattr(listed, field), (vendor, field)
        assert got.raw is not None and type(got.raw).__module__.startswith(
            type(clients[vendor]).__module__.split(".")[0]
        )
    with pytest.raises(RecordingsError, match="non-empty"):
        rec.get(sorted(clients)[0], "")


def test_refresh_without_get_finds_the_recording_by_listing(clients: dict[str, Any]) -> None:
    rec = Recordings(clients=clients)
    listed = newest_ready(rec, "superviz")
    again = rec.refresh(listed)
    assert again.key == listed.key and again.download_url == listed.download_url


def test_download_every_vendor_to_a_directory(clients: dict[str, Any], tmp_path: Path) -> None:
    rec = Recordings(clients=clients)
    for vendor in clients:
        listed = newest_ready(rec, vendor)
        seen: list[int] = []

        def progress(done: int, _total: int | None, seen: list[int] = seen) -> None:
            seen.append(done)

        path = rec.download(listed, tmp_path, on_progress=progress)
        assert path.parent == tmp_path and path.name.startswith(f"{vendor}-")
        assert path.is_file() and path.stat().st_size > 0
        if listed.size_bytes is not None and vendor != "telnyx":  # telnyx sizes are whole 10 kB (size_mb, 2 decimals)
            assert path.stat().st_size == listed.size_bytes
        assert seen and seen[-1] == path.stat().st_size


def test_download_by_key_to_a_file_path(clients: dict[str, Any], tmp_path: Path) -> None:
    rec = Recordings(clients=clients)
    listed = newest_ready(rec, "telnyx")
    target = rec.download(listed.key, tmp_path / "x.webm")
    assert target == tmp_path / "x.webm" and target.stat().st_size > 0


def test_download_of_a_recording_without_file_is_not_ready(clients: dict[str, Any], tmp_path: Path) -> None:
    rec = Recordings(clients=clients)
    live = next(iter(rec.list(vendors=["cloudflare"], status="recording")))
    with pytest.raises(NotReady, match="no download URL"):
        rec.download(live, tmp_path)


def test_expired_download_url_is_refreshed_first(clients: dict[str, Any], tmp_path: Path) -> None:
    rec = Recordings(clients=clients)
    listed = newest_ready(rec, "cloudflare")
    expired = dataclasses.replace(listed, download_url=None, download_expires_at=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    assert expired.download_expired()
    path = rec.download(expired, tmp_path)
    assert path.stat().st_size == listed.size_bytes


def test_start_stop_and_wait_until_ready(fresh: dict[str, Any]) -> None:
    made = make_clients(fresh)
    rec = Recordings(clients=made)
    started = rec.start("cloudflare", meeting_id=str(uuid.uuid4()))
    assert started is not None and started.status is Status.RECORDING and started.raw_status == "INVOKED"
    stopped = rec.stop(started)
    assert stopped.key == started.key and stopped.status is Status.PROCESSING
    ready = rec.wait_until_ready(stopped.key, timeout=5, poll_interval=0.01)
    assert ready.status is Status.READY and ready.download_url
    with pytest.raises(NotReady, match="not ready after"):
        other = rec.start("cloudflare", meeting_id=str(uuid.uuid4()))
        assert other is not None
        rec.wait_until_ready(other, timeout=0.05, poll_interval=0.02)


def test_start_answering_no_recording_and_stop_fetching_it_again(fresh: dict[str, Any]) -> None:
    made = make_clients(fresh)
    rec = Recordings(clients=made)
    room = "room-under-test"
    assert rec.start("videosdk", roomId=room) is None
    live = next(iter(rec.list(vendors=["videosdk"], room=room)))
    assert live.status is Status.RECORDING and live.ended_at is None
    stopped = rec.stop(live)
    assert stopped.key == live.key and stopped.status is Status.READY and stopped.ended_at is not None


def test_delete_removes_the_recording(fresh: dict[str, Any]) -> None:
    made = make_clients(fresh)
    rec = Recordings(clients=made)
    victim = newest_ready(rec, "telnyx")
    rec.delete(victim)
    assert victim.key not in {r.key for r in rec.list(vendors=["telnyx"])}
    with pytest.raises(CapabilityError, match="superviz cannot delete"):
        rec.delete("superviz:whatever")


def test_reprs_and_dicts_mask_presigned_signatures() -> None:
    url = "https://bucket.example/file.mp4?X-Amz-Credential=AKIAX%2Fabc&X-Amz-Signature=deadbeefcafe&other=1"
    rec = Recording(vendor="v", id="1", download_url=url, status=Status.READY)
    for text in (repr(rec), str(rec.to_dict())):
        assert "deadbeefcafe" not in text and "AKIAX" not in text and "other=1" not in text
        assert "X-Amz-Signature=[REDACTED]" in text and "other=[REDACTED]" in text
    assert rec.to_dict(reveal=True)["download_url"] == url
    assert rec.to_dict()["status"] == "ready" and rec.to_dict()["key"] == "v:1"


def test_async_listing_matches_the_sync_one(servers: dict[str, Any], clients: dict[str, Any]) -> None:
    expected = [r.key for r in Recordings(clients=clients).list(status="ready")]

    async def run() -> tuple[list[str], Recording]:
        made = make_clients(servers, asynchronous=True)
        async with AsyncRecordings(clients=made) as rec:
            keys = [r.key async for r in rec.list(status="ready")]
            telnyx_id = next(k.split(":", 1)[1] for k in keys if k.startswith("telnyx:"))
            got = await rec.get("telnyx", telnyx_id)
        for client in made.values():
            await client.close()
        return keys, got

    keys, got = asyncio.run(run())
    assert keys == expected
    assert got.vendor == "telnyx" and got.status is Status.READY
