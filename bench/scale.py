"""Section 5's scale rows: lists under a write mix, lists that miss the cache on every vendor, RSS over a long run."""

from __future__ import annotations

import json
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import psutil  # type: ignore[import-untyped]

from .env import PYTHON, ROOT
from .report import Row, Target
from .servers import Server, list_target, mock_server, prism_server, vendor_facts
from .settings import Settings

__all__ = ["load", "scale_rows"]

MB = 1 << 20


def load(url: str, headers: Mapping[str, str], settings: Settings, **options: Any) -> dict[str, Any]:
    """``python -m bench.loadgen`` in its own process against ``url`` (``settings``' warm-up, duration and connections
    unless ``options`` say otherwise; any other loadgen option as a keyword): its JSON result. Any failed request is
    an error, so a broken server never shows up as a fast one."""
    options = {"connections": settings.rps_connections, **options}
    command = [PYTHON, "-m", "bench.loadgen", url, "--warmup", str(settings.rps_warmup)]
    command += ["--seconds", str(settings.rps_seconds)]
    command += [part for name, value in headers.items() for part in ("--header", f"{name}: {value}")]
    for option, value in options.items():
        if value is not None:
            command += [f"--{option.replace('_', '-')}", str(value)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"bench.loadgen failed against {url}:\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    if result["errors"]:
        raise RuntimeError(f"{url}: {result['errors']} failed requests: {result['statuses']}")
    return result


def _load(server: Server, path: str, vendor: str, settings: Settings, **options: Any) -> dict[str, Any]:
    """:func:`load` against ``server.base_url + path`` with the vendor's auth headers."""
    return load(server.base_url + path, vendor_facts(vendor).auth_headers, settings, **options)


def _write_mix(settings: Settings, vendor: str, query: str) -> list[Row]:
    target = list_target(vendor, seed=settings.seed, recordings=settings.recordings)
    if not target.delete_paths:
        return []
    with tempfile.TemporaryDirectory(prefix="bench-writes-") as tmp:
        writes = Path(tmp) / "writes.json"
        with mock_server(vendor, recordings=settings.recordings, seed=settings.seed) as server:
            base = server.base_url.removeprefix(server.origin)
            writes.write_text(json.dumps([{"method": "DELETE", "target": base + path} for path in target.delete_paths]))
            read_only = _load(server, target.path + query, vendor, settings)["rps"]
        with mock_server(vendor, recordings=settings.recordings, seed=settings.seed) as server:
            mixed = _load(server, target.path + query, vendor, settings, writes=writes, write_every=10)
    return [
        Row(
            "5",
            f"mock list ({vendor}, --recordings {settings.recordings}) with 10% writes (deletes by id)",
            float(mixed["read_rps"]),
            float(read_only),
            "req/s",
            "the same list, read-only, same run",
            Target.ratio_at_least(0.5),
            note=f"{mixed['writes']} deletes among {mixed['requests']} lists; every delete invalidates the list cache",
        )
    ]


def _misses(settings: Settings, prism: bool) -> list[Row]:
    """A list that misses the cache (a new ``vary`` value per request) on every vendor, against Prism."""
    rows: list[Row] = []
    for vendor in load_vendors():
        target = list_target(vendor)
        with mock_server(vendor, recordings=None, seed=settings.seed) as server:
            ours = float(_load(server, target.path, vendor, settings, vary="vary")["rps"])
        theirs = None
        if prism:
            with prism_server(vendor) as server:
                theirs = float(_load(server, target.path, vendor, settings, vary="vary")["rps"])
        rows.append(
            Row(
                "5",
                f"mock list ({vendor}, default seed), every request different (no cache hits)",
                ours,
                theirs,
                "req/s",
                "Prism 5.16.0, same spec" if prism else "Prism not run",
                Target.ratio_at_least(1.5),
                note=f"GET {target.path} (default page), a fresh vary=<n> on each request",
            )
        )
    return rows


def load_vendors() -> list[str]:
    from .env import load

    return list(load("specmock").available_vendors())


def _rss_growth(settings: Settings, vendor: str, query: str) -> list[Row]:
    target = list_target(vendor)
    with mock_server(vendor, recordings=settings.recordings, seed=settings.seed) as server:
        process = psutil.Process(server.pid)
        _load(server, target.path + query, vendor, settings, vary="vary", vary_cycle=2000, requests=5000)
        before = process.memory_info().rss
        done = _load(
            server, target.path + query, vendor, settings, vary="vary", vary_cycle=2000, requests=settings.rss_requests
        )
        after = process.memory_info().rss
    return [
        Row(
            "5",
            f"mock RSS growth, {settings.rss_requests:,} list requests ({vendor}, --recordings {settings.recordings})",
            (after - before) / MB,
            None,
            "MB",
            "—",
            Target.value_below(50, "< 50 MB"),
            digits=1,
            note=(
                f"after a 5,000-request warm-up: {before / MB:.0f} MB -> {after / MB:.0f} MB; 2,000 distinct queries "
                f"in turn (the list cache keeps 512), {done['rps']:.0f} req/s"
            ),
        )
    ]


def scale_rows(settings: Settings, *, prism: bool, query: str) -> list[Row]:
    vendor = settings.rps_vendor
    return [*_write_mix(settings, vendor, query), *_misses(settings, prism), *_rss_growth(settings, vendor, query)]
