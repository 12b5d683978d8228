# Copied from generator/runtime/_download.py by `make generate`. Do not edit.
"""Streaming downloads of recording files: chunked, constant memory, progress, size check, safe resume with Range.

A path destination is written to ``<path>.part`` and renamed when complete. Next to it, ``<path>.part.json`` (the
sidecar) binds the partial bytes to their source: the URL without its query string (presigned URLs change their
signature on every call), the total size, and the server's ``ETag`` / ``Last-Modified``. A later call resumes only
when the sidecar matches (same URL identity, same expected size, a validator to send as ``If-Range``); anything
else starts over. The server then decides: a ``206`` whose validator matches continues the file, a ``200`` (the
object changed, or ``Range`` is not supported) restarts it. While a download writes ``<path>.part`` it holds an
exclusive lock on it, so a second download to the same path fails at once instead of interleaving bytes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import httpx

from ._constants import ACCEPT_ANY, DOWNLOAD_CHUNK_SIZE, DOWNLOAD_MAX_RETRIES, DOWNLOAD_TIMEOUT
from ._errors import APIConnectionError, DownloadError
from ._types import TimeoutTypes

if TYPE_CHECKING:
    from ._client import AsyncClient, SyncClient

__all__ = ["DownloadResult", "Source", "download_async", "download_sync", "url_identity"]

ProgressCallback = Callable[[int, int | None], None]
Destination = str | os.PathLike[str] | IO[bytes]
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")


@dataclasses.dataclass(frozen=True, slots=True)
class DownloadResult:
    """Where the file went, how many bytes it has, and from which byte this call resumed."""

    path: Path | None
    size: int
    resumed_from: int


def url_identity(url: str) -> str:
    """The URL without query string and fragment: what stays the same when a presigned URL is re-signed."""
    return str(httpx.URL(url).copy_with(query=None, fragment=None))


@dataclasses.dataclass(slots=True)
class Source:
    """What the bytes written so far came from (the sidecar's content)."""

    url: str
    size: int | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def if_range(self) -> str | None:
        """The validator to send as ``If-Range``: a strong ETag, else Last-Modified (RFC 9110 13.1.5)."""
        if self.etag and not self.etag.startswith("W/"):
            return self.etag
        return self.last_modified

    def matches(self, response: httpx.Response) -> bool:
        """Does ``response`` come from the same object (same ETag, else same Last-Modified, else same size)?"""
        etag: str | None = response.headers.get("etag")
        modified: str | None = response.headers.get("last-modified")
        if self.etag and etag:
            return etag == self.etag
        if self.last_modified and modified:
            return modified == self.last_modified
        if self.etag or self.last_modified:
            return False  # we had a validator and the server no longer sends it: not provably the same
        return self.size is not None and _total(response) == self.size

    def record(self, response: httpx.Response) -> None:
        self.etag = response.headers.get("etag") or self.etag
        self.last_modified = response.headers.get("last-modified") or self.last_modified
        self.size = _total(response) if _total(response) is not None else self.size

    @classmethod
    def load(cls, path: Path) -> Source | None:
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                url=str(data["url"]),
                size=data.get("size") if isinstance(data.get("size"), int) else None,
                etag=data.get("etag") if isinstance(data.get("etag"), str) else None,
                last_modified=data.get("last_modified") if isinstance(data.get("last_modified"), str) else None,
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(dataclasses.asdict(self)), encoding="utf-8")


def _total(response: httpx.Response) -> int | None:
    """The whole object's size: from ``Content-Range`` on a 206, ``Content-Length`` on a 200."""
    if response.status_code == 206:
        match = _CONTENT_RANGE.fullmatch(response.headers.get("content-range", ""))
        return int(match.group(3)) if match and match.group(3) != "*" else None
    length = response.headers.get("content-length")
    return int(length) if length and length.isdigit() else None


def _lock(file: IO[bytes]) -> None:
    """An exclusive, non-blocking lock held while the file is open (released by the OS if the process dies)."""
    if sys.platform == "win32":
        import msvcrt

        file.seek(0)
        msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _open_locked(part: Path) -> IO[bytes]:
    """``part`` opened read-write without truncating, locked; a clear error when another download holds it."""
    while True:
        file = open(part, "a+b")  # noqa: SIM115 - closed by _Sink.finish
        try:
            _lock(file)
        except OSError:
            file.close()
            raise DownloadError(
                f"{part} is being written by another download to the same path; wait for it to finish or choose "
                "another destination"
            ) from None
        try:
            same = os.path.samestat(os.fstat(file.fileno()), os.stat(part))
        except FileNotFoundError:
            same = False
        if same:
            return file
        file.close()  # renamed or removed by a download that just finished: open the new one


