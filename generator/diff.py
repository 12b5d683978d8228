"""Comparing two generated trees file by file."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

__all__ = ["diff_trees"]


def _files(root: Path) -> dict[str, Path]:
    return {p.relative_to(root).as_posix(): p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def diff_trees(fresh: Path, committed: Path, only: Iterable[str]) -> list[str]:
    """``missing:``/``extra:``/``changed:`` lines for the packages in ``only``; empty when identical."""
    problems = []
    for name in sorted(only):
        new, old = _files(fresh / name), _files(committed / name) if (committed / name).is_dir() else {}
        for rel in sorted(new.keys() - old.keys()):
            problems.append(f"missing: generated/{name}/{rel}")
        for rel in sorted(old.keys() - new.keys()):
            problems.append(f"extra: generated/{name}/{rel}")
        for rel in sorted(new.keys() & old.keys()):
            if new[rel].read_bytes() != old[rel].read_bytes():
                problems.append(f"changed: generated/{name}/{rel}")
    return problems
