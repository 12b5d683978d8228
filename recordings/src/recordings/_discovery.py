"""Finding vendor adapters through the ``recordings.vendors`` entry point group (never by package name)."""

from __future__ import annotations

import dataclasses
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from ._adapter import ADAPTER_API, Adapter

__all__ = ["GROUP", "Found", "discover"]

GROUP = "recordings.vendors"
_REQUIRED = ("key", "title", "capabilities", "to_common", "list_pages", "client_class", "async_client_class")


@dataclasses.dataclass(frozen=True)
class Found:
    """One entry point: its adapter, or why it could not be loaded."""

    key: str
    distribution: str
    version: str
    adapter: Adapter | None
    problem: str | None


def discover() -> dict[str, Found]:
    """Every installed vendor adapter by key (sorted), each loaded once; broken ones carry a ``problem``."""
    found: dict[str, Found] = {}
    for point in sorted(entry_points(group=GROUP), key=lambda p: p.name):
        if point.name not in found:
            found[point.name] = _load(point)
    return found


def _load(point: EntryPoint) -> Found:
    dist = point.dist
    name, version = (dist.name, dist.version) if dist is not None else ("?", "?")
    try:
        adapter: Any = point.load()
    except Exception as exc:  # an optional extra that fails to import must not break the other vendors
        return Found(point.name, name, version, None, f"cannot load {point.value}: {type(exc).__name__}: {exc}")
    missing = [attr for attr in _REQUIRED if not hasattr(adapter, attr)]
    if missing:
        return Found(point.name, name, version, None, f"{point.value} is not a recordings adapter (no {missing[0]})")
    if getattr(adapter, "api", None) != ADAPTER_API:
        problem = f"{point.value} speaks adapter API {getattr(adapter, 'api', None)}, this recordings {ADAPTER_API}"
        return Found(point.name, name, version, None, problem + ": upgrade one of the two")
    return Found(point.name, name, version, adapter, None)
