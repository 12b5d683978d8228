"""``python -m tools <command>``: one subcommand per module, each with ``add_arguments`` and ``run``."""

from __future__ import annotations

import argparse
import sys
from types import ModuleType

from speccore.errors import SpecError

from . import changelog, dist, docs, lint_specs, spec_diff, upstream_diff, version_check

__all__ = ["main"]

COMMANDS: dict[str, tuple[ModuleType, str]] = {
    "lint-specs": (lint_specs, "validate every spec and lint it with Spectral (tools/spectral.yaml)"),
    "spec-diff": (spec_diff, "list spec changes since a git ref, breaking or not"),
    "upstream-diff": (upstream_diff, "compare our spec with the vendor's official OpenAPI document (markdown)"),
    "docs": (docs, "HTML reference per spec and API listing per generated package into build/docs/"),
    "version-check": (version_check, "every changed spec bumps its package version as spec-diff requires"),
    "changelog": (changelog, "specs/<vendor>/CHANGELOG.md from the spec diffs between releases"),
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
    except (OSError, RuntimeError, ValueError, SpecError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return code
