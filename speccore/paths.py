"""The repository root and paths as printed: relative to the repository when inside it."""

from __future__ import annotations

from pathlib import Path

__all__ = ["ROOT", "relative"]

ROOT = Path(__file__).resolve().parent.parent


def relative(path: Path) -> str:
    """``path`` as a repository-relative posix path when it is inside the repository, else as given (posix)."""
    for candidate in (path, path.resolve()):
        try:
            return candidate.relative_to(ROOT).as_posix()
        except ValueError:
            continue
    return path.as_posix()
