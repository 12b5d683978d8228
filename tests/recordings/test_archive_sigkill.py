"""``recordings archive`` killed with SIGKILL mid-run (a real process, the real mocks), then run again.

The mocks sit behind a throttling proxy (throttle.py) so a file takes a fraction of a second to arrive: the kill
lands while some files are in DEST and at least one ``.part`` is half written. The rerun must finish with exit 0,
every file once with the mock's bytes, no temporary file left, nothing complete fetched again (the mocks'
``file_requests``), and a manifest that parses and matches the files.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import signal
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from recordings.cli.archive import STAGING_DIR, target_path

import specmock
from recordings import Recordings, Status
from specmock.state.files import expected_bytes
from tests.mockenv import clean_env
from tests.recordings.libkit import adapters, make_clients
from tests.recordings.throttle import throttled

SEED = 11
RECORDINGS = 4  # per vendor
RATE = 5_000_000  # bytes/s per connection: a 1-4 MB file takes a fraction of a second
COMMAND = [sys.executable, "-m", "recordings.cli", "archive"]
TEMPORARY = ("*.part", "*.part.json", "*.tmp")


@pytest.fixture
def mocks() -> Iterator[tuple[dict[str, specmock.MockServer], dict[str, str]]]:
    """Every vendor's mock, and the environment that points the CLI at them through the throttling proxies."""
    env = {key: value for key, value in clean_env().items() if key != "RECORDINGS_PROFILE"}
    with contextlib.ExitStack() as stack:
        servers = {
            key: stack.enter_context(specmock.running(key, seed=SEED, recordings=RECORDINGS)) for key in adapters()
        }
        for server in servers.values():
            port = stack.enter_context(throttled((server.host, server.port), RATE))
            env.update(server.vendor.client_environment(f"http://127.0.0.1:{port}{server.app.spec.base_path}"))
        yield servers, env


def wanted(servers: dict[str, specmock.MockServer]) -> dict[str, tuple[str, bytes]]:
    """Every ready recording's archive path and the exact bytes its mock serves, by ``vendor/id``."""
    made = make_clients(servers)
    out: dict[str, tuple[str, bytes]] = {}
    for recording in Recordings(clients=made).list():
        if recording.status is not Status.READY or not recording.download_url:
            continue
        collection, ident = urllib.parse.urlsplit(recording.download_url).path.rsplit("/", 2)[-2:]
        store = servers[recording.vendor].app.store.collections[collection]
        item = store.get(ident)
        assert item is not None
        size = store.file_size(item)
        assert size is not None
        out[f"{recording.vendor}/{ident}"] = (target_path(recording), expected_bytes(SEED, collection, ident, 0, size))
    for client in made.values():
        client.close()
    return out


def archived_files(dest: Path) -> set[str]:
    """Files in DEST outside the staging area and the manifests (relative paths)."""
    return {
        path.relative_to(dest).as_posix()
        for path in dest.rglob("*")
        if path.is_file()
        and STAGING_DIR not in path.relative_to(dest).parts
        and not path.name.startswith(".")
        and not path.name.startswith("manifest")
    }


def partial_files(dest: Path) -> dict[str, int]:
    """Bytes in each non-empty ``.part`` of the staging area, by the archive path it is for."""
    staging = dest / STAGING_DIR
    return {
        path.relative_to(staging).as_posix().removesuffix(".part"): path.stat().st_size
        for path in staging.rglob("*.part")
        if path.stat().st_size > 0
    }


def kill_mid_run(dest: Path, env: dict[str, str], deadline: float) -> tuple[set[str], dict[str, int]]:
    """Start the archive, SIGKILL it once 2+ files are in DEST and a .part holds bytes; what was there then."""
    process = subprocess.Popen(
        [*COMMAND, str(dest), "--concurrency", "2"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        while time.monotonic() < deadline and process.poll() is None:
            if len(archived_files(dest)) >= 2 and partial_files(dest):
                break
            time.sleep(0.01)
        assert process.poll() is None, f"the archive ended before the kill: {process.communicate()[0]!r}"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()
    assert process.returncode == -signal.SIGKILL
    return archived_files(dest), partial_files(dest)


def requested_ids(server: specmock.MockServer, since: int) -> list[tuple[str, str | None]]:
    return [(path.rsplit("/", 1)[-1], byte_range) for path, byte_range in server.file_requests[since:]]


def test_sigkill_mid_archive_then_rerun_completes_without_refetching(
    mocks: tuple[dict[str, specmock.MockServer], dict[str, str]], tmp_path: Path
) -> None:
    servers, env = mocks
    expected = wanted(servers)
    assert len(expected) >= 8 and {key.split("/")[0] for key in expected} == set(servers)
    dest = tmp_path / "archive"
    complete, partial = kill_mid_run(dest, env, deadline=time.monotonic() + 15)
    assert len(complete) >= 2 and partial, (complete, partial)
    assert len(complete) < len(expected)
    sizes = {path: len(data) for path, data in expected.values()}
    assert any(done < sizes[path] for path, done in partial.items()), (partial, sizes)  # killed mid-file
    for relative in complete:  # a file in DEST is only ever complete (moved there once downloaded)
        assert (dest / relative).read_bytes() in {data for _, data in expected.values()}, relative
    before = {vendor: len(server.file_requests) for vendor, server in servers.items()}

    rerun = subprocess.run(
        [*COMMAND, str(dest), "--concurrency", "2"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr

    paths = {path: data for path, data in expected.values()}
    assert archived_files(dest) == set(paths)
    for path, data in paths.items():
        assert (dest / path).read_bytes() == data, path
    left = [p.relative_to(dest).as_posix() for pattern in TEMPORARY for p in dest.rglob(pattern)]
    left += [p.relative_to(dest).as_posix() for p in (dest / STAGING_DIR).rglob("*") if p.is_file()]
    assert left == [], left
    manifest = [json.loads(line) for line in (dest / "manifest.jsonl").read_text().splitlines()]
    assert sorted(entry["path"] for entry in manifest) == sorted(paths)  # every file once, nothing else
    for entry in manifest:
        data = (dest / entry["path"]).read_bytes()
        assert entry["size"] == len(data) and entry["sha256"] == hashlib.sha256(data).hexdigest(), entry

    done_ids = {relative.rsplit("/", 1)[-1].rsplit(".", 1)[0] for relative in complete}
    again = [
        (vendor, ident)
        for vendor, server in servers.items()
        for ident, _ in requested_ids(server, before[vendor])
        if ident in done_ids
    ]
    assert again == [], again  # files complete before the kill were recorded from DEST, not downloaded again
    resumed = [r for vendor, server in servers.items() for _, r in requested_ids(server, before[vendor]) if r]
    assert resumed, "the half-written file was resumed with a Range request"
    counts = re.search(r"already archived (\d+), found complete (\d+)", rerun.stdout)
    assert counts, rerun.stdout
    assert int(counts.group(1)) + int(counts.group(2)) == len(complete)  # from the manifest, or hashed in DEST
