"""``recordings archive``: mirror every ready recording into a directory or fsspec URL, resumably.

One pass: list the chosen vendors' recordings (newest first, lazily), keep this shard's ready ones, skip what the
manifest already holds, and fetch the rest with a bounded pool. A file is downloaded to a staging path (resumable),
hashed, moved or uploaded to ``<dest>/<vendor>/<id>.<ext>``, checked there (size; with ``verify``, the sha256 re-read
from the destination) and only then recorded in the manifest. Deleting at the vendor happens only after that
re-read check. An interrupt stops new work, aborts running downloads (their partial files stay for the next run) and
writes the manifest.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime as dt
import errno
import hashlib
import os
import re
import shutil
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any, Protocol

import fsspec  # type: ignore[import-untyped]

from recordings import Recording, Status, VendorFailure
from recordings._redact import mask_text

from .manifest import Entry, Manifest, manifest_name
from .parsing import Shard
from .transfer import fetch

__all__ = ["ArchiveOptions", "ArchiveReport", "Archiver", "Reporter", "target_path"]

CHUNK = 1 << 20
STAGING_DIR = ".staging"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class Cancelled(Exception):
    """Raised inside a running download when the archive is interrupted."""


class Reporter(Protocol):
    """What the archive tells its user (all calls come from the thread that called ``Archiver.run``)."""

    def planned(self, recording: Recording, path: str) -> None: ...
    def started(self, recording: Recording, path: str) -> None: ...
    def progress(self, key: str, done: int, total: int | None) -> None: ...
    def finished(self, entry: Entry, *, adopted: bool, refreshed: int) -> None: ...
    def deleted(self, key: str) -> None: ...
    def failed(self, key: str, message: str) -> None: ...


@dataclasses.dataclass(slots=True)
class ArchiveOptions:
    vendors: list[str] | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    room: str | None = None
    concurrency: int = 4
    dry_run: bool = False
    shard: Shard | None = None
    delete_after_archive: bool = False
    verify: bool = False
    limit: int | None = None
    staging: Path | None = None


@dataclasses.dataclass(slots=True)
class ArchiveReport:
    archived: list[Entry] = dataclasses.field(default_factory=list)
    planned: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # dry run: (key, path)
    already: int = 0  # in the manifest from an earlier run
    adopted: int = 0  # complete in the destination from an interrupted run, recorded without downloading
    other_shards: int = 0
    refreshed: int = 0
    deleted: list[str] = dataclasses.field(default_factory=list)
    failures: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (key or vendor, masked message)
    vendor_failures: list[VendorFailure] = dataclasses.field(default_factory=list)
    interrupted: bool = False
    seconds: float = 0.0
    manifest: str = ""

    @property
    def bytes(self) -> int:
        return sum(entry.size for entry in self.archived)

    @property
    def ok(self) -> bool:
        return not (self.failures or self.vendor_failures or self.interrupted)


@dataclasses.dataclass(slots=True)
class _Done:
    """What a worker did with one recording."""

    entry: Entry
    adopted: bool = False
    refreshed: int = 0
    archived: bool = False  # archived in this run (not found in the manifest)
    deleted: bool = False


def _extension(recording: Recording) -> str:
    """From ``format`` (``mp4``, ``video/mp4``), else the download URL's file suffix, else ``bin``."""
    fmt = (recording.format or "").strip().lower().rsplit("/", 1)[-1]
    fmt = _UNSAFE.sub("", fmt.split(";")[0].split("+")[0])
    if not fmt and recording.download_url:
        fmt = _UNSAFE.sub("", PurePosixPath(urllib.parse.urlsplit(recording.download_url).path).suffix.lstrip("."))
    return fmt[:8].lower() or "bin"


def target_path(recording: Recording) -> str:
    """Where ``recording`` goes, relative to the destination: ``<vendor>/<id>.<ext>`` (characters made path-safe)."""
    ident = _UNSAFE.sub("_", recording.id).strip(".") or "_"
    return f"{_UNSAFE.sub('_', recording.vendor)}/{ident}.{_extension(recording)}"


