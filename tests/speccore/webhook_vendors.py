"""A copy of a real vendor's folder whose ``x-webhooks`` is changed, for the tests of its consumers."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from speccore.paths import ROOT

__all__ = ["changed_vendor"]


def changed_vendor(tmp_path: Path, key: str, change: Callable[[dict[str, Any]], None]) -> Path:
    """``specs/<key>/`` copied under ``tmp_path/specs`` with ``change`` applied to its ``x-webhooks``; the specs dir."""
    specs = tmp_path / "specs"
    folder = specs / key
    folder.mkdir(parents=True)
    for name in ("openapi.yaml", "package.yaml", "mock.yaml"):
        shutil.copyfile(ROOT / "specs" / key / name, folder / name)
    spec = yaml.safe_load((folder / "openapi.yaml").read_text(encoding="utf-8"))
    change(spec["x-webhooks"])
    (folder / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return specs
