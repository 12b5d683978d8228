"""Fetching one recording's file: refresh first when its URL has expired, and once more when the URL answers 403/410."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from recordings import Recording

__all__ = ["EXPIRY_MARGIN", "Fetched", "expired", "fetch", "url_refused"]

EXPIRY_MARGIN = dt.timedelta(seconds=60)  # a URL this close to its expiry is refreshed before the download starts
REFUSED = (403, 410)  # what a presigned URL answers once it has expired
_LEADING_STATUS = re.compile(r"\s*(\d{3})\b")

Progress = Callable[[int, int | None], None]


@dataclasses.dataclass(frozen=True, slots=True)
class Fetched:
    recording: Recording  # the (possibly refreshed) recording the file came from
    path: Path
    refreshed: int  # how many times its download URL was re-fetched


def expired(recording: Recording, now: dt.datetime | None = None) -> bool:
    """True when the download URL's expiry is known and (nearly) past."""
    expires = recording.download_expires_at
    if expires is None:
        return False
    if expires.tzinfo is None:
        expires = expires.replace(tzinfo=dt.UTC)
    return expires <= (now or dt.datetime.now(dt.UTC)) + EXPIRY_MARGIN


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _status(error: BaseException) -> int | None:
    for name in ("status", "status_code"):
        value: Any = getattr(error, name, None)
        if isinstance(value, int):
            return value
    response = getattr(error, "response", None)
    value = getattr(response, "status_code", None)
    if isinstance(value, int):
        return value
    match = _LEADING_STATUS.match(str(error))
    return int(match.group(1)) if match else None


def url_refused(exc: BaseException) -> bool:
    """True when the download failed because the URL was refused (403/410: expired or revoked signature)."""
    return any(_status(error) in REFUSED for error in _chain(exc))


def fetch(recordings: Any, recording: Recording, dest: Path, *, on_progress: Progress | None = None) -> Fetched:
    """Download ``recording`` to ``dest`` (resumable), re-fetching it when its URL expired or is refused."""
    refreshed = 0
    if expired(recording):
        recording, refreshed = recordings.refresh(recording), 1
    try:
        path = recordings.download(recording, dest, on_progress=on_progress)
    except Exception as exc:
        if not url_refused(exc):
            raise
        recording, refreshed = recordings.refresh(recording), refreshed + 1
        path = recordings.download(recording, dest, on_progress=on_progress)
    return Fetched(recording, Path(path), refreshed)