def _sha256_file(file: Any) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    while chunk := file.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return size, digest.hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Archiver:
    """One archive run of ``recordings`` (a Recordings instance) into ``dest``."""

    def __init__(self, recordings: Any, dest: str, options: ArchiveOptions, reporter: Reporter) -> None:
        self.recordings, self.options, self.reporter = recordings, options, reporter
        self.fs, root = fsspec.core.url_to_fs(dest)
        self.root = str(root).rstrip("/") or "/"
        self.local = "file" in _protocols(self.fs)
        self.manifest = Manifest.load(self.fs, self.root, manifest_name(options.shard))
        self._dest = dest
        self.report = ArchiveReport(manifest=self._display(self.manifest.path))
        self._stop = threading.Event()

    # -- paths -------------------------------------------------------------------------------------------------------
    def _display(self, path: str) -> str:
        """``path`` as the user wrote the destination (relative stays relative, a URL keeps its scheme), masked."""
        if path.startswith(self.root + "/"):
            path = self._dest.rstrip("/") + path[len(self.root) :]
        return mask_text(path)

    def _full(self, relative: str) -> str:
        return f"{self.root}/{relative}"

    def _staging(self, relative: str) -> Path:
        if self.options.staging is not None:
            base = self.options.staging
        elif self.local:
            base = Path(self.root) / STAGING_DIR
        else:
            cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
            base = cache / "recordings" / "staging" / hashlib.sha256(self._dest.encode()).hexdigest()[:16]
        path = base / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    # -- one recording -----------------------------------------------------------------------------------------------
    def _progress(self, key: str) -> Callable[[int, int | None], None]:
        def update(done: int, total: int | None) -> None:
            if self._stop.is_set():
                raise Cancelled(key)
            self.reporter.progress(key, done, total)

        return update

    def _verify(self, full: str, size: int, sha256: str | None) -> None:
        """The copy at ``full`` has ``size`` bytes and (when given) ``sha256``, re-read from the destination."""
        found = self.fs.size(full)
        if found != size:
            raise OSError(f"the copy at {self._display(full)} has {found} bytes, expected {size}")
        if sha256 is not None:
            with self.fs.open(full, "rb") as file:
                _, digest = _sha256_file(file)
            if digest != sha256:
                raise OSError(f"the copy at {self._display(full)} does not match its sha256 {sha256[:12]}…")

    def _publish(self, staged: Path, full: str) -> None:
        """Move the staged file to ``full`` so that ``full`` only ever appears complete (rename, or upload+move)."""
        if self.local:
            Path(full).parent.mkdir(parents=True, exist_ok=True)
            _fsync(staged)  # its bytes on disk before its name: a crash never leaves a short file under ``full``
            try:
                os.replace(staged, full)  # same file system: atomic
            except OSError as exc:
                if exc.errno != errno.EXDEV:
                    raise
                copy = Path(full).with_name(f".{Path(full).name}.part")  # --staging on another file system
                shutil.copyfile(staged, copy)
                _fsync(copy)
                os.replace(copy, full)
                staged.unlink()
            return
        parent = full.rsplit("/", 1)[0]
        self.fs.makedirs(parent, exist_ok=True)
        temporary = f"{parent}/.{full.rsplit('/', 1)[-1]}.part"
        self.fs.put_file(str(staged), temporary)
        self.fs.mv(temporary, full)
        staged.unlink()

    def _adopt(self, recording: Recording, relative: str) -> Entry | None:
        """A complete copy left by an interrupted run (files only appear once complete): record it, don't download."""
        full = self._full(relative)
        if not self.fs.exists(full):
            return None
        with self.fs.open(full, "rb") as file:
            size, digest = _sha256_file(file)
        return self._entry(recording, relative, size, digest)

    def _entry(self, recording: Recording, relative: str, size: int, digest: str) -> Entry:
        started = recording.started_at.isoformat() if recording.started_at else None
        return Entry(recording.key, recording.vendor, recording.id, relative, size, digest, _now(), started)

    def _archive_one(self, recording: Recording, relative: str) -> tuple[Entry, bool, int]:
        adopted = self._adopt(recording, relative)
        if adopted is not None:
            return adopted, True, 0
        fetched = fetch(self.recordings, recording, self._staging(relative), on_progress=self._progress(recording.key))
        # The size check against the server's Content-Length is the download's; a vendor's own size field may be
        # rounded (e.g. megabytes with two decimals), so it is not compared here.
        with fetched.path.open("rb") as file:
            size, digest = _sha256_file(file)
        full = self._full(relative)
        self._publish(fetched.path, full)
        self._verify(full, size, digest if self.options.verify else None)
        return self._entry(fetched.recording, relative, size, digest), False, fetched.refreshed

    def _delete(self, recording: Recording, entry: Entry) -> Entry:
        """Delete the vendor's copy, only after re-reading the archived one (size and sha256)."""
        self._verify(self._full(entry.path), entry.size, entry.sha256)
        self.recordings.delete(recording)
        return dataclasses.replace(entry, deleted_at=_now())

    def _work(self, recording: Recording, relative: str, entry: Entry | None) -> _Done:
        """Archive (unless ``entry`` says it is done), then delete at the vendor when asked."""
        done = _Done(entry) if entry is not None else _Done(*self._archive_one(recording, relative), archived=True)
        if done.archived:
            self.manifest.add(done.entry)
        if self.options.delete_after_archive and done.entry.deleted_at is None:
            done.entry = self._delete(recording, done.entry)
            done.deleted = True
            self.manifest.add(done.entry)
        return done

    # -- the run -----------------------------------------------------------------------------------------------------
    def _candidates(self, listing: Iterator[Recording]) -> Iterator[tuple[Recording, str, Entry | None]]:
        """This shard's ready recordings that still need work, with the manifest entry of those already archived."""
        wanted = 0
        for recording in listing:
            if recording.status is not Status.READY:
                continue
            if self.options.shard is not None and not self.options.shard.owns(recording.key):
                self.report.other_shards += 1
                continue
            entry = self.manifest.get(recording.key)
            if entry is not None and self.options.verify:
                try:
                    self._verify(self._full(entry.path), entry.size, entry.sha256)
                except (OSError, FileNotFoundError) as exc:
                    self.reporter.failed(recording.key, f"archived copy is bad, archiving again: {exc}")
                    entry = None
            if entry is not None:
                self.report.already += 1
                if not self.options.delete_after_archive or entry.deleted_at is not None:
                    continue
            if self.options.limit is not None and wanted >= self.options.limit:
                return
            wanted += 1
            yield recording, entry.path if entry is not None else target_path(recording), entry

    def _collect(self, key: str, future: concurrent.futures.Future[_Done]) -> None:
        try:
            done = future.result()
        except Cancelled:
            return
        except Exception as exc:  # one recording failing never stops the others
            message = mask_text(f"{type(exc).__name__}: {exc}")
            self.report.failures.append((key, message))
            self.reporter.failed(key, message)
            return
        if done.archived:
            self.report.archived.append(done.entry)
            self.report.refreshed += done.refreshed
            self.report.adopted += int(done.adopted)
            self.reporter.finished(done.entry, adopted=done.adopted, refreshed=done.refreshed)
        if done.deleted:
            self.report.deleted.append(key)
            self.reporter.deleted(key)

    def run(self) -> ArchiveReport:
        started = time.perf_counter()
        # No status filter at the vendor: readiness is decided here on the normalized status, so a vendor-side
        # filter that maps statuses differently can never make the archive skip a ready recording silently.
        listing = self.recordings.list(
            since=self.options.since, until=self.options.until, room=self.options.room, vendors=self.options.vendors
        )
        try:
            if self.options.dry_run:
                for recording, relative, _ in self._candidates(listing):
                    self.report.planned.append((recording.key, relative))
                    self.reporter.planned(recording, self._display(self._full(relative)))
            else:
                self._run_pool(listing)
        except KeyboardInterrupt:
            self.report.interrupted = True
        finally:
            if not self.options.dry_run:
                self.manifest.flush()
            self.report.vendor_failures = list(getattr(listing, "failures", []))
            self.report.seconds = time.perf_counter() - started
        return self.report

    def _run_pool(self, listing: Iterator[Recording]) -> None:
        workers = max(1, self.options.concurrency)
        pending: dict[concurrent.futures.Future[_Done], str] = {}
        pool = concurrent.futures.ThreadPoolExecutor(workers, thread_name_prefix="archive")
        try:
            for recording, relative, entry in self._candidates(listing):
                while len(pending) >= 2 * workers:
                    self._drain(pending, concurrent.futures.FIRST_COMPLETED)
                if entry is None:
                    self.reporter.started(recording, self._display(self._full(relative)))
                pending[pool.submit(self._work, recording, relative, entry)] = recording.key
                self._drain(pending, None, timeout=0)
            while pending:
                self._drain(pending, concurrent.futures.FIRST_COMPLETED)
        except BaseException:
            self._stop.set()  # running downloads raise Cancelled at their next chunk; their .part files stay
            pool.shutdown(wait=True, cancel_futures=True)
            for future, key in list(pending.items()):
                if future.done() and not future.cancelled():
                    self._collect(key, future)
            raise
        pool.shutdown(wait=True)

    def _drain(
        self, pending: dict[concurrent.futures.Future[_Done], str], when: str | None, timeout: float | None = None
    ) -> None:
        if when is None:
            done = {future for future in pending if future.done()}
        else:
            done, _ = concurrent.futures.wait(pending, timeout=timeout, return_when=when)
        for future in done:
            self._collect(pending.pop(future), future)


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _protocols(fs: Any) -> tuple[str, ...]:
    protocol = fs.protocol
    return (protocol,) if isinstance(protocol, str) else tuple(protocol)