class _Sink:
    """The destination: a path (``<path>.part`` + sidecar, locked, renamed when complete) or an open binary file."""

    def __init__(self, dest: Destination, resume: bool, source: Source) -> None:
        self.wanted, self.source = source, dataclasses.replace(source)
        if isinstance(dest, str | os.PathLike):
            self.path: Path | None = Path(dest)
            self.part = self.path.with_name(self.path.name + ".part")
            self.sidecar = self.path.with_name(self.path.name + ".part.json")
            self.file: IO[bytes] = _open_locked(self.part)
            size = os.fstat(self.file.fileno()).st_size
            kept = Source.load(self.sidecar) if resume and size else None
            if kept is not None and self._belongs(kept):
                self.source, self.offset = kept, size
            else:
                self.offset = 0
                self.file.truncate(0)
                self.sidecar.unlink(missing_ok=True)
        else:
            self.path, self.file, self.offset = None, dest, 0
        self.resumed_from = self.offset

    def _belongs(self, kept: Source) -> bool:
        """Provably the same object: same URL identity, no conflicting size, and a validator for If-Range."""
        wanted = self.wanted
        if kept.url != wanted.url or kept.if_range is None:
            return False
        return wanted.size is None or kept.size is None or kept.size == wanted.size

    def restart(self) -> None:
        """The server sends the whole object (again): drop what this sink holds and start over."""
        if self.path is not None:
            self.file.truncate(0)
        elif self.offset:
            if not self.file.seekable():
                raise DownloadError("the server does not support resuming and the destination cannot rewind")
            self.file.seek(-self.offset, os.SEEK_CUR)
            self.file.truncate()
        self.source = dataclasses.replace(self.wanted)
        self.offset = self.resumed_from = 0

    def begin(self, response: httpx.Response) -> None:
        """Remember where the bytes that follow come from (written before any of them)."""
        self.source.record(response)
        if self.path is not None:
            self.source.save(self.sidecar)

    def write(self, chunk: bytes) -> None:
        self.file.write(chunk)
        self.offset += len(chunk)

    def finish(self, ok: bool) -> None:
        if self.path is None:
            return
        if not ok and self.offset == 0:  # nothing worth resuming
            self.part.unlink(missing_ok=True)
            self.sidecar.unlink(missing_ok=True)
        elif ok:
            self.file.flush()
            if sys.platform == "win32":  # a file cannot be renamed while open there
                self.file.close()
            os.replace(self.part, self.path)
            self.sidecar.unlink(missing_ok=True)
        self.file.close()


def _range_headers(sink: _Sink) -> dict[str, str]:
    """A file, not JSON (the client's default Accept), as stored bytes (no transfer compression), from the offset;
    ``If-Range`` makes the server send the whole object instead when it is no longer the one we have a part of."""
    headers = {"Accept": ACCEPT_ANY, "Accept-Encoding": "identity"}
    if sink.offset:
        headers["Range"] = f"bytes={sink.offset}-"
        validator = sink.source.if_range
        if validator:
            headers["If-Range"] = validator
    return headers


class _ObjectChanged(Exception):
    """A partial answer that does not come from the object we hold a part of: ask again from byte 0."""


def _check_start(response: httpx.Response, sink: _Sink, redacted_url: str) -> int | None:
    """Validate the status against our Range request; return the total size if the server says it."""
    if response.status_code == 416:
        match = re.fullmatch(r"bytes \*/(\d+)", response.headers.get("content-range", ""))
        if match and int(match.group(1)) == sink.offset and _same_or_unsaid(sink.source, response):
            return sink.offset  # already complete
        raise DownloadError(f"416 Range Not Satisfiable at byte {sink.offset} for {redacted_url}")
    if response.is_error or response.is_redirect:
        raise DownloadError(f"{response.status_code} {response.reason_phrase} downloading {redacted_url}")
    if response.status_code == 206:
        match = _CONTENT_RANGE.fullmatch(response.headers.get("content-range", ""))
        if not match or int(match.group(1)) != sink.offset:
            raise DownloadError(f"server answered a different range than bytes={sink.offset}- for {redacted_url}")
        if sink.offset and not sink.source.matches(response):
            raise _ObjectChanged  # the server ignored If-Range, or the object no longer says what it is
    elif sink.offset:
        sink.restart()  # a 200 to a ranged request: the whole object, from byte 0
    sink.begin(response)
    return _total(response)


