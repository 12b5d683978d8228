"""A vendor's releases read from git history: the versions in package.yaml and the spec each one describes.

A release is the first commit where both ``specs/<v>/package.yaml`` and ``specs/<v>/openapi.yaml`` exist (the
initial release), then every commit that changes ``version``; an uncommitted version change in the working tree is
a pending release. The spec a release describes is the spec in that commit. How much a version must grow follows
from spec-diff between two specs (:func:`classify`, :func:`required_version`); the rule is in tools/README.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import subprocess
from pathlib import Path
from typing import Any, Literal

import yaml

from speccore.paths import ROOT

from .spec_diff import Change, diff_specs

__all__ = [
    "HistoryUnavailable",
    "Kind",
    "Release",
    "Snapshot",
    "add_history_arguments",
    "classify",
    "ensure_history",
    "history_or_skip",
    "parse_version",
    "release_history",
    "required_version",
    "select_vendors",
    "snapshot",
    "vendors_in",
]

Kind = Literal["none", "docs", "additive", "breaking"]
_VERSION = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


@dataclasses.dataclass(frozen=True)
class Snapshot:
    """One vendor at one revision (``rev`` None: the working tree); ``None`` fields: the file is absent."""

    rev: str | None
    version: str | None
    spec: dict[str, Any] | None
    package: dict[str, Any] | None


@dataclasses.dataclass(frozen=True)
class Release:
    version: str
    rev: str | None  # the commit that released it; None: pending in the working tree
    spec: dict[str, Any]
    notes: tuple[str, ...] = ()  # package.yaml's release-notes (latest text while it had this version)

    @property
    def where(self) -> str:
        return f"commit {self.rev[:10]}" if self.rev else "working tree"


def parse_version(text: object, *, where: str = "version") -> tuple[int, int, int]:
    """``"1.2.3"`` → ``(1, 2, 3)``; anything else is a ValueError naming ``where``."""
    match = _VERSION.match(str(text))
    if match is None:
        raise ValueError(f"{where}: {text!r} is not a MAJOR.MINOR.PATCH version")
    return int(match[1]), int(match[2]), int(match[3])


def required_version(base: str, kind: Kind) -> str:
    """The smallest version a package at ``base`` must move to for a spec change of ``kind``."""
    major, minor, patch = parse_version(base)
    if kind == "breaking" and major >= 1:
        return f"{major + 1}.0.0"
    if kind in ("breaking", "additive"):  # breaking while 0.x: a minor bump
        return f"{major}.{minor + 1}.0"
    if kind == "docs":
        return f"{major}.{minor}.{patch + 1}"
    return base


def classify(before: dict[str, Any], after: dict[str, Any]) -> tuple[Kind, list[Change]]:
    """How ``after`` differs from ``before``: spec-diff's changes and the strongest kind among them."""
    if before == after:
        return "none", []
    changes = diff_specs(before, after)
    if any(c.breaking for c in changes):
        return "breaking", changes
    return ("additive" if changes else "docs"), changes


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        raise RuntimeError("git is not installed: releases are read from the git history") from exc


class HistoryUnavailable(RuntimeError):
    """The release history cannot be read here: not a git work tree, or a shallow clone."""


def ensure_history(root: Path) -> None:
    """A clear error unless ``root`` is a git work tree with its full history."""
    inside = _git(root, "rev-parse", "--is-inside-work-tree")
    if inside.returncode != 0 or inside.stdout.strip() != "true":
        raise HistoryUnavailable(f"{root} is not a git work tree: releases are read from the git history")
    if _git(root, "rev-parse", "--is-shallow-repository").stdout.strip() == "true":
        raise HistoryUnavailable(
            "shallow clone: releases are read from the full history; run `git fetch --unshallow` "
            "(GitHub Actions: actions/checkout with fetch-depth: 0)"
        )


def add_history_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every command that reads the release history takes."""
    parser.add_argument(
        "--skip-without-history",
        action="store_true",
        help="say SKIPPED and exit 0 in a shallow clone or outside git (make test); the spec-review workflow is strict",
    )
    parser.add_argument("--repo", type=Path, default=ROOT, help=argparse.SUPPRESS)


def history_or_skip(args: argparse.Namespace, command: str) -> bool:
    """True when the history of ``args.repo`` can be read; with ``--skip-without-history`` a missing history prints
    ``SKIPPED <command>: <why>`` and gives False, without it ``HistoryUnavailable`` is raised."""
    try:
        ensure_history(args.repo)
    except HistoryUnavailable as exc:
        if not args.skip_without_history:
            raise
        print(f"SKIPPED {command}: {exc}")
        return False
    return True


def _load(text: str, where: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ValueError(f"{where}: not valid YAML ({exc})") from exc
    return data if isinstance(data, dict) else {}


def _read(root: Path, rev: str | None, path: str) -> dict[str, Any] | None:
    if rev is None:
        file = root / path
        return _load(file.read_text(encoding="utf-8"), path) if file.is_file() else None
    shown = _git(root, "show", f"{rev}:{path}")
    if shown.returncode != 0:
        if "exists on disk, but not in" in shown.stderr or "does not exist in" in shown.stderr:
            return None
        raise RuntimeError(f"git show {rev}:{path}: {shown.stderr.strip()}")
    return _load(shown.stdout, f"{rev[:10]}:{path}")


def snapshot(root: Path, vendor: str, rev: str | None = None) -> Snapshot:
    """``vendor``'s package.yaml and spec at ``rev`` (None: the working tree)."""
    package = _read(root, rev, f"specs/{vendor}/package.yaml")
    spec = _read(root, rev, f"specs/{vendor}/openapi.yaml")
    version = package.get("version") if package else None
    return Snapshot(rev, None if version is None else str(version), spec, package)


def vendors_in(root: Path) -> list[str]:
    """Vendors of the working tree: folders of ``specs/`` with both an openapi.yaml and a package.yaml."""
    specs = root / "specs"
    found = (p.parent for p in specs.glob("*/openapi.yaml") if (p.parent / "package.yaml").is_file())
    return sorted(p.name for p in found)


def select_vendors(root: Path, only: str | None) -> list[str]:
    """Every vendor, or just ``only`` (a ValueError when it is not one)."""
    vendors = vendors_in(root)
    if only is None:
        return vendors
    if only not in vendors:
        raise ValueError(f"no vendor {only!r} (specs/<vendor>/openapi.yaml + package.yaml); known: {vendors}")
    return [only]


def release_history(root: Path, vendor: str) -> list[Release]:
    """Every release of ``vendor``, oldest first, the working tree last when it changes the version."""
    paths = [f"specs/{vendor}/package.yaml", f"specs/{vendor}/openapi.yaml"]
    logged = _git(root, "log", "--reverse", "--format=%H", "--", *paths)
    if logged.returncode != 0 and "does not have any commits" not in logged.stderr:
        raise RuntimeError(f"git log: {logged.stderr.strip()}")
    revs: list[str | None] = [*logged.stdout.split(), None]
    releases: list[Release] = []
    for rev in revs:
        snap = snapshot(root, vendor, rev)
        if snap.version is None or snap.spec is None:
            continue
        notes = tuple(str(note) for note in (snap.package or {}).get("release-notes") or ())
        if not releases or snap.version != releases[-1].version:
            releases.append(Release(snap.version, rev, snap.spec, notes))
        elif notes != releases[-1].notes:  # notes edited after the bump: the latest text of that release's notes
            releases[-1] = dataclasses.replace(releases[-1], notes=notes)
    return releases
