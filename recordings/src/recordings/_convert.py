"""A vendor model to the common ``Recording`` through the adapter's generated ``to_common``."""

from __future__ import annotations

from typing import Any

from ._adapter import Adapter
from ._model import Recording, Status
from .errors import RecordingsError

__all__ = ["to_recording"]

_STATUSES = {s.value: s for s in Status}


def to_recording(adapter: Adapter, raw: Any) -> Recording:
    """The common view of one vendor recording (``raw`` kept as the typed vendor object)."""
    common = adapter.to_common(raw)
    if not common.get("id"):
        raise RecordingsError(f"{adapter.key}: a recording without an id ({type(raw).__name__})")
    status = _STATUSES.get(str(common.pop("status", "unknown")), Status.UNKNOWN)
    return Recording(vendor=adapter.key, status=status, raw=raw, **common)
