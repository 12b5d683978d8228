"""Section 7: the merged listing of every vendor (``Recordings().list()``) vs iterating the vendors' clients by hand."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
from collections.abc import Callable
from typing import Any

from speccore.vendors import discover

from .env import load
from .report import Row, Section, Target
from .rss import run_child
from .servers import mock_server
from .settings import Settings

__all__ = ["CHILD_TASKS", "merged"]

MIB = 1 << 20
# By hand: each vendor's own pager (newest first as its x-recordings asks) and the time its listing is ordered by.
_BY_HAND: dict[str, tuple[str, str, dict[str, str], str, str]] = {
    "cloudflare": ("recordings", "iter_list", {"sort_by": "invokedTime", "sort_order": "DESC"}, "invoked_time", "id"),
    "telnyx": ("room_recordings", "iter_list", {}, "created_at", "id"),
    "videosdk": ("recordings", "iter_list", {}, "created_at", "id"),
    "superviz": ("recordings", "iter_list", {}, "created_at", "uuid"),
}


def _digest(keys: list[str]) -> str:
    return hashlib.sha256("\n".join(keys).encode()).hexdigest()[:16]


def _ours(args: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    os.environ.update(args["env"])
    rec = load("recordings").Recordings()
    rec.vendors()  # builds every client now, as the by-hand variant does before it is timed

    def run() -> dict[str, Any]:
        listing = rec.list()
        keys = [r.key for r in listing]
        if listing.failures:
            raise RuntimeError(f"vendor failures: {listing.failures}")
        return {"items": len(keys), "order": _digest(keys)}

    return run


def _by_hand(args: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    os.environ.update(args["env"])
    adapters = {p.name: p.load() for p in load("importlib.metadata").entry_points(group="recordings.vendors")}
    clients = {key: adapters[key].client_class() for key in sorted(adapters)}

    def run() -> dict[str, Any]:
        rows: list[tuple[float, str]] = []
        for key, client in clients.items():
            resource, method, params, when, ident = _BY_HAND[key]
            pager = getattr(getattr(client, resource), method)(**params, page_size=adapters[key].page_size)
            for item in pager:
                time = getattr(item, when)
                time = time if time.tzinfo else time.replace(tzinfo=dt.UTC)
                rows.append((-time.timestamp(), f"{key}:{getattr(item, ident)}"))
        rows.sort(key=lambda row: row[0])  # stable: ties keep vendor order, then page order
        keys = [key for _when, key in rows]
        return {"items": len(keys), "order": _digest(keys)}

    return run


CHILD_TASKS: dict[str, Callable[[dict[str, Any]], Callable[[], dict[str, Any]]]] = {
    "merged-ours": _ours,
    "merged-by-hand": _by_hand,
}


def merged(settings: Settings) -> Section:
    vendors = [v for v in discover() if v in _BY_HAND]
    n = settings.recordings
    section = Section(
        7,
        "Merged listing across vendors (`Recordings().list()`)",
        method=f"""
Every vendor's mock (`python -m specmock serve`, {len(vendors)} processes), each seeded with {n:,} recordings. In a
fresh interpreter (bench/child.py, RSS sampled from outside with psutil every {settings.rss_interval * 1000:g} ms and
the kernel's high-water mark), ours lists every recording of every vendor newest first with `Recordings().list()`
(credentials and base URLs from the environment; a heap of one head per vendor, one page per vendor in memory, each
item turned into a common `Recording`). The baseline iterates the vendors' own clients by hand with the same page
sizes (each client's `iter_list`, newest first), keeps `(time, key)` per recording and sorts them at the end: what a
script without the common layer does. Both orders are checked to be identical (hash of the {len(vendors) * n:,} keys).
Peak RSS growth is the task's own (the interpreter and imports are loaded before it starts).
""",
    )
    with contextlib.ExitStack() as stack:
        env: dict[str, str] = {}
        specmock = load("specmock")
        for vendor in vendors:
            server = stack.enter_context(mock_server(vendor, recordings=n, seed=settings.seed))
            env.update(specmock.load_vendor(vendor).client_environment(server.base_url))
        runs = {
            name: run_child(f"merged-{name}", {"env": env}, interval=settings.rss_interval)
            for name in ("by-hand", "ours")
        }
    ours, hand = runs["ours"], runs["by-hand"]
    if ours.result["order"] != hand.result["order"] or ours.result["items"] != hand.result["items"]:
        raise RuntimeError(f"the merged order differs from the by-hand sort: {ours.result} vs {hand.result}")
    items = int(ours.result["items"])
    section.rows += [
        Row(
            "7",
            f"merged listing of {len(vendors)} x {n:,} recordings: time",
            ours.seconds,
            hand.seconds,
            "s",
            "the four clients by hand + sort",
            Target.ratio_at_most(1.5),
            digits=2,
            note=f"{items / ours.seconds:,.0f} recordings/s; by hand {items / hand.seconds:,.0f}/s",
        ),
        Row(
            "7",
            f"merged listing of {len(vendors)} x {n:,} recordings: peak RSS growth",
            ours.growth / MIB,
            hand.growth / MIB,
            "MiB",
            "the four clients by hand + sort",
            Target.info(),
            digits=1,
            note="ours holds one page per vendor; by hand holds every (time, key) until the sort",
        ),
    ]
    return section
