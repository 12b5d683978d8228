"""Downloads never write a wrong file (issue 11, item 4).

A partial file is resumed only when its sidecar proves it belongs to the same object (URL without query string,
size, ETag/Last-Modified sent back as ``If-Range``); anything else starts over, and so does a server that answers
for a different object. Two downloads to the same path at once cannot interleave their bytes: the second fails at
once with a clear error. Before issue 11 a leftover ``meeting.mp4.part`` from another recording was resumed on top
of, and the result (a mix of two files of the same size) passed the size check.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, cast

import httpx
import pytest

from generator.runtime import AsyncClient, DownloadError, SyncClient, download_async, download_sync
from tests.runtime.kit import Rig, make_settings
from tests.runtime.test_download import DATA, ETAG, PIECE, URL, FileServer, part_of, plant_part, sidecar_of

pytestmark = pytest.mark.anyio

OTHER = bytes(255 - b for b in DATA)  # another recording of exactly the same size


async def test_a_part_file_without_a_sidecar_is_not_resumed(make_rig, tmp_path: Path) -> None:
    dest = tmp_path / "meeting.mp4"
    part_of(dest).write_bytes(OTHER[: len(OTHER) // 2])  # left by some other program or an older client
    rig = make_rig(FileServer())
    result = await rig.download(URL, dest, expected_size=len(DATA))
    assert "range" not in rig.requests[0].headers
    assert dest.read_bytes() == DATA
    assert result.resumed_from == 0


async def test_a_part_file_of_another_recording_is_not_resumed(make_rig, tmp_path: Path) -> None:
    """The issue's case: the same destination name, another recording (another URL path) of the same size."""
    dest = tmp_path / "meeting.mp4"
    plant_part(dest, OTHER[:50_000], url="https://cdn.test/rec/OTHER.mp4")
    rig = make_rig(FileServer())
    result = await rig.download(URL, dest, expected_size=len(DATA))
    assert "range" not in rig.requests[0].headers
    assert dest.read_bytes() == DATA
    assert result.resumed_from == 0
    assert not sidecar_of(dest).exists()


async def test_a_changed_object_is_sent_whole_by_a_server_that_honours_if_range(make_rig, tmp_path: Path) -> None:
    dest = tmp_path / "a.mp4"
    plant_part(dest, OTHER[:50_000], etag='"v0-older"')
    rig = make_rig(FileServer())
    result = await rig.download(URL, dest)
    assert rig.requests[0].headers["if-range"] == '"v0-older"'
    assert len(rig.requests) == 1  # the 200 restarted the file in the same response
    assert dest.read_bytes() == DATA
    assert result.resumed_from == 0


async def test_a_server_ignoring_if_range_is_asked_again_from_byte_zero(make_rig, tmp_path: Path) -> None:
    """Like our own mock: a 206 regardless of If-Range, but with the new object's ETag."""
    dest = tmp_path / "a.mp4"
    plant_part(dest, OTHER[:50_000], etag='"v0-older"')
    rig = make_rig(FileServer(honor_if_range=False))
    result = await rig.download(URL, dest)
    assert [r.headers.get("range") for r in rig.requests] == ["bytes=50000-", None]
    assert dest.read_bytes() == DATA
    assert result.resumed_from == 0


@pytest.mark.parametrize(
    "source",
    [
        {"etag": None, "last_modified": None},  # the server gave no validator: nothing proves it is the same
        {"etag": 'W/"weak"', "last_modified": None},  # a weak ETag cannot be used with If-Range
        {"size": len(DATA) - 1},  # the recording says another size
        {"url": "http://cdn.test/rec/a.mp4"},  # another scheme is another URL
    ],
    ids=["no-validator", "weak-etag", "other-size", "other-scheme"],
)
async def test_unprovable_part_files_start_over(make_rig, tmp_path: Path, source: dict[str, Any]) -> None:
    dest = tmp_path / "a.mp4"
    plant_part(dest, OTHER[:50_000], **source)
    rig = make_rig(FileServer())
    result = await rig.download(URL, dest, expected_size=len(DATA))
    assert "range" not in rig.requests[0].headers
    assert dest.read_bytes() == DATA and result.resumed_from == 0


async def test_a_corrupt_sidecar_starts_over(make_rig, tmp_path: Path) -> None:
    dest = tmp_path / "a.mp4"
    plant_part(dest, OTHER[:50_000])
    sidecar_of(dest).write_text("{not json", encoding="utf-8")
    rig = make_rig(FileServer())
    await rig.download(URL, dest)
    assert "range" not in rig.requests[0].headers
    assert dest.read_bytes() == DATA


async def test_last_modified_is_the_validator_when_the_etag_is_weak(make_rig, tmp_path: Path) -> None:
    modified = "Wed, 01 May 2024 10:00:00 GMT"
    dest = tmp_path / "a.mp4"
    plant_part(dest, DATA[:50_000], etag='W/"weak"', last_modified=modified)
    rig = make_rig(FileServer(etag='W/"weak"', last_modified=modified))
    result = await rig.download(URL, dest)
    assert rig.requests[0].headers["if-range"] == modified
    assert dest.read_bytes() == DATA and result.resumed_from == 50_000


