"""``python -m specmock``: serve a vendor's mock, or list the vendors that have one."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence

from .config import available_vendors, load_vendor
from .errors import MockConfigError, MockOptionsError
from .validation.limits import DEFAULT_MAX_BODY
from .validation.strict_json import DEFAULT_MAX_DEPTH
from .webhooks.lanes import DEFAULT_WORKERS

__all__ = ["main"]

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s)?")


def _seconds(text: str) -> float:
    match = _DURATION.fullmatch(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"not a duration: {text!r} (e.g. 200ms or 1.5s)")
    return float(match.group(1)) / (1000 if match.group(2) == "ms" else 1)


def _share(text: str) -> float:
    try:
        share = float(text)
    except ValueError:
        share = -1.0
    if not 0.0 <= share <= 1.0:  # NaN fails both comparisons
        raise argparse.ArgumentTypeError(f"not a share between 0 and 1: {text!r} (e.g. 0.1)")
    return share


def _positive(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text!r}")
    return int(text)


def _port(text: str) -> int:
    if not text.strip().isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"not a TCP port (0-65535, 0: any free port): {text!r}")
    return int(text)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m specmock", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve one vendor's API on 127.0.0.1 (Ctrl-C to stop)")
    serve.add_argument("--vendor", required=True)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=_port, default=4010)
    serve.add_argument("--seed", type=int, default=0, help="seed of the generated data (same seed, same data)")
    serve.add_argument("--recordings", type=int, help="size of every seeded collection (e.g. 10000)")
    serve.add_argument("--strict", action="store_true", help="check every response against the spec (500 if not)")
    serve.add_argument("--fault-rate", type=_share, default=0.0, help="share of API requests that fail (0..1)")
    serve.add_argument("--fault-kinds", default="500,503,429", help="faults drawn by --fault-rate")
    serve.add_argument("--latency", type=_seconds, default=0.0, help="added to every request, e.g. 50ms")
    serve.add_argument(
        "--failure-rate",
        type=_share,
        default=0.0,
        help="share of recordings (0..1, seeded) that take their failure path (mock.yaml `fail`) instead of a step",
    )
    serve.add_argument("--advance-polls", type=int, help="reads before a recording advances (e.g. to UPLOADED)")
    serve.add_argument("--advance-seconds", type=float, help="seconds before a recording advances")
    serve.add_argument("--max-body", type=int, default=DEFAULT_MAX_BODY, help="largest request body in bytes (413)")
    serve.add_argument("--max-depth", type=int, default=DEFAULT_MAX_DEPTH, help="deepest JSON nesting of a body (400)")
    serve.add_argument("--webhook-time-scale", type=float, default=1.0, help="multiplies webhook retry backoff")
    serve.add_argument("--webhook-timeout", type=_seconds, default=5.0, help="per delivery attempt, e.g. 2s")
    serve.add_argument("--webhook-queue-limit", type=int, default=1000, help="queued deliveries before dropping")
    serve.add_argument(
        "--webhook-workers", type=_positive, default=DEFAULT_WORKERS, help="webhook receivers served at the same time"
    )
    serve.add_argument("--webhook-key", help="PEM file of the webhook signing key (default: a new test key)")
    serve.add_argument("--log-level", default="info")

    commands.add_parser("vendors", help="list the vendors that have a mock")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "vendors":
            print("\n".join(available_vendors()))
            return 0
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
            failure_rate=args.failure_rate,
            latency=args.latency,
            advance_polls=args.advance_polls,
            advance_seconds=args.advance_seconds,
            max_body=args.max_body,
            max_depth=args.max_depth,
            webhook_time_scale=args.webhook_time_scale,
            webhook_timeout=args.webhook_timeout,
            webhook_queue_limit=args.webhook_queue_limit,
            webhook_workers=args.webhook_workers,
            webhook_private_key=args.webhook_key,
        )
        return 0
    except (MockConfigError, MockOptionsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
