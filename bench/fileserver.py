"""``python -m bench.fileserver``: the vendor's mock (same app as ``python -m specmock serve``) with one recording whose
file is exactly ``--file-size`` bytes, for the download benchmark. Its URL is written to ``--url-file``.

The mock sizes files from each recording's size field (mock.yaml ``download.size``/``unit``); the seeded sizes are a
few MB, so this sets the field of the first downloadable recording. The bytes are the mock's own: generated on the
fly, streamed, with Range support; nothing is held in memory or written to disk.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

import uvicorn

from .env import load

_UNITS = {"bytes": 1, "kB": 1000, "KiB": 1024, "MB": 1000**2, "MiB": 1024**2}


def _set(item: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    for part in parents:
        item = item[part]
    item[last] = value


def make_big_file(app: Any, size: int) -> tuple[str, str]:
    """Resize the file of the first downloadable recording to ``size`` bytes; return (collection, item id)."""
    with app.store.lock:
        for name, collection in app.store.collections.items():
            if not collection.download or "size" not in collection.download:
                continue
            for item_id, item in collection.items.items():
                if collection.file_size(item) is None:
                    continue
                unit = _UNITS.get(str(collection.download.get("unit", "bytes")), 1)
                value: float = size if unit == 1 else size / unit
                for _ in range(8):
                    _set(item, str(collection.download["size"]), int(value) if unit == 1 else value)
                    got = collection.file_size(item)
                    if got == size:
                        return name, str(item_id)
                    value = math.nextafter(value, math.inf if (got or 0) < size else -math.inf)
                raise RuntimeError(f"cannot size a {name} file to exactly {size} bytes")
    raise RuntimeError("this vendor's mock has no downloadable recording")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fileserver", description=__doc__)
    parser.add_argument("--vendor", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--recordings", type=int)
    parser.add_argument("--file-size", type=int, required=True)
    parser.add_argument("--url-file", type=Path, required=True)
    args = parser.parse_args(argv)
    mock = load("specmock")
    app = mock.create_app(args.vendor, seed=args.seed, recordings=args.recordings, validate_responses=False)
    collection, item_id = make_big_file(app, args.file_size)
    files_prefix = load("specmock.state.store").FILES_PREFIX
    url = f"http://{args.host}:{args.port}{files_prefix}/{quote(collection)}/{quote(item_id)}"
    args.url_file.write_text(url + "\n")
    config = uvicorn.Config(
        app.asgi,
        interface="asgi3",
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=1,
    )
    uvicorn.Server(config).run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
