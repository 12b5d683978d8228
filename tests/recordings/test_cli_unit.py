"""The ``recordings`` CLI against an in-memory implementation of the Recordings API (no network, no mock server).

Covers what is hard to provoke end to end: argument errors, masking, the manifest, shards, adoption of complete
files after a crash, refusal to delete an unverified copy, and interrupts. The end-to-end tests against the four
mock servers are in test_cli_e2e.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import hashlib
import json
import os
import threading
import uuid
from pathlib import Path
from typing import Any

import fsspec  # type: ignore[import-untyped]
import pytest
from click.testing import CliRunner
from recordings._redact import REDACTED, mask_text, mask_url
from recordings.cli.commands import cli
from recordings.cli.exitcodes import ExitCode
from recordings.cli.manifest import Entry, Manifest
from recordings.cli.parsing import Shard
from recordings.cli.session import Options

from recordings import Recording, RecordingsError, Status, VendorFailure, VendorInfo

NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
FUTURE = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
PAST = dt.datetime.now(dt.UTC) - dt.timedelta(days=3)
SIGNATURE = "SECRETSIG123"


def content(key: str, size: int) -> bytes:
    block = hashlib.sha256(key.encode()).digest()
    return (block * (size // len(block) + 1))[:size]


def started(recording: Recording) -> dt.datetime:
    assert recording.started_at is not None
    return recording.started_at


class Refused(Exception):
    """What a vendor client raises when a presigned URL has expired."""

    def __init__(self, url: str) -> None:
        super().__init__(f"403 Forbidden downloading {url}")
        self.status_code = 403


@dataclasses.dataclass
class Store:
    """Recordings per vendor, plus what the fake saw (downloads, refreshes, deletes) and the faults to inject."""

    recordings: dict[str, list[Recording]]
    configured: dict[str, bool] = dataclasses.field(default_factory=dict)
    downloads: list[str] = dataclasses.field(default_factory=list)
    refreshes: list[str] = dataclasses.field(default_factory=list)
    deleted: list[str] = dataclasses.field(default_factory=list)
    listing_down: set[str] = dataclasses.field(default_factory=set)
    download_down: set[str] = dataclasses.field(default_factory=set)
    refuse_once: set[str] = dataclasses.field(default_factory=set)  # keys whose URL answers 403 until refreshed
    interrupt_after: int | None = None
    lock: threading.Lock = dataclasses.field(default_factory=threading.Lock)

    def find(self, vendor: str, ident: str) -> Recording:
        for recording in self.recordings.get(vendor, []):
            if recording.id == ident:
                return recording
        raise RecordingsError(f"{vendor}:{ident}: not found")


class Listing:
    def __init__(self, items: list[Recording], failures: list[VendorFailure]) -> None:
        self._items = iter(items)
        self.failures = failures

    def __iter__(self) -> Listing:
        return self

    def __next__(self) -> Recording:
        return next(self._items)


class FakeRecordings:
    """The part of ``recordings.Recordings`` the CLI uses, over a Store."""

    def __init__(self, store: Store, vendors: Any = None, *, profile: Any = None, strict: bool = False) -> None:
        self.store, self.strict = store, strict

    def vendors(self) -> list[VendorInfo]:
        return [
            VendorInfo(
                key,
                key.title(),
                f"{key}-recordings",
                "1.0",
                frozenset({"list", "get", "download", "delete"}),
                self.store.configured.get(key, True),
                None if self.store.configured.get(key, True) else "no token",
            )
            for key in self.store.recordings
        ]

    def list(self, *, since=None, until=None, status=None, room=None, vendors=None, limit=None) -> Listing:
        items, failures = [], []
        for vendor in vendors or list(self.store.recordings):
            if vendor in self.store.listing_down:
                error = RecordingsError(f"{vendor}: 503 Service Unavailable")
                if self.strict:
                    raise error
                failures.append(VendorFailure(vendor, error, str(error)))
                continue
            items += self.store.recordings[vendor]
        items = [r for r in items if (status is None or r.status == status) and (room is None or r.room_id == room)]
        items = [r for r in items if (since is None or started(r) >= since) and (until is None or started(r) <= until)]
        items.sort(key=started, reverse=True)
        return Listing(items[:limit] if limit else items, failures)

    def get(self, vendor: str, ident: str) -> Recording:
        return self.store.find(vendor, ident)

    def refresh(self, recording: Recording) -> Recording:
        with self.store.lock:
            self.store.refreshes.append(recording.key)
            self.store.refuse_once.discard(recording.key)
        fresh = dataclasses.replace(
            recording,
            download_url=f"https://files.example/{recording.id}?sig={SIGNATURE}&n={uuid.uuid4().hex}",
            download_expires_at=FUTURE,
        )
        return fresh

    def download(self, recording: Recording, dest: Any, *, on_progress: Any = None) -> Path:
        store = self.store
        with store.lock:
            if store.interrupt_after is not None and len(store.downloads) >= store.interrupt_after:
                raise KeyboardInterrupt
            if recording.vendor in store.download_down:
                raise RecordingsError(f"503 Service Unavailable downloading {recording.download_url}")
            if recording.key in store.refuse_once or (
                recording.download_expires_at is not None and recording.download_expires_at < dt.datetime.now(dt.UTC)
            ):
                raise Refused(str(recording.download_url))
            store.downloads.append(recording.key)
        data = content(recording.key, recording.size_bytes or 0)
        path = Path(dest)
        path.write_bytes(data)
        if on_progress is not None:
            on_progress(len(data), len(data))
        return path

    def delete(self, recording: Recording) -> None:
        with self.store.lock:
            self.store.deleted.append(recording.key)

    def close(self) -> None:
        pass

    def __enter__(self) -> FakeRecordings:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def make_store(per_vendor: int = 6, vendors: tuple[str, ...] = ("alpha", "beta", "gamma")) -> Store:
    recordings: dict[str, list[Recording]] = {}
    for v_index, vendor in enumerate(vendors):
        items = []
        for index in range(per_vendor):
            ident = f"{vendor[0]}{index:03d}"
            items.append(
                Recording(
                    vendor=vendor,
                    id=ident,
                    room_id=f"room-{index % 2}",
                    status=Status.READY if index % 5 != 4 else Status.PROCESSING,
                    raw_status="done",
                    started_at=NOW - dt.timedelta(hours=index * 3 + v_index),
                    duration_seconds=60.0 * (index + 1),
                    size_bytes=1000 + 137 * index + v_index,
                    format="mp4",
                    download_url=f"https://files.example/{ident}?X-Amz-Signature={SIGNATURE}",
                    download_expires_at=FUTURE,
                )
            )
        recordings[vendor] = items
    return Store(recordings)


def ready_keys(store: Store) -> set[str]:
    return {r.key for items in store.recordings.values() for r in items if r.status is Status.READY}


def run(store: Store, *args: str) -> Any:
    factory = lambda vendors=None, **kw: FakeRecordings(store, vendors, **kw)  # noqa: E731
    return CliRunner().invoke(cli, list(args), obj=Options(factory=factory), catch_exceptions=False)


def manifest_entries(dest: Path) -> dict[str, dict[str, Any]]:
    entries: dict[str, dict[str, Any]] = {}
    for path in sorted(dest.glob("manifest*.jsonl")):
        for line in path.read_text().splitlines():
            data = json.loads(line)
            entries[data["key"]] = data
    return entries


# -- arguments -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ls", "--since", "yesterday"], "is not a time"),
        (["get", "no-colon"], "is not VENDOR:ID"),
        (["archive", "x", "--shard", "0/3"], "numbered 1..n"),
        (["archive", "x", "--shard", "4/3"], "numbered 1..n"),
        (["archive", "x", "--shard", "half"], "is not i/n"),
        (["archive", "x", "--concurrency", "0"], "0"),
        (["ls", "--json", "--jsonl"], "exclude each other"),
        (["--vendor", "nosuch", "ls"], "unknown vendor(s): nosuch"),
    ],
)
def test_usage_errors_exit_2_with_a_clear_message(args: list[str], message: str) -> None:
    result = run(make_store(), *args)
    assert result.exit_code == ExitCode.USAGE, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_relative_and_iso_times_filter_the_listing() -> None:
    store = make_store()
    since = (NOW - dt.timedelta(hours=7)).isoformat()
    result = run(store, "ls", "--jsonl", "--since", since)
    keys = [json.loads(line)["key"] for line in result.output.splitlines()]
    expected = [
        r.key for items in store.recordings.values() for r in items if started(r) >= NOW - dt.timedelta(hours=7)
    ]
    assert result.exit_code == 0 and sorted(keys) == sorted(expected) and keys
    # a relative "ago" far in the past keeps everything
    assert len(run(store, "ls", "--jsonl", "--since", "3650d").output.splitlines()) == sum(
        map(len, store.recordings.values())
    )


# -- masking -------------------------------------------------------------------------------------------------------
def test_mask_url_hides_every_query_value_and_userinfo() -> None:
    masked = mask_url(f"https://user:pw@bucket.example/a/b.mp4?X-Amz-Signature={SIGNATURE}&X-Amz-Credential=AKIA")
    assert SIGNATURE not in masked and "AKIA" not in masked and "pw" not in masked
    assert masked.startswith(f"https://{REDACTED}@bucket.example/a/b.mp4?") and f"X-Amz-Signature={REDACTED}" in masked
    assert mask_text(f"403 on https://h/x?sig={SIGNATURE} and more") == f"403 on https://h/x?sig={REDACTED} and more"


def test_no_output_shows_a_signature_unless_show_urls() -> None:
    store = make_store()
    for args in (["ls"], ["ls", "--json"], ["ls", "--jsonl"], ["get", "alpha:a000"], ["get", "alpha:a000", "--json"]):
        result = run(store, *args)
        assert result.exit_code == 0, result.output
        assert SIGNATURE not in result.output, args
    shown = run(store, "--show-urls", "get", "alpha:a000", "--json")
    assert json.loads(shown.output)["download_url"].endswith(SIGNATURE)


# -- ls / vendors --------------------------------------------------------------------------------------------------
def test_ls_merges_newest_first_and_reports_a_failed_vendor_with_exit_1() -> None:
    store = make_store()
    store.listing_down = {"beta"}
    result = CliRunner().invoke(
        cli, ["ls", "--json"], obj=Options(factory=lambda v=None, **kw: FakeRecordings(store, v, **kw))
    )
    assert result.exit_code == ExitCode.PARTIAL
    rows = json.loads(result.stdout)
    assert {row["vendor"] for row in rows} == {"alpha", "gamma"}
    times = [row["started_at"] for row in rows]
    assert times == sorted(times, reverse=True)
    assert "beta" in result.stderr and "503" in result.stderr


def test_ls_strict_fails_at_a_vendor_error() -> None:
    store = make_store()
    store.listing_down = {"beta"}
    result = run(store, "ls", "--strict")
    assert result.exit_code == ExitCode.PARTIAL and "503" in result.output


def test_nothing_configured_exits_3() -> None:
    store = make_store()
    store.configured = {key: False for key in store.recordings}
    for args in (["ls"], ["archive", "somewhere"], ["vendors"]):
        result = run(store, *args)
        assert result.exit_code == ExitCode.NOT_CONFIGURED, (args, result.output)
    assert "no token" in run(store, "ls").output


def test_vendors_json_lists_capabilities() -> None:
    data = json.loads(run(make_store(), "vendors", "--json").output)
    assert [item["key"] for item in data] == ["alpha", "beta", "gamma"]
    assert data[0]["capabilities"] == ["delete", "download", "get", "list"] and data[0]["configured"] is True


# -- download ------------------------------------------------------------------------------------------------------
def test_download_writes_the_file_and_refreshes_an_expired_url(tmp_path: Path) -> None:
    store = make_store()
    old = store.recordings["alpha"][1]
    store.recordings["alpha"][1] = dataclasses.replace(old, download_expires_at=PAST)
    result = run(store, "download", "alpha:a001", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "alpha-a001.mp4").read_bytes() == content("alpha:a001", old.size_bytes or 0)
    assert store.refreshes == ["alpha:a001"]


def test_download_of_an_unknown_recording_exits_1(tmp_path: Path) -> None:
    result = run(make_store(), "download", "alpha:nope", str(tmp_path))
    assert result.exit_code == ExitCode.PARTIAL and "not found" in result.output


# -- archive -------------------------------------------------------------------------------------------------------
def test_archive_copies_every_ready_recording_with_checksums_then_does_nothing(tmp_path: Path) -> None:
    store = make_store()
    result = run(store, "archive", str(tmp_path), "-j", "3")
    assert result.exit_code == 0, result.output
    entries = manifest_entries(tmp_path)
    assert set(entries) == ready_keys(store) == set(store.downloads)
    for key, entry in entries.items():
        data = (tmp_path / entry["path"]).read_bytes()
        assert len(data) == entry["size"] and hashlib.sha256(data).hexdigest() == entry["sha256"], key
    assert not any((tmp_path / ".staging").rglob("*.mp4"))
    again = run(store, "archive", str(tmp_path))
    assert again.exit_code == 0 and len(store.downloads) == len(entries)
    assert f"already archived {len(entries)}" in again.output
    assert store.deleted == []


def test_archive_to_a_memory_url(tmp_path: Path) -> None:
    store = make_store(per_vendor=3)
    dest = f"memory://archive-{uuid.uuid4().hex}"
    result = run(store, "archive", dest, "--staging", str(tmp_path / "staging"))
    assert result.exit_code == 0, result.output
    fs = fsspec.filesystem("memory")
    root = dest.removeprefix("memory://")
    lines = fs.cat(f"/{root}/manifest.jsonl").decode().splitlines()
    entries = {json.loads(line)["key"]: json.loads(line) for line in lines}
    assert set(entries) == ready_keys(store)
    for entry in entries.values():
        assert hashlib.sha256(fs.cat(f"/{root}/{entry['path']}")).hexdigest() == entry["sha256"]
    assert run(store, "archive", dest, "--staging", str(tmp_path / "staging")).exit_code == 0
    assert len(store.downloads) == len(entries)


def test_dry_run_writes_and_downloads_nothing(tmp_path: Path) -> None:
    store = make_store()
    dest = tmp_path / "dest"
    result = run(store, "archive", str(dest), "--dry-run")
    assert result.exit_code == 0
    planned = [line for line in result.output.splitlines() if line.startswith("would archive ") and " -> " in line]
    assert {line.split()[2] for line in planned} == ready_keys(store) and not dest.exists()
    assert f"would archive {len(ready_keys(store))} recording(s)" in result.output
    assert store.downloads == []


def test_shards_split_without_overlap_and_cover_everything(tmp_path: Path) -> None:
    store = make_store(per_vendor=10)
    for index in (1, 2, 3):
        assert run(store, "archive", str(tmp_path), "--shard", f"{index}/3").exit_code == 0
    assert len(store.downloads) == len(set(store.downloads))
    assert set(store.downloads) == ready_keys(store)
    names = sorted(path.name for path in tmp_path.glob("manifest*.jsonl"))
    assert names == [f"manifest-shard-{i}-of-3.jsonl" for i in (1, 2, 3)]
    per_shard = [{json.loads(line)["key"] for line in (tmp_path / n).read_text().splitlines()} for n in names]
    assert all(per_shard) and sum(map(len, per_shard)) == len(ready_keys(store))
    # an unsharded run afterwards sees the union: nothing left to do
    assert run(store, "archive", str(tmp_path)).exit_code == 0 and len(store.downloads) == len(ready_keys(store))


def test_shard_is_a_stable_partition() -> None:
    keys = [f"v:{index}" for index in range(300)]
    owners = [[k for k in keys if Shard(i, 4).owns(k)] for i in range(1, 5)]
    assert sorted(k for part in owners for k in part) == sorted(keys)
    assert all(40 < len(part) < 110 for part in owners)
    # the hash is sha256 of the key, not Python's per-process hash()
    assert Shard(1, 2).owns("v:0") == (int(hashlib.sha256(b"v:0").hexdigest()[:16], 16) % 2 == 0)


def test_expired_and_refused_urls_are_refreshed(tmp_path: Path) -> None:
    store = make_store()
    alpha = store.recordings["alpha"]
    alpha[0] = dataclasses.replace(alpha[0], download_expires_at=PAST)
    store.refuse_once = {alpha[1].key}  # expiry unknown to us, the URL answers 403
    result = run(store, "archive", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert sorted(store.refreshes) == sorted([alpha[0].key, alpha[1].key])
    assert {alpha[0].key, alpha[1].key} <= set(manifest_entries(tmp_path))
    assert "URLs refreshed 2" in result.output


def test_a_vendor_outage_is_reported_and_a_later_run_completes(tmp_path: Path) -> None:
    store = make_store()
    store.download_down = {"beta"}
    store.listing_down = {"gamma"}
    first = run(store, "archive", str(tmp_path))
    assert first.exit_code == ExitCode.PARTIAL
    assert "failed beta:" in first.output and "vendor gamma failed" in first.output
    assert SIGNATURE not in first.output
    done_first = set(manifest_entries(tmp_path))
    assert done_first == {k for k in ready_keys(store) if k.startswith("alpha:")}
    store.download_down, store.listing_down = set(), set()
    second = run(store, "archive", str(tmp_path))
    assert second.exit_code == 0, second.output
    assert set(manifest_entries(tmp_path)) == ready_keys(store)
    assert len(store.downloads) == len(set(store.downloads))  # nothing downloaded twice


def test_interrupted_archive_exits_130_and_a_rerun_skips_finished_files(tmp_path: Path) -> None:
    store = make_store()
    store.interrupt_after = 4
    first = run(store, "archive", str(tmp_path), "-j", "1")
    assert first.exit_code == ExitCode.INTERRUPTED
    finished = set(manifest_entries(tmp_path))
    assert finished == set(store.downloads) and len(finished) == 4
    store.interrupt_after = None
    second = run(store, "archive", str(tmp_path), "-j", "2")
    assert second.exit_code == 0
    assert set(manifest_entries(tmp_path)) == ready_keys(store)
    assert len(store.downloads) == len(set(store.downloads)) == len(ready_keys(store))


def test_complete_files_without_a_manifest_line_are_adopted_not_downloaded(tmp_path: Path) -> None:
    store = make_store(per_vendor=3)
    assert run(store, "archive", str(tmp_path)).exit_code == 0
    (tmp_path / "manifest.jsonl").write_text("")  # a crash before the manifest was written
    before = len(store.downloads)
    result = run(store, "archive", str(tmp_path))
    assert result.exit_code == 0 and len(store.downloads) == before
    assert set(manifest_entries(tmp_path)) == ready_keys(store)
    assert "found complete" in result.output


def test_a_torn_manifest_line_is_ignored(tmp_path: Path) -> None:
    fs = fsspec.filesystem("file")
    good = Entry("a:1", "a", "1", "a/1.mp4", 3, "ab" * 32, "2026-01-01T00:00:00+00:00")
    (tmp_path / "manifest.jsonl").write_text(good.to_json() + "\n" + '{"key": "a:2", "vend')
    manifest = Manifest.load(fs, str(tmp_path), "manifest.jsonl")
    assert list(manifest.entries) == ["a:1"] and manifest.entries["a:1"] == good


def test_a_manifest_write_killed_midway_leaves_nothing_behind_after_a_rerun(tmp_path: Path) -> None:
    store = make_store(per_vendor=3)
    assert run(store, "archive", str(tmp_path)).exit_code == 0
    complete = (tmp_path / "manifest.jsonl").read_text()
    stale = tmp_path / f".manifest.jsonl.{uuid.uuid4().hex}.tmp"  # what a SIGKILL during a manifest write leaves
    stale.write_text(complete[: len(complete) // 2])
    other = tmp_path / f".manifest-shard-1-of-2.jsonl.{uuid.uuid4().hex}.tmp"  # another writer's: not ours to remove
    other.write_text("")
    before = len(store.downloads)
    assert run(store, "archive", str(tmp_path)).exit_code == 0
    assert not stale.exists() and other.exists() and len(store.downloads) == before
    assert (tmp_path / "manifest.jsonl").read_text() == complete


def test_staging_on_another_file_system_is_copied_into_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace
    staging = tmp_path / "staging"

    def cross_device(src: Any, dst: Any) -> None:
        if Path(src).is_relative_to(staging):
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", cross_device)
    store = make_store(per_vendor=3)
    dest = tmp_path / "dest"
    result = run(store, "archive", str(dest), "--staging", str(staging))
    assert result.exit_code == 0, result.output
    entries = manifest_entries(dest)
    assert set(entries) == ready_keys(store)
    for entry in entries.values():
        assert hashlib.sha256((dest / entry["path"]).read_bytes()).hexdigest() == entry["sha256"]
    assert [p.name for p in dest.rglob("*.part")] == [] and [p for p in staging.rglob("*") if p.is_file()] == []


def test_delete_after_archive_deletes_only_verified_copies(tmp_path: Path) -> None:
    store = make_store(per_vendor=4)
    assert run(store, "archive", str(tmp_path)).exit_code == 0
    assert store.deleted == []
    entries = manifest_entries(tmp_path)
    tampered = sorted(entries)[0]
    path = tmp_path / entries[tampered]["path"]
    data = bytearray(path.read_bytes())
    data[0] ^= 0xFF  # same size, different checksum
    path.write_bytes(bytes(data))
    result = run(store, "archive", str(tmp_path), "--delete-after-archive")
    assert result.exit_code == ExitCode.PARTIAL
    assert tampered not in store.deleted and f"failed {tampered}" in result.output
    assert set(store.deleted) == set(entries) - {tampered}
    assert all(manifest_entries(tmp_path)[key]["deleted_at"] for key in store.deleted)
    # deleted once: a rerun does not delete again
    assert run(store, "archive", str(tmp_path), "--delete-after-archive").exit_code == ExitCode.PARTIAL
    assert len(store.deleted) == len(set(store.deleted))


def test_delete_is_never_done_without_the_flag_or_in_a_dry_run(tmp_path: Path) -> None:
    store = make_store(per_vendor=3)
    assert run(store, "archive", str(tmp_path), "--dry-run", "--delete-after-archive").exit_code == 0
    assert run(store, "archive", str(tmp_path)).exit_code == 0
    assert store.deleted == []


def test_archive_json_summary(tmp_path: Path) -> None:
    store = make_store(per_vendor=3)
    result = run(store, "archive", str(tmp_path), "--json")
    summary = json.loads(result.output)
    assert {item["key"] for item in summary["archived"]} == ready_keys(store)
    assert summary["bytes"] == sum(item["size"] for item in summary["archived"]) > 0
    assert summary["failures"] == [] and summary["interrupted"] is False
