"""``python -m tools <command>``: one subcommand per module, each with ``add_arguments`` and ``run``."""

from __future__ import annotations

import argparse
import sys
from types import ModuleType

from . import dist, docs, lint_specs, spec_diff, upstream_diff

__all__ = ["main"]

COMMANDS: dict[str, tuple[ModuleType, str]] = {
    "lint-specs": (lint_specs, "validate every spec and lint it with Spectral (tools/spectral.yaml)"),
    "spec-diff": (spec_diff, "list spec changes since a git ref, breaking or not"),
    "upstream-diff": (upstream_diff, "compare our spec with the vendor's official OpenAPI document (markdown)"),
    "docs": (docs, "HTML reference per spec and API listing per generated package into build/docs/"),
    "dist": (dist, "sdist + wheel of every generated package into dist/, then twine check"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools", description="Spec review and release tooling (tools/README.md)."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (module, help_text) in COMMANDS.items():
        raw = argparse.RawDescriptionHelpFormatter
        module.add_arguments(sub.add_parser(name, help=help_text, description=module.__doc__, formatter_class=raw))
    args = parser.parse_args(argv)
    module, _ = COMMANDS[args.command]
    try:
        code: int = module.run(args)
    except (OSError, RuntimeError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return code
