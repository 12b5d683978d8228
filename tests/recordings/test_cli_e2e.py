"""``recordings`` end to end against every vendor's mock at once (specmock.running, one per vendor).

The CLI runs in-process (Click's CliRunner) with the environment ``make mock`` prints for each vendor
(``MockServer.client_environment()``); what was downloaded is read from the mocks' own counters
(``stats()["files"]``, ``file_requests``), never from the CLI's output alone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import urllib.parse
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import fsspec  # type: ignore[import-untyped]
import pytest
from click.testing import CliRunner, Result
from recordings.cli import archive as archive_module
from recordings.cli.commands import cli
from recordings.cli.exitcodes import ExitCode

import specmock
from speccore import vendors as speccore_vendors
from specmock.state.files import expected_bytes
from tests.mockenv import cap_client_sleeps

VENDORS = speccore_vendors.discover()
SEED = 7
FAST_WAIT = 0.002  # the clients' sleeps between retries, capped (retries still happen, they just don't wait)


@contextlib.contextmanager
def _mocks(monkeypatch: pytest.MonkeyPatch, recordings: int) -> Iterator[dict[str, Any]]:
    cap_client_sleeps(monkeypatch, FAST_WAIT)
    monkeypatch.delenv("RECORDINGS_PROFILE", raising=False)
    with contextlib.ExitStack() as stack:
        servers = {key: stack.enter_context(specmock.running(key, recordings=recordings, seed=SEED)) for key in VENDORS}
        for server in servers.values():
            for name, value in server.client_environment().items():
                monkeypatch.setenv(name, value)
        yield servers


@pytest.fixture
def mocks(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    with _mocks(monkeypatch, recordings=8) as servers:
        yield servers


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def listed(*args: str) -> list[dict[str, Any]]:
    result = run(*args, "ls", "--jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def ready(*args: str) -> dict[str, dict[str, Any]]:
    """Every ready recording, by key, as the vendors list them (unfiltered listing, status read here)."""
    return {item["key"]: item for item in listed(*args) if item["status"] == "ready"}


def files(servers: dict[str, Any]) -> int:
    return sum(server.stats().get("files", 0) for server in servers.values())


def manifest(dest: Path) -> dict[str, dict[str, Any]]:
    entries: dict[str, dict[str, Any]] = {}
    for path in sorted(dest.glob("manifest*.jsonl")):
        for line in path.read_text().splitlines():
            entries[json.loads(line)["key"]] = json.loads(line)
    return entries


def check_copies(
    servers: dict[str, Any], dest: Path, entries: dict[str, dict[str, Any]], wanted: dict[str, dict[str, Any]]
) -> None:
    """Exactly the wanted recordings are archived, each byte for byte the file its mock serves, checksum right."""
    assert set(entries) == set(wanted)
    for key, entry in entries.items():
        data = (dest / entry["path"]).read_bytes()
        assert len(data) == entry["size"] and hashlib.sha256(data).hexdigest() == entry["sha256"], key
        collection, ident = urllib.parse.urlsplit(wanted[key]["download_url"]).path.rsplit("/", 2)[-2:]
        store = servers[entry["vendor"]].app.store.collections[collection]
        size = store.file_size(store.get(ident))
        assert data == expected_bytes(SEED, collection, ident, 0, size), key


def downloaded_paths(server: Any) -> list[str]:
    return [path for path, _ in server.file_requests]


def test_ls_merges_and_orders_all_vendors_across_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    count = 260  # more than one page of every vendor's largest page size (250)
    with _mocks(monkeypatch, recordings=count) as servers:
        items = listed()
        for server in servers.values():
            assert server.stats()["total"] >= 2, server.stats()  # more than one page read from every vendor
        table = run("ls")
    by_vendor = {key: [item for item in items if item["vendor"] == key] for key in VENDORS}
    assert {key: len(found) for key, found in by_vendor.items()} == dict.fromkeys(VENDORS, count)
    assert len({item["key"] for item in items}) == len(items)
    times = [dt.datetime.fromisoformat(item["created_at"] or item["started_at"]) for item in items]
    assert times == sorted(times, reverse=True)
    assert table.exit_code == 0 and f"{count * len(VENDORS)} recording(s) from {', '.join(VENDORS)}" in table.output


def test_ls_filters_and_limit(mocks: dict[str, Any]) -> None:
    everything = listed()
    newest = listed("--vendor", VENDORS[0])[:3]
    limited = run("ls", "--jsonl", "--limit", "5")
    assert [json.loads(line)["key"] for line in limited.stdout.splitlines()] == [i["key"] for i in everything[:5]]
    room = newest[0]["room_id"]
    in_room = [json.loads(line) for line in run("ls", "--jsonl", "--room", room).stdout.splitlines()]
    assert in_room and all(item["room_id"] == room for item in in_room)
    assert {item["key"] for item in in_room} == {item["key"] for item in everything if item["room_id"] == room}


def test_archive_copies_everything_and_a_rerun_downloads_nothing(mocks: dict[str, Any], tmp_path: Path) -> None:
    wanted = ready()
    assert {key.split(":")[0] for key in wanted} == set(VENDORS)
    result = run("archive", str(tmp_path), "--concurrency", "4")
    assert result.exit_code == 0, result.output
    check_copies(mocks, tmp_path, manifest(tmp_path), wanted)
    fetched = files(mocks)
    assert fetched == len(wanted)  # one request per file: nothing fetched twice
    again = run("archive", str(tmp_path))
    assert again.exit_code == 0 and files(mocks) == fetched
    assert f"already archived {len(wanted)}" in again.output


def test_archive_to_an_fsspec_memory_url(mocks: dict[str, Any], tmp_path: Path) -> None:
    wanted = ready("--vendor", VENDORS[0])
    dest = f"memory://archive-{uuid.uuid4().hex}"
    result = run("--vendor", VENDORS[0], "archive", dest, "--staging", str(tmp_path))
    assert result.exit_code == 0, result.output
    fs = fsspec.filesystem("memory")
    root = "/" + dest.removeprefix("memory://")
    entries = {json.loads(line)["key"]: json.loads(line) for line in fs.cat(f"{root}/manifest.jsonl").splitlines()}
    assert set(entries) == set(wanted)
    for entry in entries.values():
        assert hashlib.sha256(fs.cat(f"{root}/{entry['path']}")).hexdigest() == entry["sha256"]
    fs.rm(root, recursive=True)


def test_interrupted_archive_resumes_without_downloading_finished_files(
    mocks: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wanted = ready()
    original = archive_module.Archiver._collect
    done: list[str] = []

    def collect_then_interrupt(self: Any, key: str, future: Any) -> None:
        original(self, key, future)
        done.append(key)
        if len(done) == 5:
            raise KeyboardInterrupt  # Ctrl-C after five files

    monkeypatch.setattr(archive_module.Archiver, "_collect", collect_then_interrupt)
    first = run("archive", str(tmp_path), "--concurrency", "2")
    assert first.exit_code == ExitCode.INTERRUPTED, first.output
    finished = manifest(tmp_path)
    assert 5 <= len(finished) < len(wanted)
    requests_before = {key: len(server.file_requests) for key, server in mocks.items()}
    monkeypatch.setattr(archive_module.Archiver, "_collect", original)

    second = run("archive", str(tmp_path), "--concurrency", "2")
    assert second.exit_code == 0, second.output
    check_copies(mocks, tmp_path, manifest(tmp_path), wanted)
    for vendor, server in mocks.items():
        later = downloaded_paths(server)[requests_before[vendor] :]
        done_ids = {entry["id"] for entry in finished.values() if entry["vendor"] == vendor}
        again = [path for path in later if path.rsplit("/", 1)[-1] in done_ids]
        assert again == [], (vendor, again)


def test_expired_and_refused_urls_are_refreshed(mocks: dict[str, Any], tmp_path: Path) -> None:
    wanted = ready()
    now = dt.datetime.now(dt.UTC)
    expired = [
        key
        for key, item in wanted.items()
        if item["download_expires_at"] and dt.datetime.fromisoformat(item["download_expires_at"]) <= now
    ]
    assert expired, "the seed data has recordings whose download URL has expired"
    refusing = next(key for key in VENDORS if key not in {k.split(":")[0] for k in expired})
    mocks[refusing].fail_next(1, "403", route="files")  # an unexpired URL that the storage refuses
    result = run("archive", str(tmp_path), "--concurrency", "1")
    assert result.exit_code == 0, result.output
    check_copies(mocks, tmp_path, manifest(tmp_path), wanted)
    assert f"URLs refreshed {len(expired) + 1}" in result.output
    assert files(mocks) == len(wanted) + 1  # the refused request, then the file once


def test_a_vendor_outage_is_reported_and_a_later_run_completes(mocks: dict[str, Any], tmp_path: Path) -> None:
    wanted = ready()
    down_api, down_files = VENDORS[0], VENDORS[1]
    mocks[down_api].fail_next(10_000, "503", route="api")
    mocks[down_files].fail_next(10_000, "503", route="files")
    first = run("archive", str(tmp_path))
    assert first.exit_code == ExitCode.PARTIAL, first.output
    assert f"vendor {down_api} failed" in first.output and f"failed {down_files}:" in first.output
    partial = manifest(tmp_path)
    others = {key for key in wanted if key.split(":")[0] not in {down_api, down_files}}
    assert set(partial) == others
    for vendor in (down_api, down_files):
        mocks[vendor].app.faults.clear()
    before = {key: len(server.file_requests) for key, server in mocks.items()}
    second = run("archive", str(tmp_path))
    assert second.exit_code == 0, second.output
    check_copies(mocks, tmp_path, manifest(tmp_path), wanted)
    for vendor, server in mocks.items():
        if vendor not in {down_api, down_files}:
            assert len(server.file_requests) == before[vendor]  # nothing archived before is fetched again


def test_shards_split_without_overlap_and_cover_everything(mocks: dict[str, Any], tmp_path: Path) -> None:
    wanted = ready()
    outputs = [run("archive", str(tmp_path), "--shard", f"{index}/3") for index in (1, 2, 3)]
    assert [result.exit_code for result in outputs] == [0, 0, 0]
    per_shard = [
        {json.loads(line)["key"] for line in (tmp_path / f"manifest-shard-{i}-of-3.jsonl").read_text().splitlines()}
        for i in (1, 2, 3)
    ]
    assert sum(map(len, per_shard)) == len(set().union(*per_shard)) == len(wanted)
    assert set().union(*per_shard) == set(wanted) and all(per_shard)
    assert files(mocks) == len(wanted)
    check_copies(mocks, tmp_path, manifest(tmp_path), wanted)


def test_delete_after_archive_deletes_only_verified_copies(mocks: dict[str, Any], tmp_path: Path) -> None:
    infos = json.loads(run("vendors", "--json").stdout)
    vendor = next(info["key"] for info in infos if "delete" in info["capabilities"])
    cannot = next(info["key"] for info in infos if "delete" not in info["capabilities"])
    wanted = ready("--vendor", vendor)
    assert run("--vendor", vendor, "archive", str(tmp_path)).exit_code == 0
    assert set(ready("--vendor", vendor)) == set(wanted)  # archiving alone deleted nothing
    entries = manifest(tmp_path)
    tampered = sorted(entries)[0]
    copy = tmp_path / entries[tampered]["path"]
    data = bytearray(copy.read_bytes())
    data[-1] ^= 0xFF
    copy.write_bytes(bytes(data))
    result = run("--vendor", vendor, "archive", str(tmp_path), "--delete-after-archive")
    assert result.exit_code == ExitCode.PARTIAL, result.output
    assert set(ready("--vendor", vendor)) == {tampered}  # the unverified one is still at the vendor
    assert f"deleted at the vendor {len(wanted) - 1}" in result.output
    refused = run("--vendor", cannot, "archive", str(tmp_path), "--delete-after-archive")
    assert refused.exit_code == ExitCode.PARTIAL and f"{cannot} cannot delete" in refused.output


def test_get_and_download_mask_signatures_and_resume(mocks: dict[str, Any], tmp_path: Path) -> None:
    item = next(iter(ready().values()))
    shown = run("get", item["key"], "--json")
    assert shown.exit_code == 0 and json.loads(shown.stdout)["id"] == item["id"]
    result = run("download", item["key"], str(tmp_path))
    assert result.exit_code == 0, result.output
    saved = next(tmp_path.iterdir())
    assert saved.stat().st_size == item["size_bytes"] or item["size_bytes"] is None
    missing = run("get", f"{item['vendor']}:{'0' * len(item['id'])}")
    assert missing.exit_code == ExitCode.PARTIAL and "Traceback" not in missing.output


def test_exit_codes_without_configuration_and_for_usage(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in VENDORS:
        prefix = speccore_vendors.load_vendor(key).env_prefix
        for name in list(os.environ):
            if name.startswith(prefix + "_"):
                monkeypatch.delenv(name)
    monkeypatch.delenv("RECORDINGS_PROFILE", raising=False)
    monkeypatch.setenv("HOME", "/nonexistent")
    assert run("ls").exit_code == ExitCode.NOT_CONFIGURED
    assert run("archive", "/tmp/nowhere").exit_code == ExitCode.NOT_CONFIGURED
    assert run("ls", "--status", "done").exit_code == ExitCode.USAGE
    assert run("archive").exit_code == ExitCode.USAGE