async def test_an_interruption_resumes_with_if_range_in_the_same_call(make_rig, tmp_path: Path) -> None:
    rig = make_rig(FileServer(cuts=[4 * PIECE]))
    dest = tmp_path / "a.mp4"
    await rig.download(URL, dest, chunk_size=PIECE)
    assert rig.requests[1].headers["range"] == f"bytes={4 * PIECE}-"
    assert rig.requests[1].headers["if-range"] == ETAG
    assert dest.read_bytes() == DATA


async def test_an_object_replaced_during_the_call_restarts_it(make_rig, tmp_path: Path) -> None:
    server = FileServer(cuts=[4 * PIECE], honor_if_range=False)
    state = {"calls": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        state["calls"] += 1
        if state["calls"] == 2:  # replaced between the interruption and the resumption
            server.data, server.etag = OTHER, '"v2"'
        return server(request)

    rig = make_rig(handler)
    dest = tmp_path / "a.mp4"
    await rig.download(URL, dest, chunk_size=PIECE)
    assert [r.headers.get("range") for r in rig.requests] == [None, f"bytes={4 * PIECE}-", None]
    assert dest.read_bytes() == OTHER


async def test_without_validators_an_interruption_resumes_only_for_the_same_size(make_rig, tmp_path: Path) -> None:
    rig = make_rig(FileServer(etag=None, cuts=[4 * PIECE]))
    dest = tmp_path / "a.mp4"
    await rig.download(URL, dest, chunk_size=PIECE)
    assert rig.requests[1].headers["range"] == f"bytes={4 * PIECE}-" and "if-range" not in rig.requests[1].headers
    assert dest.read_bytes() == DATA


class Gate:
    """Holds the body after its first pieces until released (sync: a thread event; async: an asyncio event)."""

    def __init__(self, *, open_: bool = False) -> None:
        self.reached, self.release = threading.Event(), threading.Event()
        self.areached, self.arelease = asyncio.Event(), asyncio.Event()
        if open_:
            self.release.set()
            self.arelease.set()


class GatedBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, data: bytes, gate: Gate) -> None:
        self.data, self.gate = data, gate

    def __iter__(self) -> Iterator[bytes]:
        yield self.data[:PIECE]
        self.gate.reached.set()
        assert self.gate.release.wait(10)
        yield self.data[PIECE:]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.data[:PIECE]
        self.gate.areached.set()
        await asyncio.wait_for(self.gate.arelease.wait(), 10)
        yield self.data[PIECE:]


def _gated(gate: Gate, data: bytes):
    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"etag": ETAG, "content-length": str(len(data))}
        return httpx.Response(200, headers=headers, stream=GatedBody(data, gate))

    return handler


def test_two_threads_downloading_to_the_same_path_do_not_mix(tmp_path: Path) -> None:
    dest = tmp_path / "a.mp4"
    gate = Gate()
    first, second = (
        Rig("sync", _gated(gate, DATA), make_settings()),
        Rig("sync", _gated(Gate(open_=True), OTHER), make_settings()),
    )
    outcome: list[Any] = []
    worker = threading.Thread(target=lambda: outcome.append(download_sync(cast(SyncClient, first.client), URL, dest)))
    worker.start()
    try:
        assert gate.reached.wait(10)
        with pytest.raises(DownloadError, match="being written by another download to the same path"):
            download_sync(cast(SyncClient, second.client), URL, dest)
        assert second.requests == []  # refused before asking the server
    finally:
        gate.release.set()
        worker.join(10)
    assert outcome and outcome[0].size == len(DATA)
    assert dest.read_bytes() == DATA
    assert not part_of(dest).exists() and not sidecar_of(dest).exists()
    download_sync(cast(SyncClient, second.client), URL, dest)  # once the first is done, the path is free again
    assert dest.read_bytes() == OTHER
    first.close()
    second.close()


async def test_two_tasks_downloading_to_the_same_path_do_not_mix(tmp_path: Path) -> None:
    dest = tmp_path / "a.mp4"
    gate = Gate()
    first, second = (
        Rig("async", _gated(gate, DATA), make_settings()),
        Rig("async", _gated(Gate(open_=True), OTHER), make_settings()),
    )
    task = asyncio.ensure_future(download_async(cast(AsyncClient, first.client), URL, dest))
    await asyncio.wait_for(gate.areached.wait(), 10)
    with pytest.raises(DownloadError, match="being written by another download"):
        await download_async(cast(AsyncClient, second.client), URL, dest)
    gate.arelease.set()
    result = await task
    assert result.size == len(DATA) and dest.read_bytes() == DATA


async def test_sidecar_is_written_before_the_body(make_rig, tmp_path: Path) -> None:
    """Whatever stops a download (a crash too), the bytes on disk are never without their source."""
    dest = tmp_path / "a.mp4"
    seen: list[Any] = []
    server = FileServer()
    server.before_piece = lambda sent: seen.append(json.loads(sidecar_of(dest).read_text())["etag"])
    await make_rig(server).download(URL, dest)
    assert seen and set(seen) == {ETAG}
