"""The common recording shape, its normalized status, and what a listing reports per vendor."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from typing import Any

from ._redact import mask_url

__all__ = ["Recording", "Status", "VendorFailure", "VendorInfo"]


class Status(enum.StrEnum):
    """A recording's normalized status; the vendor's own value is ``Recording.raw_status``."""

    RECORDING = "recording"
    PROCESSING = "processing"
    READY = "ready"
    FAILED = "failed"
    UNKNOWN = "unknown"


_URL_FIELDS = ("download_url",)


@dataclasses.dataclass(frozen=True, repr=False)
class Recording:
    """One recording of any vendor. ``raw`` is the vendor's typed model; ``key`` is ``"<vendor>:<id>"``.

    ``created_at`` is the time the vendor orders its listing by (newest first), which is also the merge order.
    """

    vendor: str
    id: str
    room_id: str | None = None
    session_id: str | None = None
    status: Status = Status.UNKNOWN
    raw_status: str | None = None
    started_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    duration_seconds: float | None = None
    size_bytes: int | None = None
    format: str | None = None
    download_url: str | None = None
    download_expires_at: dt.datetime | None = None
    created_at: dt.datetime | None = None
    raw: Any = dataclasses.field(default=None, compare=False)

    @property
    def key(self) -> str:
        return f"{self.vendor}:{self.id}"

    @property
    def sort_time(self) -> dt.datetime | None:
        """The time the merged listing orders by: ``created_at``, else ``started_at``."""
        return self.created_at or self.started_at

    def download_expired(self, now: dt.datetime | None = None) -> bool:
        """True when the download URL has a known expiry that has passed."""
        if self.download_expires_at is None:
            return False
        return self.download_expires_at <= (now or dt.datetime.now(dt.UTC))

    def to_dict(self, *, reveal: bool = False) -> dict[str, Any]:
        """JSON-safe fields (no ``raw``); the download URL's query values, userinfo and fragment are masked
        (``[REDACTED]``) unless ``reveal=True``."""
        out: dict[str, Any] = {"key": self.key}
        for field in dataclasses.fields(self):
            if field.name == "raw":
                continue
            value = getattr(self, field.name)
            if isinstance(value, dt.datetime):
                value = value.isoformat()
            elif isinstance(value, Status):
                value = value.value
            elif field.name in _URL_FIELDS and isinstance(value, str) and not reveal:
                value = mask_url(value)
            out[field.name] = value
        return out

    def __repr__(self) -> str:
        shown = self.to_dict()
        del shown["key"]
        body = ", ".join(f"{name}={value!r}" for name, value in shown.items() if value is not None)
        return f"Recording({body})"


@dataclasses.dataclass(frozen=True)
class VendorInfo:
    """One vendor found through the ``recordings.vendors`` entry points."""

    key: str
    title: str
    distribution: str
    version: str
    capabilities: frozenset[str]
    configured: bool
    problem: str | None = None


@dataclasses.dataclass(frozen=True)
class VendorFailure:
    """A vendor that failed during a merged listing; the other vendors' recordings were still listed.

    ``message`` is masked (URLs as ``mask_url``); ``error`` is the vendor's own exception, left as raised.
    """

    vendor: str
    error: Exception = dataclasses.field(repr=False)
    message: str
