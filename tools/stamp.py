"""The version stamped into a generated package must be package.yaml's: checked before ``make dist`` builds it.

The generator writes ``version`` from specs/<vendor>/package.yaml into the package's ``pyproject.toml`` and
``GENERATION.yml`` (and ``__version__``); a version bumped without regenerating would ship the old number.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import yaml

__all__ = ["check_stamp", "stamped_versions"]


def stamped_versions(project: Path) -> dict[str, str | None]:
    """The version each stamp of the generated ``project`` carries (``None``: missing)."""
    found: dict[str, str | None] = {"pyproject.toml": None, "GENERATION.yml": None}
    pyproject, manifest = project / "pyproject.toml", project / "GENERATION.yml"
    if pyproject.is_file():
        version = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {}).get("version")
        found["pyproject.toml"] = None if version is None else str(version)
    if manifest.is_file():
        data = yaml.safe_load(manifest.read_text(encoding="utf-8"))
        version = data.get("package-version") if isinstance(data, dict) else None
        found["GENERATION.yml"] = None if version is None else str(version)
    return found


def check_stamp(project: Path, version: str) -> None:
    """A RuntimeError naming each stamp of ``project`` that is not ``version``."""
    wrong = {name: found for name, found in stamped_versions(project).items() if found != version}
    if wrong:
        shown = ", ".join(f"{name} has {found or 'no version'}" for name, found in wrong.items())
        raise RuntimeError(f"{project.name}: package.yaml says {version} but {shown}; run `make generate`")
