"""Pieces shared by ``Recordings`` and ``AsyncRecordings`` (no I/O)."""

from __future__ import annotations

import logging
import re
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from ._model import Recording, Status
from ._redact import mask_url
from .errors import RecordingsError

__all__ = [
    "NotReady",
    "RecordingFailed",
    "check_downloadable",
    "common_args",
    "default_filename",
    "download_target",
    "log",
    "ready_or_raise",
]

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
log = logging.getLogger("recordings")


class RecordingFailed(RecordingsError):
    """``wait_until_ready``: the vendor reports the recording as failed."""

    def __init__(self, recording: Recording) -> None:
        self.recording = recording
        super().__init__(f"{recording.key} failed (vendor status {recording.raw_status!r})")


class NotReady(RecordingsError):
    """``wait_until_ready`` ran out of time, or a download was asked of a recording without a file yet."""

    def __init__(self, recording: Recording, why: str) -> None:
        self.recording = recording
        super().__init__(f"{recording.key} {why} (status {recording.status.value}, vendor {recording.raw_status!r})")


def common_args(recording: Recording) -> dict[str, Any]:
    """What the generated stop/delete callables may read: the recording's common ids."""
    return {"id": recording.id, "room_id": recording.room_id, "session_id": recording.session_id}


def ready_or_raise(recording: Recording) -> bool:
    """True when ready; ``RecordingFailed`` when failed; False otherwise."""
    if recording.status is Status.FAILED:
        raise RecordingFailed(recording)
    return recording.status is Status.READY


def default_filename(recording: Recording) -> str:
    """``<vendor>-<id>.<ext>``: the extension from ``format``, else the URL's path, else ``bin``."""
    ext = (recording.format or "").lstrip(".").lower()
    if not ext and recording.download_url:
        ext = PurePosixPath(urlsplit(recording.download_url).path).suffix.lstrip(".").lower()
    ext = _UNSAFE.sub("", ext)[:8] or "bin"
    return f"{_UNSAFE.sub('_', recording.vendor)}-{_UNSAFE.sub('_', recording.id)}.{ext}"


def download_target(recording: Recording, dest: str | Path) -> Path:
    """``dest`` itself, or a file named for the recording inside ``dest`` when that is a directory."""
    path = Path(dest)
    return path / default_filename(recording) if path.is_dir() else path


def check_downloadable(recording: Recording, target: Path) -> None:
    """``NotReady`` without a download URL; else a DEBUG log line of what is fetched (the URL masked)."""
    if not recording.download_url:
        raise NotReady(recording, "has no download URL yet")
    log.debug("downloading %s from %s to %s", recording.key, mask_url(recording.download_url), target)
