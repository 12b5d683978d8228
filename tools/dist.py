"""``python -m tools dist``: an sdist and a wheel of every generated package, checked with twine.

``python -m build`` builds each package in an isolated environment whose build backend (hatchling, pinned in
constraints.txt) comes from ``.venv/wheelhouse`` (``make bootstrap`` fills it): pip is told ``--no-index`` and
``--find-links`` through ``PIP_NO_INDEX`` / ``PIP_FIND_LINKS``, so building is offline.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from speccore.paths import ROOT, relative
from speccore.vendors import discover, load_vendor

from .stamp import check_stamp

__all__ = ["WHEELHOUSE", "add_arguments", "build", "run", "twine_check"]

WHEELHOUSE = ROOT / ".venv" / "wheelhouse"


def _offline_env() -> dict[str, str]:
    if not WHEELHOUSE.is_dir():
        raise RuntimeError(f"no {relative(WHEELHOUSE)}: run `make bootstrap`")
    return {**os.environ, "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(WHEELHOUSE), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


def build(project: Path, out: Path, *, sdist: bool = True) -> list[Path]:
    """Build ``project`` (a folder with a pyproject.toml) into ``out``; the new files."""
    before = set(out.glob("*")) if out.is_dir() else set()
    kinds = ["--sdist", "--wheel"] if sdist else ["--wheel"]
    command = [sys.executable, "-m", "build", *kinds, "--outdir", str(out), str(project)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=_offline_env())
    if done.returncode != 0:
        raise RuntimeError(f"building {relative(project)} failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
    return sorted(set(out.glob("*")) - before)


def twine_check(files: Sequence[Path]) -> subprocess.CompletedProcess[str]:
    """``twine check --strict`` over ``files``."""
    command = [sys.executable, "-m", "twine", "check", "--strict", *map(str, files)]
    plain = {**os.environ, "TERM": "dumb", "COLUMNS": "200"}  # twine prints through rich: no colours, no wrapping
    return subprocess.run(command, capture_output=True, text=True, check=False, env=plain, cwd=ROOT)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vendor", help="only this vendor's package")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")


def run(args: argparse.Namespace) -> int:
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    built: list[Path] = []
    for key in [args.vendor] if args.vendor else discover():
        vendor = load_vendor(key)
        check_stamp(ROOT / "generated" / vendor.distribution, vendor.version)  # bumped but not regenerated
        stale = [*out.glob(f"{vendor.package}-*.whl"), *out.glob(f"{vendor.package}-*.tar.gz")]
        for old in stale:  # keep dist/ to one version per package
            old.unlink()
        files = build(ROOT / "generated" / vendor.distribution, out)
        built += files
        print(f"==> {key}: " + ", ".join(relative(f) for f in files))
    check = twine_check([Path(relative(f)) for f in built])
    print(check.stdout.strip())
    if check.returncode != 0:
        print(check.stderr.strip(), file=sys.stderr)
        return 1
    return 0
