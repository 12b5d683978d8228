"""``python -m bench.child <task> <json>``: one measured run in a fresh interpreter, for clean RSS numbers.

Protocol with the parent (bench/rss.py): the child imports and sets up everything (clients built, connection
open, one small warm-up request), prints ``READY``, waits for a line on stdin, runs the task, and prints
``RESULT <json>`` (seconds, item or byte count, and its own peak RSS growth when /proc allows resetting VmHWM).
The parent samples the child's RSS with psutil from outside in the meantime.
"""

from __future__ import annotations

import cProfile
import io
import json
import os
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from .env import load
from .merged import CHILD_TASKS as MERGED_TASKS

__all__ = ["NullSink", "main"]

Task = Callable[[dict[str, Any]], Callable[[], dict[str, Any]]]  # setup(args) -> run() -> result
TIMEOUT = httpx.Timeout(60.0, connect=10.0)


class NullSink(io.RawIOBase):
    """A binary file that discards what is written (counts it)."""

    def __init__(self) -> None:
        super().__init__()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        size = len(data)
        self.size += size
        return size


def _status_kib(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


def _reset_peak() -> bool:
    """Reset VmHWM (peak RSS) to the current RSS (Linux >= 4.0)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


# -- tasks: each returns the measured callable after doing its setup (not measured) -------------------------------
def _paginate_ours(args: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    client = load("telnyx_room_recordings").TelnyxRoomRecordings(**args["client_kwargs"], timeout=TIMEOUT)
    client.room_recordings.list(page=load("telnyx_room_recordings.models").PageParams(number=1, size=1))

    def run() -> dict[str, Any]:
        items = sum(1 for _ in client.room_recordings.iter_list(page_size=args["page_size"]))
        return {"items": items}

    return run


def _paginate_raw(args: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    http = httpx.Client(headers=args["headers"], timeout=TIMEOUT)
    url = args["list_url"]
    http.get(url, params={"page[number]": "1", "page[size]": "1"}).raise_for_status()

    def run() -> dict[str, Any]:
        items, number = 0, 1
        while True:
            page = json.loads(http.get(url, params={"page[number]": number, "page[size]": args["page_size"]}).content)
            for _ in page["data"]:
                items += 1
            if not page["data"] or number >= page["meta"]["total_pages"]:
                return {"items": items, "pages": number}
            number += 1

    return run


def _paginate_sdk(args: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    sdk = load("telnyx").Telnyx(api_key=args["client_kwargs"]["api_key"], base_url=args["base_url"], timeout=TIMEOUT)
    sdk.room_recordings.list(page_number=1, page_size=1)

    def run() -> dict[str, Any]:
        return {"items": sum(1 for _ in sdk.room_recordings.list(page_size=args["page_size"]))}

    return run


def _download_ours(args: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    client = load("telnyx_room_recordings").TelnyxRoomRecordings(**args["client_kwargs"])
    client._http.head(args["url"])  # open the connection, as the raw variant's warm-up does

    chunking = {"chunk_size": args["chunk_size"]} if "chunk_size" in args else {}

    def run() -> dict[str, Any]:
        sink = NullSink()
        result = client.download(args["url"], sink, **chunking)
        return {"bytes": result.size, "written": sink.size}

    return run


def _download_ours_file(args: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    client = load("telnyx_room_recordings").TelnyxRoomRecordings(**args["client_kwargs"])
    client._http.head(args["url"])
    directory = Path(tempfile.mkdtemp(prefix="bench-download-", dir=args.get("dir")))

    def run() -> dict[str, Any]:
        path = directory / "recording.bin"
        try:
            result = client.download(args["url"], path)
            return {"bytes": result.size, "written": path.stat().st_size}
        finally:
            path.unlink(missing_ok=True)
            path.with_name(path.name + ".part").unlink(missing_ok=True)
            directory.rmdir()

    return run


def _download_raw(args: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    http = httpx.Client(timeout=TIMEOUT)
    http.head(args["url"])

    def run() -> dict[str, Any]:
        sink = NullSink()
        with http.stream("GET", args["url"]) as response:
            response.raise_for_status()
            for chunk in response.iter_bytes():
                sink.write(chunk)
        return {"bytes": sink.size, "written": sink.size}

    return run


TASKS: dict[str, Task] = {
    "paginate-ours": _paginate_ours,
    "paginate-raw": _paginate_raw,
    "paginate-sdk": _paginate_sdk,
    "download-ours": _download_ours,
    "download-ours-file": _download_ours_file,
    "download-raw": _download_raw,
}
TASKS.update(MERGED_TASKS)  # section 7 (bench/merged.py)


def main(argv: list[str]) -> int:
    task, args = argv[0], json.loads(argv[1])
    run = TASKS[task](args)
    print("READY", flush=True)
    sys.stdin.readline()
    rss_before_kib = _status_kib("VmRSS")
    hwm_ok = _reset_peak()
    profiler = cProfile.Profile() if args.get("profile") else None
    start = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    result = run()
    if profiler is not None:
        profiler.disable()
    seconds = time.perf_counter() - start
    if profiler is not None:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime").print_stats(15)
        result["profile"] = out.getvalue()[out.getvalue().find("   ncalls") :].rstrip()
    hwm_kib = _status_kib("VmHWM") if hwm_ok else None
    result.update(
        seconds=seconds,
        pid=os.getpid(),
        hwm_growth=(hwm_kib - rss_before_kib) * 1024 if hwm_kib is not None and rss_before_kib is not None else None,
    )
    print("RESULT " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
