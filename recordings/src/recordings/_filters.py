"""The common filters (time range, status, room): their checks, and the vendor list arguments they map onto."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from ._adapter import Adapter
from ._model import Recording, Status
from .errors import RecordingsError

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

__all__ = ["NOTHING", "Filters", "vendor_args"]

NOTHING: dict[str, Any] = {"__nothing__": True}  # the vendor can have no recording matching the filters
StatusArg = str | Status | Iterable[str | Status] | None
TimeArg = dt.datetime | dt.date | str | None


def _time(name: str, value: TimeArg) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise RecordingsError(f"{name}={value!r} is not an ISO 8601 date or date-time") from None
    if not isinstance(value, dt.datetime):
        if not isinstance(value, dt.date):
            raise RecordingsError(
                f"{name} must be a datetime, a date or an ISO 8601 string, not {type(value).__name__}"
            )
        value = dt.datetime(value.year, value.month, value.day)
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _statuses(value: StatusArg) -> frozenset[Status] | None:
    if value is None:
        return None
    items = [value] if isinstance(value, str | Status) else list(value)
    out = set()
    for item in items:
        try:
            out.add(Status(item))
        except ValueError:
            choices = ", ".join(s.value for s in Status)
            raise RecordingsError(f"status={item!r} is not one of {choices}") from None
    return frozenset(out)


@dataclasses.dataclass(frozen=True)
class Filters:
    """What a listing keeps: ``since <= sort time <= until``, a status among ``statuses``, the given ``room``."""

    since: dt.datetime | None = None
    until: dt.datetime | None = None
    statuses: frozenset[Status] | None = None
    room: str | None = None

    @classmethod
    def of(cls, *, since: TimeArg, until: TimeArg, status: StatusArg, room: str | None) -> Filters:
        made = cls(_time("since", since), _time("until", until), _statuses(status), room)
        if made.since and made.until and made.since > made.until:
            raise RecordingsError(f"since ({made.since.isoformat()}) is after until ({made.until.isoformat()})")
        if room is not None and (not isinstance(room, str) or not room):
            raise RecordingsError("room must be a non-empty string")
        return made

    def matches(self, recording: Recording) -> bool:
        """The recording passes every filter (a recording without a time passes the time range)."""
        if self.statuses is not None and recording.status not in self.statuses:
            return False
        if self.room is not None and recording.room_id != self.room:
            return False
        when = recording.sort_time
        if when is None:
            return True
        return not ((self.since and when < self.since) or (self.until and when > self.until))

    def older_than_range(self, recording: Recording) -> bool:
        """In a newest-first listing every later recording is older than ``since`` too."""
        when = recording.sort_time
        return bool(self.since and when is not None and when < self.since)


def vendor_args(adapter: Adapter, filters: Filters) -> dict[str, Any]:
    """Arguments of the vendor's list call for the filters the spec maps onto list parameters (``x-recordings``
    ``filters``); the others are applied client-side only. ``NOTHING`` when no vendor value can match."""
    args: dict[str, Any] = {}
    spec = adapter.filters
    if filters.room is not None and "room" in spec:
        if spec["room"].get("format") == "uuid" and not _is_uuid(filters.room):
            return NOTHING  # the vendor's room ids are UUIDs: this room is not one of its rooms
        _put(args, spec["room"], filters.room)
    for name, when in (("since", filters.since), ("until", filters.until)):
        if when is not None and name in spec:
            _put(args, spec[name], when)
    if filters.statuses is not None:
        wanted = [value for value, common in adapter.statuses.items() if Status(common) in filters.statuses]
        if adapter.statuses and not wanted and Status.UNKNOWN not in filters.statuses:
            return NOTHING  # the status map is complete for known values: none of them is wanted
        if "status" in spec and Status.UNKNOWN not in filters.statuses:
            kind = spec["status"]["kind"]
            if kind == "list":
                _put(args, spec["status"], wanted)
            elif len(wanted) == 1:
                _put(args, spec["status"], wanted[0])
    return args


def _is_uuid(value: str) -> bool:
    """The canonical 8-4-4-4-12 form the specs' ``format: uuid`` means (and the generated clients check). Python's
    ``uuid.UUID`` also takes braces, ``urn:uuid:`` and bare hex, which a vendor client refuses as a bad argument."""
    return _UUID.fullmatch(value) is not None


def _put(args: dict[str, Any], spec: Any, value: Any) -> None:
    path = list(spec["arg"])
    nested = len(path) > 1  # inside a model argument: the JSON form (strings)
    kind = spec["kind"]
    if kind == "date" and isinstance(value, dt.datetime):
        value = value.astimezone(dt.UTC).date()
    if nested and isinstance(value, dt.date):
        value = value.isoformat()
    target = args
    for step in path[:-1]:
        target = target.setdefault(step, {})
    target[path[-1]] = value
