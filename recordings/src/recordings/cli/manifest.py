"""The archive's manifest: one JSON line per archived recording (path, size, sha256), rewritten atomically.

Each writer owns one file (``manifest.jsonl``, or ``manifest-shard-<i>-of-<n>.jsonl`` for ``--shard i/n``, so
machines sharing one destination never overwrite each other's records); readers take the union of every
``manifest*.jsonl`` in the destination. A write goes to a temporary name first (flushed to disk on a local
file system) and is then moved over the file, so a crash leaves the old manifest or the new one, never a torn one;
a temporary file a killed run left behind is removed when the writer's manifest is next loaded.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import os
import threading
import time
import uuid
from typing import Any

__all__ = ["Entry", "Manifest", "manifest_name"]

FLUSH_SECONDS = 2.0  # the manifest is rewritten at most this often while an archive runs (and always at its end)


@dataclasses.dataclass(frozen=True, slots=True)
class Entry:
    """One archived recording: where its copy is (relative to the destination), its size and checksum."""

    key: str
    vendor: str
    id: str
    path: str
    size: int
    sha256: str
    archived_at: str
    started_at: str | None = None
    deleted_at: str | None = None  # set once the vendor's copy was deleted (--delete-after-archive)

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str) -> Entry | None:
        try:
            data: Any = json.loads(line)
            fields = {field.name for field in dataclasses.fields(cls)}
            return cls(**{name: value for name, value in data.items() if name in fields})
        except (ValueError, TypeError, AttributeError):
            return None  # a torn or foreign line: ignored, the recording is simply archived again

    def rank(self) -> tuple[str, str]:
        return (self.archived_at, self.deleted_at or "")


def manifest_name(shard: Any = None) -> str:
    return "manifest.jsonl" if shard is None else f"manifest-shard-{shard.index}-of-{shard.count}.jsonl"


class Manifest:
    """Every manifest file under ``root`` merged; additions go to this writer's own file."""

    def __init__(self, fs: Any, root: str, name: str) -> None:
        self.fs, self.root, self.name = fs, root.rstrip("/"), name
        self.entries: dict[str, Entry] = {}
        self._own: dict[str, Entry] = {}
        self._lock = threading.Lock()
        self._dirty = False
        self._flushed = time.monotonic()

    @property
    def path(self) -> str:
        return f"{self.root}/{self.name}"

    def _temporaries(self) -> list[str]:
        """This writer's temporary files (``.<name>.<hex>.tmp``), e.g. left by a run killed while writing."""
        return sorted(self.fs.glob(f"{self.root}/.{self.name}.*.tmp"))

    @classmethod
    def load(cls, fs: Any, root: str, name: str) -> Manifest:
        manifest = cls(fs, root, name)
        if not fs.exists(manifest.root):
            return manifest
        for stale in manifest._temporaries():  # never complete: the move is the last step of a write
            with contextlib.suppress(FileNotFoundError):
                fs.rm_file(stale)
        for path in sorted(fs.glob(f"{manifest.root}/manifest*.jsonl")):
            own = path.rstrip("/").rsplit("/", 1)[-1] == name
            with fs.open(path, "rb") as file:
                text = file.read().decode("utf-8", errors="replace")
            for line in text.splitlines():
                entry = Entry.from_json(line) if line.strip() else None
                if entry is None:
                    continue
                manifest._merge(entry)
                if own:
                    manifest._own[entry.key] = entry
        return manifest

    def _merge(self, entry: Entry) -> None:
        known = self.entries.get(entry.key)
        if known is None or entry.rank() >= known.rank():
            self.entries[entry.key] = entry

    def get(self, key: str) -> Entry | None:
        with self._lock:
            return self.entries.get(key)

    def add(self, entry: Entry) -> None:
        """Record ``entry`` (rewrites the file when the last write is older than FLUSH_SECONDS)."""
        with self._lock:
            self.entries[entry.key] = entry
            self._own[entry.key] = entry
            self._dirty = True
            due = time.monotonic() - self._flushed >= FLUSH_SECONDS
        if due:
            self.flush()

    def flush(self) -> None:
        """Write this writer's entries to its file atomically (temporary file, then a move over the old one)."""
        with self._lock:
            if not self._dirty:
                return
            data = "".join(entry.to_json() + "\n" for _, entry in sorted(self._own.items())).encode("utf-8")
            self.fs.makedirs(self.root, exist_ok=True)
            temporary = f"{self.root}/.{self.name}.{uuid.uuid4().hex}.tmp"
            with self.fs.open(temporary, "wb") as file:
                file.write(data)
                _sync(file)
            self.fs.mv(temporary, self.path)
            self._dirty = False
            self._flushed = time.monotonic()


def _sync(file: Any) -> None:
    """Flush ``file`` to disk when it is a local file (a remote file system commits on close)."""
    with contextlib.suppress(AttributeError, OSError, io.UnsupportedOperation):
        file.flush()
        os.fsync(file.fileno())
