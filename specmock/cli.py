"""``python -m specmock``: serve a vendor's mock, or run the schemathesis contract suite."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Sequence

from .config import ROOT, available_vendors, load_vendor
from .errors import MockConfigError
from .live import ALLOW_WRITES_ENV, FULL_ENV, LIVE_ENV, live_settings

__all__ = ["main"]

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s)?")


def _seconds(text: str) -> float:
    match = _DURATION.fullmatch(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"not a duration: {text!r} (e.g. 200ms or 1.5s)")
    return float(match.group(1)) / (1000 if match.group(2) == "ms" else 1)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m specmock", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve one vendor's API on 127.0.0.1 (Ctrl-C to stop)")
    serve.add_argument("--vendor", required=True)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=4010)
    serve.add_argument("--seed", type=int, default=0, help="seed of the generated data (same seed, same data)")
    serve.add_argument("--recordings", type=int, help="size of every seeded collection (e.g. 10000)")
    serve.add_argument("--strict", action="store_true", help="check every response against the spec (500 if not)")
    serve.add_argument("--fault-rate", type=float, default=0.0, help="share of API requests that fail (0..1)")
    serve.add_argument("--fault-kinds", default="500,503,429", help="faults drawn by --fault-rate")
    serve.add_argument("--latency", type=_seconds, default=0.0, help="added to every request, e.g. 50ms")
    serve.add_argument("--advance-polls", type=int, help="reads before a recording advances (e.g. to UPLOADED)")
    serve.add_argument("--advance-seconds", type=float, help="seconds before a recording advances")
    serve.add_argument("--log-level", default="info")

    for name, text in (
        ("contract", "schemathesis against the vendor's mock (bounded budget unless --full)"),
        ("contract-live", "the same suite against the real API; credentials from the environment"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--vendor", required=True, help="a vendor with specs/<vendor>/mock.yaml, or 'all'")
        sub.add_argument("--full", action="store_true", help=f"full example budget (also {FULL_ENV}=1)")
        sub.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
        if name == "contract-live":
            sub.add_argument(
                "--allow-writes",
                action="store_true",
                help=f"also start/stop/delete real recordings ({ALLOW_WRITES_ENV}=1)",
            )

    commands.add_parser("vendors", help="list the vendors that have a mock")
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


def _contract_live(args: argparse.Namespace) -> int:
    if args.allow_writes:
        os.environ[ALLOW_WRITES_ENV] = "1"
    ready: list[str] = []
    for name in _vendors(args.vendor):
        settings = live_settings(load_vendor(name))
        if not settings.ready:
            print(f"contract-live {name}: skipped, missing environment variables: {', '.join(settings.missing)}")
            continue
        if settings.optional_missing:
            print(f"contract-live {name}: without {', '.join(settings.optional_missing)} some operations are skipped")
        mode = "read and write" if settings.allow_writes else f"read-only (GET; {ALLOW_WRITES_ENV}=1 to write)"
        print(f"contract-live {name}: {settings.base_url}, {mode}")
        ready.append(name)
    if not ready:
        return 0
    os.environ[LIVE_ENV] = ",".join(ready)
    return _pytest("test_contract_live.py", ready, args.pytest_args)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "vendors":
            print("\n".join(available_vendors()))
            return 0
        if args.command == "serve":
            from .server import serve

            load_vendor(args.vendor)
            serve(
                args.vendor,
                host=args.host,
                port=args.port,
                log_level=args.log_level,
                seed=args.seed,
                recordings=args.recordings,
                validate_responses=args.strict,
                fault_rate=args.fault_rate,
                fault_kinds=tuple(kind for kind in args.fault_kinds.split(",") if kind),
                latency=args.latency,
                advance_polls=args.advance_polls,
                advance_seconds=args.advance_seconds,
            )
            return 0
        if args.full:
            os.environ[FULL_ENV] = "1"
        if args.command == "contract":
            return _pytest("test_contract.py", _vendors(args.vendor), args.pytest_args)
        return _contract_live(args)
    except MockConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
