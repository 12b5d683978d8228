"""``python -m generator generate|check`` — the only writer of ``generated/`` and its staleness check."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from speccore.errors import SpecError
from speccore.paths import ROOT
from speccore.vendors import discover, load_vendor

from .build import build_package
from .diff import diff_trees
from .errors import GenerationError

__all__ = ["main"]

GENERATED = ROOT / "generated"


def _generate(vendors: list[str], target: Path, specs: Path | None = None) -> None:
    """Build every vendor in a temp dir first, then replace each package folder wholesale."""
    with tempfile.TemporaryDirectory(prefix="generate-") as tmp:
        built = []
        for key in vendors:
            started = time.perf_counter()
            vendor = load_vendor(key, specs)
            built.append(build_package(vendor, Path(tmp)))
            print(f"==> {key}: {vendor.distribution} ({time.perf_counter() - started:.1f}s)")
        target.mkdir(parents=True, exist_ok=True)
        for project_dir in built:
            destination = target / project_dir.name
            if destination.exists():
                shutil.rmtree(destination)
            shutil.copytree(project_dir, destination)


def _check(vendors: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="check-generated-") as tmp:
        fresh = Path(tmp)
        for key in vendors:
            build_package(load_vendor(key), fresh)
        expected_dirs = {load_vendor(key).distribution for key in vendors}
        stray = sorted(p.name for p in GENERATED.iterdir() if p.is_dir() and p.name not in expected_dirs)
        problems = diff_trees(fresh, GENERATED, only=expected_dirs)
    problems += [f"extra: generated/{name}/ (no spec generates it)" for name in stray]
    if problems:
        print("generated/ is stale:", *problems, "run `make generate` and commit the result", sep="\n  ")
        return 1
    print(f"generated/ is up to date ({len(vendors)} packages)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="regenerate generated/ from specs/")
    gen.add_argument("--vendor", help="only this vendor (a folder name under specs/)")
    gen.add_argument("--out", type=Path, default=GENERATED, help="target folder (default: generated/)")
    gen.add_argument("--specs", type=Path, default=None, help="specs folder (default: specs/)")
    check = sub.add_parser("check", help="exit 1 if generated/ differs from a fresh generation")
    check.add_argument("--vendor", help="only this vendor")
    args = parser.parse_args(argv)
    specs = getattr(args, "specs", None)
    vendors = [args.vendor] if args.vendor else discover(specs)
    try:
        if args.command == "generate":
            _generate(vendors, args.out, specs)
            return 0
        return _check(vendors)
    except (SpecError, GenerationError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
