"""``python -m contract``: the schemathesis suite against a vendor's mock (``run``) or its real API (``live``)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Sequence

from specmock.config import ROOT, available_vendors, load_vendor
from specmock.errors import MockConfigError

from .live import ALLOW_WRITES_ENV, LIVE_ENV, live_settings
from .schema import FULL_ENV

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m contract", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("run", "schemathesis against the vendor's mock (bounded budget unless --full)"),
        ("live", "the same suite against the real API; credentials from the environment"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--vendor", required=True, help="a vendor with specs/<vendor>/mock.yaml, or 'all'")
        sub.add_argument("--full", action="store_true", help=f"full example budget (also {FULL_ENV}=1)")
        sub.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
        if name == "live":
            sub.add_argument(
                "--allow-writes",
                action="store_true",
                help=f"also start/stop/delete real recordings ({ALLOW_WRITES_ENV}=1)",
            )
    return parser


def _vendors(name: str) -> list[str]:
    known = available_vendors()
    if name == "all":
        return known
    if name not in known:
        raise MockConfigError(f"no mock for {name!r}; vendors with specs/<vendor>/mock.yaml: {', '.join(known)}")
    return [name]


def _pytest(test_file: str, vendors: list[str], extra: Sequence[str]) -> int:
    """pytest in a child process (the environment carries the options), so its plugins load before anything else."""
    selector = " or ".join(vendors)
    command = [sys.executable, "-m", "pytest", str(ROOT / "tests" / "contract" / test_file), "-k", selector, "-rs"]
    return subprocess.run([*command, *extra], cwd=ROOT, check=False).returncode


def _live(args: argparse.Namespace) -> int:
    if args.allow_writes:
        os.environ[ALLOW_WRITES_ENV] = "1"
    ready: list[str] = []
    for name in _vendors(args.vendor):
        settings = live_settings(load_vendor(name))
        if not settings.ready:
            print(f"contract live {name}: skipped, missing environment variables: {', '.join(settings.missing)}")
            continue
        if settings.optional_missing:
            print(f"contract live {name}: without {', '.join(settings.optional_missing)} some operations are skipped")
        mode = "read and write" if settings.allow_writes else f"read-only (GET; {ALLOW_WRITES_ENV}=1 to write)"
        print(f"contract live {name}: {settings.base_url}, {mode}")
        ready.append(name)
    if not ready:
        return 0
    os.environ[LIVE_ENV] = ",".join(ready)
    return _pytest("test_contract_live.py", ready, args.pytest_args)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.full:
            os.environ[FULL_ENV] = "1"
        if args.command == "run":
            return _pytest("test_contract.py", _vendors(args.vendor), args.pytest_args)
        return _live(args)
    except MockConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
