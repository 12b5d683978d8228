"""Fault injection: per request (``X-Mock-Fault`` header), queued ("fail the next N"), or server-wide (a rate)."""

from __future__ import annotations

import collections
import dataclasses
import email.utils
import random
import re
import threading
from collections.abc import Iterable

__all__ = ["FAULT_HEADER", "DropConnection", "Fault", "FaultState", "parse_faults"]

FAULT_HEADER = "x-mock-fault"
_LATENCY = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s)?")
_KINDS = ("latency", "drop", "reset", "truncate", "invalid-json", "unknown-enum")
_OPTIONS = ("count", "id", "retry-after")
_DATE_START = re.compile(r"retry-after\s*=\s*[A-Za-z]{3}\s*$", re.IGNORECASE)  # "…;retry-after=Wed" + ", 21 Oct …"
MAX_HEADER_COUNTERS = 1024  # distinct X-Mock-Fault values counted for ;count=N (oldest forgotten first)


class DropConnection(Exception):
    """Raised mid-response to make the server abort the connection (an injected ``drop``)."""


@dataclasses.dataclass(frozen=True, slots=True)
class Fault:
    """One injected fault. ``kind`` is ``status`` (with ``status``), or one of latency, drop, truncate,
    invalid-json, unknown-enum."""

    kind: str
    status: int = 0
    seconds: float = 0.0
    retry_after: str | None = None
    count: int | None = None

    @property
    def transforms_body(self) -> bool:
        return self.kind in ("drop", "truncate", "invalid-json", "unknown-enum")


def _directives(text: str) -> list[str]:
    """Comma-separated directives; the comma inside a ``retry-after=<HTTP date>`` does not split."""
    parts: list[str] = []
    for part in text.split(","):
        if parts and _DATE_START.search(parts[-1]):
            parts[-1] += "," + part
        else:
            parts.append(part)
    return [part.strip() for part in parts if part.strip()]


def _options(directive: str, options: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for option in options:
        key, equals, value = (piece.strip() for piece in option.partition("="))
        if key.lower() not in _OPTIONS or not equals:
            raise ValueError(f"bad option {option!r} in {directive!r}: use {', '.join(o + '=…' for o in _OPTIONS)}")
        params[key.lower()] = value
    if "count" in params and not (params["count"].isdigit() and int(params["count"]) > 0):
        raise ValueError(f"bad count {params['count']!r} in {directive!r}: a positive whole number")
    return params


def _retry_after(value: str, directive: str) -> str:
    """Seconds (``5``) or an HTTP date (``Wed, 21 Oct 2026 07:28:00 GMT``), sent as given."""
    if value.isdigit():
        return value
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        parsed = None
    if parsed is None:
        raise ValueError(f"bad retry-after {value!r} in {directive!r}: seconds or an HTTP date")
    return value


def parse_faults(text: str) -> list[Fault]:
    """``429;retry-after=2`` (or an HTTP date), ``503``, ``latency=200ms``, ``drop``, ``reset``, ``truncate``,
    ``invalid-json``, ``unknown-enum``; several separated by commas; ``;count=N`` limits a header fault to N
    requests. Anything else is a ValueError that names the problem."""
    faults: list[Fault] = []
    for directive in _directives(text):
        head, *options = [piece.strip() for piece in directive.split(";")]
        params = _options(directive, options)
        count = int(params["count"]) if "count" in params else None
        name, _, value = head.partition("=")
        name = name.strip().lower()
        if name.isdigit() and 400 <= int(name) <= 599:
            retry = _retry_after(params["retry-after"], directive) if "retry-after" in params else None
            faults.append(
                Fault("status", status=int(name), retry_after=retry or ("1" if name == "429" else None), count=count)
            )
        elif name == "latency":
            match = _LATENCY.fullmatch(value.strip())
            if not match:
                raise ValueError(f"bad latency {value!r}: use e.g. latency=200ms or latency=1.5s")
            seconds = float(match.group(1)) / (1 if match.group(2) == "s" else 1000)
            faults.append(Fault("latency", seconds=seconds, count=count))
        elif name in _KINDS and not value and "retry-after" not in params:
            faults.append(Fault(name, count=count))
        else:
            raise ValueError(f"unknown fault {head!r}: a 4xx/5xx status, latency=…, {', '.join(_KINDS[1:])}")
    return faults


@dataclasses.dataclass(slots=True)
class _Queued:
    faults: list[Fault]
    remaining: int
    operation: str | None
    route: str | None


class FaultState:
    """Where faults come from, consulted once per request."""

    def __init__(
        self,
        *,
        rate: float = 0.0,
        kinds: Iterable[str] = ("500", "503", "429"),
        latency: float = 0.0,
        seed: int = 0,
    ) -> None:
        self.rate = rate
        self.kinds = [fault for kind in kinds for fault in parse_faults(kind)]
        self.latency = latency
        self._seed = seed
        self._rng = random.Random(f"{seed}/faults")
        self._lock = threading.Lock()
        self._queue: collections.deque[_Queued] = collections.deque()
        self._header_counts: collections.OrderedDict[str, int] = collections.OrderedDict()

    def fail_next(self, count: int, fault: str, *, operation: str | None = None, route: str | None = None) -> None:
        """The next ``count`` matching requests get ``fault`` (``route``: ``api`` or ``files``; default both)."""
        with self._lock:
            self._queue.append(_Queued(parse_faults(fault), count, operation, route))

    def clear(self) -> None:
        """Forget queued faults and ``;count=N`` counters."""
        with self._lock:
            self._queue.clear()
            self._header_counts.clear()

    def reset(self) -> None:
        """:meth:`clear`, and the ``--fault-rate`` draws start again from the seed (same seed, same sequence)."""
        with self._lock:
            self._queue.clear()
            self._header_counts.clear()
            self._rng = random.Random(f"{self._seed}/faults")

    def for_request(self, header: str | None, *, route: str, operation: str | None) -> list[Fault]:
        faults: list[Fault] = []
        if self.latency:
            faults.append(Fault("latency", seconds=self.latency))
        with self._lock:
            if header:
                parsed = parse_faults(header)
                seen = self._header_counts.pop(header, 0) + 1
                self._header_counts[header] = seen
                if len(self._header_counts) > MAX_HEADER_COUNTERS:
                    self._header_counts.popitem(last=False)
                faults += [fault for fault in parsed if fault.count is None or seen <= fault.count]
            for queued in self._queue:
                if queued.route not in (None, route) or queued.operation not in (None, operation):
                    continue
                faults += queued.faults
                queued.remaining -= 1
                if queued.remaining <= 0:
                    self._queue.remove(queued)
                break
            if route == "api" and self.rate and self.kinds and self._rng.random() < self.rate:
                faults.append(self._rng.choice(self.kinds))
        return faults
