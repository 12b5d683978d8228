"""download_sync / download_async over a mock file server: destinations, progress, size checks, resume with Range."""

from __future__ import annotations

import io
import json
import math
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.runtime import REDACTED, APIConnectionError, DownloadError
from tests.runtime.kit import TOKEN, repeat, script

pytestmark = pytest.mark.anyio

DATA = bytes(i * 7 % 251 for i in range(200_000))  # no run of 251 bytes repeats at the same offset mod 256
PIECE = 8 * 1024  # what the server writes per network read
SIGNATURE = "deadbeefcafef00d"
URL = f"https://cdn.test/rec/a.mp4?X-Amz-Expires=60&X-Amz-Signature={SIGNATURE}"
ETAG = '"v1-5d41402abc4b2a76"'


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body sent in pieces; with ``cut`` it drops the connection after that many bytes."""

    def __init__(self, data: bytes, cut: int | None = None, before_piece: Callable[[int], None] | None = None):
        self.data, self.cut, self.before_piece = data, cut, before_piece

    def _pieces(self) -> Iterator[bytes]:
        sent = 0
        for start in range(0, len(self.data), PIECE):
            if self.cut is not None and sent >= self.cut:
                raise httpx.ReadError("connection reset by peer")
            if self.before_piece is not None:
                self.before_piece(sent)
            piece = self.data[start : start + PIECE]
            sent += len(piece)
            yield piece

    def __iter__(self) -> Iterator[bytes]:
        yield from self._pieces()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self._pieces():
            yield piece


class FileServer:
    """Serves ``data`` with an ``ETag``; honours ``Range: bytes=N-`` (and ``If-Range``) unless told not to;
    ``cuts`` break successive bodies."""

    def __init__(
        self,
        data: bytes = DATA,
        *,
        honor_range: bool = True,
        honor_if_range: bool = True,
        etag: str | None = ETAG,
        last_modified: str | None = None,
        cuts: Sequence[int | None] = (),
    ):
        self.data, self.honor_range, self.honor_if_range, self.cuts = data, honor_range, honor_if_range, list(cuts)
        self.etag, self.last_modified = etag, last_modified
        self.before_piece: Callable[[int], None] | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        size, start = len(self.data), 0
        headers = {"content-type": "video/mp4"}
        if self.etag:
            headers["etag"] = self.etag
        if self.last_modified:
            headers["last-modified"] = self.last_modified
        status = 200
        range_header = request.headers.get("range")
        if_range = request.headers.get("if-range")
        stale = if_range is not None and self.honor_if_range and if_range not in (self.etag, self.last_modified)
        if range_header and self.honor_range and not stale:
            start = int(range_header.removeprefix("bytes=").removesuffix("-"))
            if start >= size:
                return httpx.Response(416, headers={"content-range": f"bytes */{size}", **headers})
            status = 206
            headers["content-range"] = f"bytes {start}-{size - 1}/{size}"
        body = self.data[start:]
        headers["content-length"] = str(len(body))
        cut = self.cuts.pop(0) if self.cuts else None
        return httpx.Response(status, headers=headers, stream=Body(body, cut, self.before_piece))


def part_of(path: Path) -> Path:
    return path.with_name(path.name + ".part")


def sidecar_of(path: Path) -> Path:
    return path.with_name(path.name + ".part.json")


def plant_part(dest: Path, data: bytes, **source: Any) -> None:
    """A part file and the sidecar an interrupted download of ``URL`` (``ETAG``, ``len(DATA)`` bytes) leaves."""
    part_of(dest).write_bytes(data)
    sidecar = {"url": "https://cdn.test/rec/a.mp4", "size": len(DATA), "etag": ETAG, "last_modified": None}
    sidecar_of(dest).write_text(json.dumps({**sidecar, **source}), encoding="utf-8")


class Progress:
    def __init__(self) -> None:
        self.calls: list[tuple[int, int | None]] = []

    def __call__(self, done: int, total: int | None) -> None:
        self.calls.append((done, total))


async def test_download_to_a_path(make_rig, tmp_path):
    rig = make_rig(FileServer())
    dest = tmp_path / "a.mp4"
    result = await rig.download(URL, dest)
    assert dest.read_bytes() == DATA
    assert not part_of(dest).exists()
    assert result.path == dest
    assert result.size == len(DATA)
    assert result.resumed_from == 0
    request = rig.requests[0]
    assert "range" not in request.headers
    assert request.headers["accept-encoding"] == "identity"
    assert request.url.params["X-Amz-Signature"] == SIGNATURE  # the presigned URL is sent untouched
    assert "authorization" not in request.headers  # the API credential never goes to the storage host


async def test_download_to_a_string_path(make_rig, tmp_path):
    rig = make_rig(FileServer())
    dest = tmp_path / "s.mp4"
    result = await rig.download(URL, str(dest))
    assert result.path == dest
    assert dest.read_bytes() == DATA


async def test_download_to_a_file_object(make_rig):
    rig = make_rig(FileServer())
    buffer = io.BytesIO()
    result = await rig.download(URL, buffer)
    assert buffer.getvalue() == DATA
    assert result.path is None
    assert result.size == len(DATA)
    assert not buffer.closed  # the caller's file stays open


async def test_progress_is_reported_per_chunk_with_increasing_totals(make_rig):
    chunk = 4096
    progress = Progress()
    rig = make_rig(FileServer())
    await rig.download(URL, io.BytesIO(), chunk_size=chunk, on_progress=progress)
    assert len(progress.calls) == math.ceil(len(DATA) / chunk)
    done = [d for d, _ in progress.calls]
    assert done == sorted(set(done))  # strictly increasing
    assert all(b - a <= chunk for a, b in zip([0, *done], done, strict=False))
    assert done[-1] == len(DATA)
    assert {total for _, total in progress.calls} == {len(DATA)}


async def test_chunks_are_written_while_the_body_is_still_arriving(make_rig):
    buffer = io.BytesIO()
    observed: list[tuple[int, int]] = []
    server = FileServer()
    server.before_piece = lambda sent: observed.append((sent, buffer.tell()))
    rig = make_rig(server)
    await rig.download(URL, buffer, chunk_size=PIECE)
    assert len(observed) == math.ceil(len(DATA) / PIECE)
    # before the server sends each piece, everything it sent earlier is already in the destination
    assert all(written == sent for sent, written in observed)


async def test_expected_size_mismatch_raises_and_keeps_the_part_file(make_rig, tmp_path):
    rig = make_rig(FileServer())
    dest = tmp_path / "a.mp4"
    with pytest.raises(DownloadError) as info:
        await rig.download(URL, dest, expected_size=len(DATA) + 1)
    assert "expected" in str(info.value)
    assert not dest.exists()
    assert part_of(dest).read_bytes() == DATA
    assert SIGNATURE not in str(info.value)


async def test_announced_size_mismatch_raises(make_rig, tmp_path):
    short = DATA[: len(DATA) // 2]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-length": str(len(DATA))}, stream=Body(short))

    rig = make_rig(handler)
    dest = tmp_path / "a.mp4"
    with pytest.raises(DownloadError) as info:
        await rig.download(URL, dest)
    assert "announced" in str(info.value)
    assert not dest.exists()
    assert part_of(dest).read_bytes() == short


async def test_resumes_a_part_file_left_by_an_interrupted_call(make_rig, tmp_path):
    dest = tmp_path / "a.mp4"
    have = 5 * PIECE
    with pytest.raises(DownloadError):
        await make_rig(FileServer(cuts=[have])).download(URL, dest, max_retries=0, chunk_size=PIECE)
    assert part_of(dest).read_bytes() == DATA[:have]
    assert json.loads(sidecar_of(dest).read_text()) == {
        "url": "https://cdn.test/rec/a.mp4",  # no query string: a re-signed URL is the same object
        "size": len(DATA),
        "etag": ETAG,
        "last_modified": None,
    }
    progress = Progress()
    rig = make_rig(FileServer())
    resigned = URL.replace(SIGNATURE, "0ther5ignature")
    result = await rig.download(resigned, dest, on_progress=progress, expected_size=len(DATA))
    assert rig.requests[0].headers["range"] == f"bytes={have}-"
    assert rig.requests[0].headers["if-range"] == ETAG
    assert dest.read_bytes() == DATA
    assert not part_of(dest).exists() and not sidecar_of(dest).exists()
    assert result.resumed_from == have
    assert result.size == len(DATA)
    assert progress.calls[0][0] > have
    assert progress.calls[-1] == (len(DATA), len(DATA))


async def test_resume_false_ignores_the_part_file(make_rig, tmp_path):
    dest = tmp_path / "a.mp4"
    part_of(dest).write_bytes(b"stale garbage")
    rig = make_rig(FileServer())
    result = await rig.download(URL, dest, resume=False)
    assert "range" not in rig.requests[0].headers
    assert dest.read_bytes() == DATA
    assert result.resumed_from == 0


async def test_server_ignoring_range_restarts_cleanly(make_rig, tmp_path):
    dest = tmp_path / "a.mp4"
    junk = b"\xff" * 1000  # not a prefix of DATA: kept bytes would corrupt the file
    plant_part(dest, junk)
    rig = make_rig(FileServer(honor_range=False))
    result = await rig.download(URL, dest)
    assert rig.requests[0].headers["range"] == f"bytes={len(junk)}-"
    assert dest.read_bytes() == DATA
    assert result.size == len(DATA)


async def test_server_ignoring_range_reports_no_resume(make_rig, tmp_path):
    dest = tmp_path / "a.mp4"
    plant_part(dest, DATA[:1000])
    rig = make_rig(FileServer(honor_range=False))
    result = await rig.download(URL, dest)
    assert result.resumed_from == 0


async def test_server_ignoring_range_after_an_interruption_restarts_a_file_object(make_rig):
    cut = 5 * PIECE
    buffer = io.BytesIO()
    buffer.write(b"header-kept-by-caller:")
    start = buffer.tell()
    rig = make_rig(FileServer(honor_range=False, cuts=[cut]))
    await rig.download(URL, buffer, chunk_size=PIECE)
    assert rig.requests[1].headers["range"] == f"bytes={cut}-"
    assert buffer.getvalue() == b"header-kept-by-caller:" + DATA
    assert buffer.getvalue()[start:] == DATA


class NonSeekable(io.RawIOBase):
    """A pipe-like destination: write-only, cannot rewind."""

    def __init__(self) -> None:
        self.received = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.received += data
        return len(data)


async def test_server_ignoring_range_into_a_non_seekable_destination_is_an_error(make_rig):
    sink = NonSeekable()
    rig = make_rig(FileServer(honor_range=False, cuts=[2 * PIECE]))
    with pytest.raises(DownloadError, match="cannot rewind"):
        await rig.download(URL, sink, chunk_size=PIECE)
    assert bytes(sink.received) == DATA[: 2 * PIECE]  # nothing duplicated


async def test_interrupted_body_into_a_non_seekable_destination_is_resumed(make_rig):
    sink = NonSeekable()
    rig = make_rig(FileServer(cuts=[2 * PIECE]))
    await rig.download(URL, sink, chunk_size=PIECE)
    assert bytes(sink.received) == DATA


@pytest.mark.parametrize("chunk_size", [PIECE, 3 * PIECE + 100])
async def test_interrupted_body_is_resumed_with_range(make_rig, tmp_path, chunk_size):
    cut = 10 * PIECE
    progress = Progress()
    rig = make_rig(FileServer(cuts=[cut]))
    dest = tmp_path / "a.mp4"
    result = await rig.download(URL, dest, chunk_size=chunk_size, on_progress=progress)
    assert len(rig.requests) == 2
    written_before_cut = max(d for d, _ in progress.calls if d <= cut)
    assert rig.requests[1].headers["range"] == f"bytes={written_before_cut}-"
    assert dest.read_bytes() == DATA
    assert not part_of(dest).exists()
    assert result.size == len(DATA)
    assert result.resumed_from == 0  # this call started from byte 0


async def test_interrupted_body_into_a_file_object_is_resumed(make_rig):
    cuts = [3 * PIECE, 7 * PIECE]
    rig = make_rig(FileServer(cuts=cuts))
    buffer = io.BytesIO()
    await rig.download(URL, buffer, chunk_size=PIECE, max_retries=len(cuts))
    assert buffer.getvalue() == DATA
    ranges = [r.headers.get("range") for r in rig.requests]
    assert ranges == [None, f"bytes={cuts[0]}-", f"bytes={cuts[0] + cuts[1]}-"]


async def test_interruptions_beyond_the_budget_raise_and_keep_progress(make_rig, tmp_path):
    retries = 2
    rig = make_rig(FileServer(cuts=[PIECE] * (retries + 1)))
    dest = tmp_path / "a.mp4"
    with pytest.raises(DownloadError) as info:
        await rig.download(URL, dest, chunk_size=PIECE, max_retries=retries)
    assert isinstance(info.value.__cause__, httpx.ReadError)
    assert len(rig.requests) == retries + 1
    kept = part_of(dest).read_bytes()
    assert kept == DATA[: (retries + 1) * PIECE]
    assert f"byte {len(kept)}" in str(info.value)
    assert not dest.exists()


async def test_416_when_the_part_file_is_already_complete(make_rig, tmp_path):
    dest = tmp_path / "a.mp4"
    plant_part(dest, DATA)
    progress = Progress()
    rig = make_rig(FileServer())
    result = await rig.download(URL, dest, on_progress=progress, expected_size=len(DATA))
    assert rig.requests[0].headers["range"] == f"bytes={len(DATA)}-"
    assert dest.read_bytes() == DATA
    assert not part_of(dest).exists()
    assert result.size == len(DATA)
    assert result.resumed_from == len(DATA)
    assert progress.calls == []


async def test_416_with_a_different_size_is_an_error(make_rig, tmp_path):
    dest = tmp_path / "a.mp4"
    plant_part(dest, DATA + b"extra")
    rig = make_rig(FileServer())
    with pytest.raises(DownloadError) as info:
        await rig.download(URL, dest)
    assert "416" in str(info.value)
    assert part_of(dest).read_bytes() == DATA + b"extra"


async def test_206_for_the_wrong_range_is_an_error(make_rig, tmp_path):
    dest = tmp_path / "a.mp4"
    plant_part(dest, DATA[:100])
    headers = {"content-range": f"bytes 0-{len(DATA) - 1}/{len(DATA)}", "etag": ETAG}
    rig = make_rig(script(httpx.Response(206, headers=headers, content=DATA)))
    with pytest.raises(DownloadError):
        await rig.download(URL, dest)
    assert part_of(dest).read_bytes() == DATA[:100]


async def test_404_is_a_download_error_without_the_signature(make_rig, tmp_path):
    rig = make_rig(script(httpx.Response(404, text=f"NoSuchKey {TOKEN}")))
    dest = tmp_path / "a.mp4"
    with pytest.raises(DownloadError) as info:
        await rig.download(URL, dest)
    message = str(info.value)
    assert "404" in message
    assert SIGNATURE not in message
    assert f"X-Amz-Signature={REDACTED}" in message
    assert len(rig.requests) == 1
    assert not dest.exists()


async def test_503_is_retried_before_the_body(make_rig, tmp_path):
    server = FileServer()
    answers = iter([httpx.Response(503)])
    rig = make_rig(lambda request: next(answers, None) or server(request))
    dest = tmp_path / "a.mp4"
    await rig.download(URL, dest)
    assert len(rig.requests) == 2
    assert len(rig.sleeps) == 1
    assert dest.read_bytes() == DATA


async def test_persistent_503_is_a_download_error(make_rig, tmp_path):
    retries = 1
    rig = make_rig(script(*repeat(503, retries + 1)))
    with pytest.raises(DownloadError) as info:
        await rig.download(URL, tmp_path / "a.mp4", max_retries=retries)
    assert "503" in str(info.value)
    assert len(rig.requests) == retries + 1


async def test_connection_errors_become_a_download_error(make_rig, tmp_path):
    retries = 2
    rig = make_rig(script(*[httpx.ConnectError(f"refused {URL}") for _ in range(retries + 1)]))
    with pytest.raises(DownloadError) as info:
        await rig.download(URL, tmp_path / "a.mp4", max_retries=retries)
    assert isinstance(info.value.__cause__, APIConnectionError)
    assert SIGNATURE not in str(info.value)
    assert len(rig.requests) == retries + 1


async def test_empty_file(make_rig, tmp_path):
    rig = make_rig(FileServer(b""))
    progress = Progress()
    dest = tmp_path / "empty.bin"
    result = await rig.download(URL, dest, on_progress=progress, expected_size=0)
    assert dest.read_bytes() == b""
    assert not part_of(dest).exists()
    assert result.size == 0
    assert progress.calls == []


async def test_a_redirect_never_yields_a_wrong_file(make_rig, tmp_path):
    server = FileServer()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "cdn.test":
            location = "https://storage.test/rec/a.mp4"
            return httpx.Response(302, headers={"location": location}, text=f"<a href='{location}'>Found</a>")
        return server(request)

    rig = make_rig(handler)
    dest = tmp_path / "a.mp4"
    try:
        await rig.download(URL, dest)
    except DownloadError:
        assert not dest.exists()  # refusing the redirect is acceptable
    else:
        assert dest.read_bytes() == DATA  # following it is too; saving the redirect page is not
