"""The vendors: `specs/<vendor>/` with openapi.yaml, package.yaml and maybe mock.yaml, and their packaging facts."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

from .errors import SpecError
from .paths import ROOT, relative
from .pointer import json_path
from .yamlfile import load_yaml

__all__ = ["Vendor", "discover", "load_vendor"]

_REQUIRED = ("distribution", "package", "client-class", "version", "env-prefix")
_PACKAGE = re.compile(r"[a-z][a-z0-9_]*")


@dataclasses.dataclass(frozen=True)
class Vendor:
    """One vendor: where its files are and how its package is named."""

    key: str
    directory: Path
    spec_path: Path
    package_path: Path
    mock_path: Path | None
    distribution: str
    package: str
    client_class: str
    version: str
    env_prefix: str
    description: str

    @property
    def spec_relpath(self) -> str:
        """The spec's path as written in headers: relative to the repository when it is inside it."""
        return relative(self.spec_path)

    @property
    def header(self) -> str:
        """The fixed first line of every generated file (no dates, versions or hashes)."""
        return f"Generated from {self.spec_relpath} by `make generate`. Do not edit."


def discover(specs_dir: Path | None = None) -> list[str]:
    """Every vendor key, sorted: a folder of ``specs/`` holding an ``openapi.yaml``."""
    base = specs_dir or ROOT / "specs"
    return sorted(p.parent.name for p in base.glob("*/openapi.yaml"))


def load_vendor(key: str, specs_dir: Path | None = None) -> Vendor:
    """The vendor ``key`` of ``specs_dir`` (default ``specs/``); ``SpecError`` if unknown or its package.yaml is bad."""
    base = (specs_dir or ROOT / "specs").resolve()
    directory = base / key
    spec_path = directory / "openapi.yaml"
    package_path = directory / "package.yaml"
    mock_path = directory / "mock.yaml"
    known = discover(base)
    if key not in known:
        raise SpecError(str(spec_path), "$", "vendor-exists", f"no spec for vendor {key!r}; known: {known}")
    if not package_path.is_file():
        raise SpecError(str(package_path), "$", "package-config", "missing package.yaml next to the spec")
    data: Any = load_yaml(package_path)
    if not isinstance(data, dict):
        raise SpecError(str(package_path), "$", "package-config", "must be a mapping")
    for field in _REQUIRED:
        if not isinstance(data.get(field), str) or not data[field]:
            raise SpecError(str(package_path), json_path(field), "package-config", "required, a non-empty string")
    if not _PACKAGE.fullmatch(data["package"]):
        raise SpecError(str(package_path), "$.package", "package-config", "must be a Python package name")
    description = data.get("description", "")
    if not isinstance(description, str):
        raise SpecError(str(package_path), "$.description", "package-config", "must be a string")
    notes = data.get("release-notes", [])
    if not isinstance(notes, list) or not all(isinstance(note, str) and note.strip() for note in notes):
        raise SpecError(str(package_path), "$.release-notes", "package-config", "must be a list of non-empty strings")
    return Vendor(
        key=key,
        directory=directory,
        spec_path=spec_path,
        package_path=package_path,
        mock_path=mock_path if mock_path.is_file() else None,
        distribution=data["distribution"],
        package=data["package"],
        client_class=data["client-class"],
        version=data["version"],
        env_prefix=data["env-prefix"],
        description=description,
    )
