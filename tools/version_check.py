"""``python -m tools version-check [--base REF]``: every changed spec bumps its package's version enough.

Without ``--base`` the baseline is each vendor's last release in git history (``tools.releases``): the spec in the
working tree must still be the spec of the current version's release, and that release must have bumped the version
of the release before it by at least what spec-diff between their specs requires. With ``--base REF`` the baseline
is the spec and version at REF (a pull request against its base branch). Rule: breaking → major (minor while 0.x),
additive → minor, anything else in the spec text (descriptions, examples) → patch, no change → no bump.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from .releases import (
    Kind,
    add_history_arguments,
    classify,
    history_or_skip,
    parse_version,
    release_history,
    required_version,
    select_vendors,
)
from .releases import snapshot as _snapshot
from .spec_diff import Change

__all__ = ["Verdict", "add_arguments", "check_against", "check_history", "run"]

_WHY: dict[Kind, str] = {
    "breaking": "breaking spec change(s)",
    "additive": "additive spec change(s)",
    "docs": "a documentation-only spec change (no spec-diff line: descriptions, examples, x- text)",
    "none": "no spec change",
}


@dataclasses.dataclass(frozen=True)
class Verdict:
    vendor: str
    ok: bool
    message: str
    changes: tuple[str, ...] = ()

    def __str__(self) -> str:
        return "\n".join([f"{'ok  ' if self.ok else 'FAIL'}  {self.vendor}: {self.message}", *self.changes])


def _verdict(vendor: str, kind: Kind, changes: list[Change], since: tuple[str, str], version: str) -> Verdict:
    base, base_where = since
    need = required_version(base, kind)
    where = f"specs/{vendor}/package.yaml"
    current = parse_version(version, where=where)
    if current < parse_version(base):
        return Verdict(vendor, False, f"version {version} is lower than {base} ({base_where})")
    if current >= parse_version(need):
        bump = "no bump needed" if kind == "none" else f"{base} → {version} covers it"
        return Verdict(vendor, True, f"{_WHY[kind]} since {base} ({base_where}); {bump}")
    message = f"{_WHY[kind]} since {base} ({base_where}): `version` in {where} must be >= {need}, found {version}"
    return Verdict(vendor, False, message, tuple(_lines(changes)))


def _lines(changes: list[Change]) -> list[str]:
    return [f"    {c}" for c in sorted(changes, key=lambda c: not c.breaking)]


def check_history(root: Path, vendor: str) -> Verdict:
    """``vendor`` against its last release (and that release against the one before it)."""
    releases = release_history(root, vendor)
    work = _snapshot(root, vendor)
    if not releases or work.spec is None or work.version is None:
        return Verdict(vendor, True, "no release yet")
    current = releases[-1]
    if current.rev is not None:  # the version is unchanged since a commit: the spec must be unchanged too
        kind, changes = classify(current.spec, work.spec)
        if kind != "none":
            return _verdict(vendor, kind, changes, (current.version, current.where), work.version)
    if len(releases) == 1:
        return Verdict(vendor, True, f"initial release {current.version} ({current.where}); spec unchanged since")
    previous = releases[-2]
    kind, changes = classify(previous.spec, work.spec)
    return _verdict(vendor, kind, changes, (previous.version, previous.where), current.version)


def check_against(root: Path, vendor: str, base: str) -> Verdict:
    """``vendor`` in the working tree against its spec and version at git revision ``base``."""
    before, work = _snapshot(root, vendor, base), _snapshot(root, vendor)
    if before.spec is None or before.version is None:
        return Verdict(vendor, True, f"new package (absent at {base})")
    if work.spec is None or work.version is None:
        return Verdict(vendor, True, "package removed")
    kind, changes = classify(before.spec, work.spec)
    return _verdict(vendor, kind, changes, (before.version, base), work.version)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--base", help="compare with this git revision instead of each package's last release")
    parser.add_argument("--vendor", help="only this vendor")
    add_history_arguments(parser)


def run(args: argparse.Namespace) -> int:
    root: Path = args.repo
    if not history_or_skip(args, "version_check"):
        return 0
    vendors = select_vendors(root, args.vendor)
    verdicts = [check_against(root, v, args.base) if args.base else check_history(root, v) for v in vendors]
    for verdict in verdicts:
        print(verdict)
    failed = [v.vendor for v in verdicts if not v.ok]
    if failed:
        print(f"version too low: {', '.join(failed)}; bump `version` in specs/<vendor>/package.yaml (tools/README.md)")
        return 1
    return 0
