"""Click parameter types of the CLI: times (ISO 8601 or relative), ``VENDOR:ID`` keys, ``--shard i/n``, vendor lists."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from typing import Any

import click

__all__ = ["KEY", "SHARD", "TIME", "Shard", "split_vendors"]

_RELATIVE = re.compile(r"(\d+)\s*([smhdw])")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


class TimeType(click.ParamType[Any, dt.datetime]):
    """``2025-01-31``, ``2025-01-31T12:00+02:00`` (no zone: UTC), or a duration ago: ``90m``, ``12h``, ``7d``."""

    name = "TIME"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> dt.datetime:
        if isinstance(value, dt.datetime):
            return value
        text = str(value).strip()
        match = _RELATIVE.fullmatch(text)
        if match:
            delta = dt.timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
            return dt.datetime.now(dt.UTC) - delta
        try:
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            self.fail(f"{text!r} is not a time: an ISO 8601 date or date-time, or a duration ago like 7d", param, ctx)
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


class KeyType(click.ParamType[Any, tuple[str, str]]):
    """``VENDOR:ID`` (a recording's ``key``)."""

    name = "VENDOR:ID"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> tuple[str, str]:
        if isinstance(value, tuple):
            return value
        vendor, colon, ident = str(value).partition(":")
        if not colon or not vendor.strip() or not ident.strip():
            self.fail(f"{value!r} is not VENDOR:ID (as `recordings ls` prints it in its first column)", param, ctx)
        return vendor.strip(), ident.strip()


@dataclasses.dataclass(frozen=True, slots=True)
class Shard:
    """Shard ``index`` (1-based) of ``count``: a recording belongs to it by a stable hash of its key."""

    index: int
    count: int

    def owns(self, key: str) -> bool:
        digest = hashlib.sha256(key.encode("utf-8")).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.index - 1

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


class ShardType(click.ParamType[Any, Shard]):
    """``i/n``: this run archives shard i of n (1 <= i <= n)."""

    name = "i/n"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Shard:
        if isinstance(value, Shard):
            return value
        match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", str(value))
        if not match:
            self.fail(f"{value!r} is not i/n (e.g. 1/3, 2/3, 3/3)", param, ctx)
        index, count = int(match.group(1)), int(match.group(2))
        if count < 1 or not 1 <= index <= count:
            self.fail(f"{value!r}: shards are numbered 1..n (e.g. 1/3, 2/3, 3/3)", param, ctx)
        return Shard(index, count)


def split_vendors(values: tuple[str, ...]) -> list[str] | None:
    """``--vendor a --vendor b,c`` -> ``["a", "b", "c"]`` (None when not given: every configured vendor)."""
    names = [name.strip() for value in values for name in value.split(",") if name.strip()]
    return list(dict.fromkeys(names)) or None


TIME = TimeType()
KEY = KeyType()
SHARD = ShardType()
