"""Delivery faults, queued for the next N deliveries: delay, duplicate, out-of-order, bad-signature."""

from __future__ import annotations

import dataclasses
import re
import threading

__all__ = ["DELIVERY_FAULTS", "DeliveryFault", "DeliveryFaults", "parse_delivery_fault"]

DELIVERY_FAULTS = ("delay", "duplicate", "out-of-order", "bad-signature")
_DELAY = re.compile(r"delay\s*=\s*(\d+(?:\.\d+)?)\s*(ms|s)?")


@dataclasses.dataclass(frozen=True, slots=True)
class DeliveryFault:
    kind: str  # one of DELIVERY_FAULTS
    seconds: float = 0.0  # delay

    @property
    def label(self) -> str:
        return f"delay={self.seconds:g}s" if self.kind == "delay" else self.kind


def parse_delivery_fault(text: str) -> DeliveryFault:
    """``delay=2s`` (or ``500ms``), ``duplicate``, ``out-of-order``, ``bad-signature``; ValueError otherwise."""
    value = text.strip().lower()
    found = _DELAY.fullmatch(value)
    if found:
        return DeliveryFault("delay", float(found.group(1)) / (1000 if found.group(2) == "ms" else 1))
    if value in DELIVERY_FAULTS and value != "delay":
        return DeliveryFault(value)
    raise ValueError(f"unknown delivery fault {text!r}: use delay=2s, duplicate, out-of-order or bad-signature")


@dataclasses.dataclass(slots=True)
class _Queued:
    fault: DeliveryFault
    left: int


class DeliveryFaults:
    """Faults queued for the next deliveries: each entry applies to ``count`` deliveries, oldest entry first."""

    def __init__(self) -> None:
        self._queue: list[_Queued] = []
        self._lock = threading.Lock()

    def add(self, fault: DeliveryFault, count: int = 1) -> None:
        if count < 1:
            raise ValueError(f"count must be a positive whole number, not {count!r}")
        with self._lock:
            self._queue.append(_Queued(fault, count))

    def take(self) -> list[DeliveryFault]:
        """The faults of the next delivery (one per distinct kind queued), each using up one of its count."""
        taken: list[DeliveryFault] = []
        with self._lock:
            for entry in self._queue:
                if all(other.kind != entry.fault.kind for other in taken):
                    taken.append(entry.fault)
                    entry.left -= 1
            self._queue = [entry for entry in self._queue if entry.left > 0]
        return taken

    def pending(self) -> list[dict[str, object]]:
        with self._lock:
            return [{"fault": entry.fault.label, "count": entry.left} for entry in self._queue]

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
