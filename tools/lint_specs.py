"""``python -m tools lint-specs``: validate every spec as the generator does, then lint it with Spectral.

Validation is generator.spec (strict YAML, local ``$ref`` s, the OpenAPI 3.0 schema, the project rules the generator
needs), then speccore.webhooks (``x-webhooks``, as the generator and the mock read it); it stops at the first problem
of a file. Spectral 6.16.3 (tools/node) runs tools/spectral.yaml: spectral:oas
plus the project rules of specs/README.md. Every finding is printed as ``file:line: severity [rule] message``;
the exit code is 1 when any finding is an error.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator.spec import load_spec, validate_spec
from speccore.errors import SpecError
from speccore.paths import ROOT, relative
from speccore.vendors import discover, load_vendor

from ._node import node_env, node_tool
from ._yamlpos import line_of

__all__ = ["RULESET", "Finding", "add_arguments", "lint", "run", "spectral_findings", "validator_findings"]

RULESET = ROOT / "tools" / "spectral.yaml"
_SEVERITIES = {0: "error", 1: "warning", 2: "info", 3: "hint"}


@dataclasses.dataclass(frozen=True, order=True)
class Finding:
    file: str
    line: int
    severity: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.severity} [{self.rule}] {self.message}"


def validator_findings(path: Path) -> list[Finding]:
    """The first problem generator.spec, then speccore's ``x-webhooks`` rules, find in ``path`` (none when it would
    generate)."""
    try:
        spec = load_spec(path)
        validate_spec(spec, path)  # x-webhooks included
    except SpecError as exc:
        where = line_of(path, exc.json_path)
        return [Finding(relative(path), where, "error", f"generator:{exc.rule}", f"{exc.message} ({exc.json_path})")]
    return []


def spectral_findings(paths: Sequence[Path], ruleset: Path = RULESET) -> list[Finding]:
    """Spectral's results for ``paths`` under ``ruleset``, one run for all files."""
    with tempfile.TemporaryDirectory(prefix="spectral-") as tmp:
        output = Path(tmp) / "results.json"
        command = [str(node_tool("spectral")), "lint", "--ruleset", str(ruleset), "--format", "json"]
        command += ["--output", str(output), "--quiet", *map(str, paths)]
        done = subprocess.run(command, capture_output=True, text=True, check=False, env=node_env())
        if done.returncode not in (0, 1) or not output.is_file():
            raise RuntimeError(
                f"spectral failed (exit {done.returncode}): {done.stderr.strip() or done.stdout.strip()}"
            )
        results: list[dict[str, Any]] = json.loads(output.read_text(encoding="utf-8") or "[]")
    return [
        Finding(
            relative(Path(r.get("source") or paths[0])),
            int(r["range"]["start"]["line"]) + 1,
            _SEVERITIES.get(int(r["severity"]), "error"),
            str(r["code"]),
            f"{r['message']} ({'.'.join(map(str, r.get('path', [])))})",
        )
        for r in results
    ]


def lint(paths: Sequence[Path], ruleset: Path = RULESET) -> list[Finding]:
    """Validator findings, then Spectral findings, sorted by file and line."""
    findings = [f for path in paths for f in validator_findings(path)]
    return sorted(set(findings + spectral_findings(paths, ruleset)))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vendor", help="only this vendor (a folder under specs/)")
    parser.add_argument("files", nargs="*", type=Path, help="spec files (default: specs/*/openapi.yaml)")


def run(args: argparse.Namespace) -> int:
    vendors = [load_vendor(args.vendor)] if args.vendor else [load_vendor(key) for key in discover()]
    paths = [p.resolve() for p in args.files] or [v.spec_path for v in vendors]
    findings = lint(paths)
    for finding in findings:
        print(finding)
    errors = sum(f.severity == "error" for f in findings)
    print(f"lint-specs: {len(paths)} spec(s), {errors} error(s), {len(findings) - errors} other finding(s)")
    return 1 if errors else 0