def _same_or_unsaid(source: Source, response: httpx.Response) -> bool:
    if not (response.headers.get("etag") or response.headers.get("last-modified")):
        return True
    return source.matches(response)


def _check_size(sink: _Sink, total: int | None, expected: int | None, redacted_url: str) -> None:
    for what, size in (("announced", total), ("expected", expected)):
        if size is not None and sink.offset != size:
            raise DownloadError(f"downloaded {sink.offset} bytes but the {what} size is {size} for {redacted_url}")


def download_sync(
    client: SyncClient,
    url: str,
    dest: Destination,
    *,
    expected_size: int | None = None,
    chunk_size: int | None = DOWNLOAD_CHUNK_SIZE,
    on_progress: ProgressCallback | None = None,
    resume: bool = True,
    max_retries: int = DOWNLOAD_MAX_RETRIES,
    timeout: TimeoutTypes = DOWNLOAD_TIMEOUT,
) -> DownloadResult:
    """Stream ``url`` into ``dest``; an interrupted transfer is resumed with ``Range`` up to ``max_retries`` times."""
    core = client._core
    redacted_url = core.redactor.text(url)
    sink = _Sink(dest, resume, Source(url_identity(url), expected_size))
    ok, attempts = False, 0
    try:
        while True:
            request = client._http.build_request("GET", url, headers=_range_headers(sink), timeout=timeout)
            try:
                response = client.send(
                    request, core.settings.retry_policy.start(max_retries), stream=True, follow_redirects=True
                )
            except APIConnectionError as exc:
                raise DownloadError(f"could not download {redacted_url}: {exc.message}") from exc
            try:
                total = _check_start(response, sink, redacted_url)
                if response.status_code != 416:
                    for chunk in response.iter_bytes(chunk_size):
                        sink.write(chunk)
                        if on_progress is not None:
                            on_progress(sink.offset, total)
            except _ObjectChanged:
                core.logger.info("the object changed since byte %d was written; starting over", sink.offset)
                sink.restart()
                continue
            except httpx.TransportError as exc:
                attempts += 1
                if attempts > max_retries:
                    raise DownloadError(f"download of {redacted_url} interrupted at byte {sink.offset}") from exc
                core.logger.info("download interrupted at byte %d, resuming", sink.offset)
                continue
            finally:
                response.close()
            _check_size(sink, total, expected_size, redacted_url)
            ok = True
            return DownloadResult(sink.path, sink.offset, sink.resumed_from)
    finally:
        with contextlib.suppress(OSError) if not ok else contextlib.nullcontext():
            sink.finish(ok)


async def download_async(
    client: AsyncClient,
    url: str,
    dest: Destination,
    *,
    expected_size: int | None = None,
    chunk_size: int | None = DOWNLOAD_CHUNK_SIZE,
    on_progress: ProgressCallback | None = None,
    resume: bool = True,
    max_retries: int = DOWNLOAD_MAX_RETRIES,
    timeout: TimeoutTypes = DOWNLOAD_TIMEOUT,
) -> DownloadResult:
    """The asyncio twin of :func:`download_sync` (file writes are synchronous, in chunks)."""
    core = client._core
    redacted_url = core.redactor.text(url)
    sink = _Sink(dest, resume, Source(url_identity(url), expected_size))
    ok, attempts = False, 0
    try:
        while True:
            request = client._http.build_request("GET", url, headers=_range_headers(sink), timeout=timeout)
            try:
                response = await client.send(
                    request, core.settings.retry_policy.start(max_retries), stream=True, follow_redirects=True
                )
            except APIConnectionError as exc:
                raise DownloadError(f"could not download {redacted_url}: {exc.message}") from exc
            try:
                total = _check_start(response, sink, redacted_url)
                if response.status_code != 416:
                    async for chunk in response.aiter_bytes(chunk_size):
                        sink.write(chunk)
                        if on_progress is not None:
                            on_progress(sink.offset, total)
            except _ObjectChanged:
                core.logger.info("the object changed since byte %d was written; starting over", sink.offset)
                sink.restart()
                continue
            except httpx.TransportError as exc:
                attempts += 1
                if attempts > max_retries:
                    raise DownloadError(f"download of {redacted_url} interrupted at byte {sink.offset}") from exc
                core.logger.info("download interrupted at byte %d, resuming", sink.offset)
                continue
            finally:
                await response.aclose()
            _check_size(sink, total, expected_size, redacted_url)
            ok = True
            return DownloadResult(sink.path, sink.offset, sink.resumed_from)
    finally:
        with contextlib.suppress(OSError) if not ok else contextlib.nullcontext():
            sink.finish(ok)
