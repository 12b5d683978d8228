# Copied from generator/runtime/_download.py by `make generate`. Do not edit.
"""Streaming downloads of recording files: chunked, constant memory, progress, size check, resume with Range."""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

import httpx

from ._constants import ACCEPT_ANY, DOWNLOAD_CHUNK_SIZE, DOWNLOAD_MAX_RETRIES, DOWNLOAD_TIMEOUT
from ._errors import APIConnectionError, DownloadError
from ._types import TimeoutTypes

if TYPE_CHECKING:
    from ._client import AsyncClient, SyncClient

__all__ = ["DownloadResult", "download_async", "download_sync"]

ProgressCallback = Callable[[int, int | None], None]
Destination = str | os.PathLike[str] | IO[bytes]
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")


@dataclasses.dataclass(frozen=True, slots=True)
class DownloadResult:
    """Where the file went, how many bytes it has, and from which byte this call resumed."""

    path: Path | None
    size: int
    resumed_from: int


class _Sink:
    """The destination: a path (written to ``<path>.part`` and renamed when complete) or an open binary file."""

    def __init__(self, dest: Destination, resume: bool) -> None:
        if isinstance(dest, str | os.PathLike):
            self.path: Path | None = Path(dest)
            self.part = self.path.with_name(self.path.name + ".part")
            self.offset = self.part.stat().st_size if resume and self.part.exists() else 0
            self.file: IO[bytes] = open(self.part, "ab" if self.offset else "wb")  # noqa: SIM115
        else:
            self.path, self.file, self.offset = None, dest, 0
        self.resumed_from = self.offset

    def restart(self) -> None:
        """The server ignored our Range header and sends the whole file: drop what this sink holds and start over."""
        if self.path is not None:
            self.file.seek(0)
        elif self.offset:
            if not self.file.seekable():
                raise DownloadError("the server does not support resuming and the destination cannot rewind")
            self.file.seek(-self.offset, os.SEEK_CUR)
        self.file.truncate()
        self.offset = self.resumed_from = 0

    def write(self, chunk: bytes) -> None:
        self.file.write(chunk)
        self.offset += len(chunk)

    def finish(self, ok: bool) -> None:
        if self.path is None:
            return
        self.file.close()
        if ok:
            os.replace(self.part, self.path)


def _range_headers(offset: int) -> dict[str, str]:
    """A file, not JSON (the client's default Accept), as stored bytes (no transfer compression), from ``offset``."""
    headers = {"Accept": ACCEPT_ANY, "Accept-Encoding": "identity"}
    if offset:
        headers["Range"] = f"bytes={offset}-"
    return headers


def _check_start(response: httpx.Response, sink: _Sink, redacted_url: str) -> int | None:
    """Validate the status against our Range request; return the total size if the server says it."""
    if response.status_code == 416:
        match = re.fullmatch(r"bytes \*/(\d+)", response.headers.get("content-range", ""))
        if match and int(match.group(1)) == sink.offset:
            return sink.offset  # already complete
        raise DownloadError(f"416 Range Not Satisfiable at byte {sink.offset} for {redacted_url}")
    if response.is_error or response.is_redirect:
        raise DownloadError(f"{response.status_code} {response.reason_phrase} downloading {redacted_url}")
    if response.status_code == 206:
        match = _CONTENT_RANGE.fullmatch(response.headers.get("content-range", ""))
        if not match or int(match.group(1)) != sink.offset:
            raise DownloadError(f"server answered a different range than bytes={sink.offset}- for {redacted_url}")
        return None if match.group(3) == "*" else int(match.group(3))
    if sink.offset:
        sink.restart()
    length = response.headers.get("content-length")
    return int(length) if length and length.isdigit() else None


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
    sink = _Sink(dest, resume)
    ok, attempts = False, 0
    try:
        while True:
            request = client._http.build_request("GET", url, headers=_range_headers(sink.offset), timeout=timeout)
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
    sink = _Sink(dest, resume)
    ok, attempts = False, 0
    try:
        while True:
            request = client._http.build_request("GET", url, headers=_range_headers(sink.offset), timeout=timeout)
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
        sink.finish(ok)
