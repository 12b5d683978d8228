"""Fault injection: per request (``X-Mock-Fault`` header), queued ("fail the next N"), or server-wide (a rate)."""

from __future__ import annotations

import collections
import dataclasses
import random
import re
import threading
from collections.abc import Iterable

__all__ = ["FAULT_HEADER", "DropConnection", "Fault", "FaultState", "parse_faults"]

FAULT_HEADER = "x-mock-fault"
_LATENCY = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s)?")
_KINDS = ("latency", "drop", "truncate", "invalid-json", "unknown-enum")


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


def parse_faults(text: str) -> list[Fault]:
    """``429;retry-after=2``, ``503``, ``latency=200ms``, ``drop``, ``truncate``, ``invalid-json``,
    ``unknown-enum``; several separated by commas; ``;count=N`` limits a header fault to N requests."""
    faults: list[Fault] = []
    for directive in filter(None, (part.strip() for part in text.split(","))):
        head, *options = [piece.strip() for piece in directive.split(";")]
        params = dict(option.partition("=")[::2] for option in options)
        count = int(params["count"]) if params.get("count", "").isdigit() else None
        name, _, value = head.partition("=")
        name = name.strip().lower()
        if name.isdigit() and 400 <= int(name) <= 599:
            retry = params.get("retry-after") or ("1" if name == "429" else None)
            faults.append(Fault("status", status=int(name), retry_after=retry, count=count))
        elif name == "latency":
            match = _LATENCY.fullmatch(value.strip())
            if not match:
                raise ValueError(f"bad latency {value!r}: use e.g. latency=200ms or latency=1.5s")
            seconds = float(match.group(1)) / (1 if match.group(2) == "s" else 1000)
            faults.append(Fault("latency", seconds=seconds, count=count))
        elif name in _KINDS:
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
        self._rng = random.Random(f"{seed}/faults")
        self._lock = threading.Lock()
        self._queue: collections.deque[_Queued] = collections.deque()
        self._header_counts: collections.Counter[str] = collections.Counter()

    def fail_next(self, count: int, fault: str, *, operation: str | None = None, route: str | None = None) -> None:
        """The next ``count`` matching requests get ``fault`` (``route``: ``api`` or ``files``; default both)."""
        with self._lock:
            self._queue.append(_Queued(parse_faults(fault), count, operation, route))

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
            self._header_counts.clear()

    def for_request(self, header: str | None, *, route: str, operation: str | None) -> list[Fault]:
        faults: list[Fault] = []
        if self.latency:
            faults.append(Fault("latency", seconds=self.latency))
        with self._lock:
            if header:
                parsed = parse_faults(header)
                self._header_counts[header] += 1
                seen = self._header_counts[header]
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
