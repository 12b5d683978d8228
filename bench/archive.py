"""Section 8: ``recordings archive`` throughput at concurrency 1/4/16 vs. a plain sequential download loop."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from speccore.vendors import discover

from .env import load
from .report import Row, Section, Target
from .servers import mock_server
from .settings import Settings

__all__ = ["archive"]

MB = 1e6


@contextlib.contextmanager
def _environment(values: Mapping[str, str]) -> Iterator[None]:
    """``os.environ`` with ``values`` set (the vendor clients read their credentials and base URL from it)."""
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


class _Silent:
    """An archive reporter that prints nothing."""

    def planned(self, *args: Any) -> None: ...
    def started(self, *args: Any) -> None: ...
    def progress(self, *args: Any) -> None: ...
    def finished(self, *args: Any, **kwargs: Any) -> None: ...
    def deleted(self, *args: Any) -> None: ...
    def failed(self, key: str, message: str) -> None:
        raise RuntimeError(f"archive of {key} failed: {message}")


def _loop(directory: Path) -> tuple[int, int]:
    """The baseline: list the ready recordings and download them one after the other, nothing else."""
    recordings = load("recordings")
    files = size = 0
    with recordings.Recordings() as client:
        for recording in client.list():
            if recording.status != "ready":
                continue
            path = client.download(recording, directory)
            files, size = files + 1, size + Path(path).stat().st_size
    return files, size


def _ours(directory: Path, concurrency: int) -> tuple[int, int]:
    recordings, archive = load("recordings"), load("recordings.cli.archive")
    with recordings.Recordings() as client:
        options = archive.ArchiveOptions(concurrency=concurrency)
        report = archive.Archiver(client, str(directory), options, _Silent()).run()
    if not report.ok:
        raise RuntimeError(f"archive at concurrency {concurrency} failed: {report.failures or report.vendor_failures}")
    return len(report.archived), int(report.bytes)


def archive(settings: Settings) -> Section:
    vendors = discover()
    latency_ms = settings.archive_latency * 1000
    section = Section(
        8,
        "Archiving every ready recording (`recordings archive`)",
        method=f"""
Every vendor's mock (`python -m specmock serve`, {len(vendors)} processes: {", ".join(vendors)}), each seeded with
{settings.archive_recordings} recordings (files of 0.1 to 4 MB, generated while streamed) and {latency_ms:g} ms of
added latency per request, the kind of round trip a presigned storage URL has. The clients get their credentials
and base URLs from the environment (what `make mock` prints). `recordings archive` (the `Archiver` the command runs,
in-process) mirrors every ready recording into a fresh local directory: staging file, sha256, atomic rename, size
check, manifest. The baseline is the plain loop a script would write with the same library:
`for r in rec.list(): if r.status == "ready": rec.download(r, dir)`, one file after the other, no checksum, no
manifest. The mocks' lifecycle is frozen (`--advance-polls`/`--advance-seconds` very large) so every variant
archives the same files. {settings.archive_runs} run(s) per variant, alternating; the best is reported
(MB = 10^6 bytes).
""",
    )
    with contextlib.ExitStack() as stack:
        env: dict[str, str] = {}
        specmock = load("specmock")
        for vendor in vendors:
            server = stack.enter_context(
                mock_server(
                    vendor,
                    recordings=settings.archive_recordings,
                    seed=settings.seed,
                    # frozen lifecycle: every variant sees the same ready recordings
                    extra=[
                        "--latency",
                        f"{latency_ms:g}ms",
                        "--advance-polls",
                        "1000000000",
                        "--advance-seconds",
                        "1e9",
                    ],
                )
            )
            env.update(specmock.load_vendor(vendor).client_environment(server.base_url))
        stack.enter_context(_environment(env))
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-archive-")))
        variants: dict[str, Callable[[Path], tuple[int, int]]] = {"loop": _loop}
        for concurrency in settings.archive_concurrency:
            variants[f"ours-{concurrency}"] = functools.partial(_ours, concurrency=concurrency)
        best: dict[str, float] = {}
        sizes: dict[str, tuple[int, int]] = {}
        for run in range(settings.archive_runs):
            for name, func in variants.items():
                directory = work / f"{name}-{run}"
                directory.mkdir()
                begin = time.perf_counter()
                sizes[name] = func(directory)
                seconds = time.perf_counter() - begin
                best[name] = min(best.get(name, seconds), seconds)
                shutil.rmtree(directory)
    if len(set(sizes.values())) != 1:
        raise RuntimeError(f"the variants archived different files: {sizes}")
    files, size = sizes["loop"]
    loop_mbps = size / MB / best["loop"]
    for concurrency in settings.archive_concurrency:
        name = f"ours-{concurrency}"
        section.rows.append(
            Row(
                "8",
                f"archive {files} files ({size / MB:,.0f} MB), concurrency {concurrency}: throughput",
                size / MB / best[name],
                loop_mbps,
                "MB/s",
                "sequential download loop",
                Target.ratio_at_least(0.8) if concurrency == 1 else Target.info(),
                digits=1,
                note=f"{files / best[name]:,.1f} files/s; loop {files / best['loop']:,.1f} files/s",
            )
        )
    return section
