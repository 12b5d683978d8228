"""Finding the vendors (``specs/<vendor>/openapi.yaml`` + ``package.yaml``) and reading their packaging facts."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import yaml

from .errors import SpecError

__all__ = ["ROOT", "Vendor", "discover", "load_vendor"]

ROOT = Path(__file__).resolve().parent.parent
_REQUIRED = ("distribution", "package", "client-class", "version", "env-prefix")


@dataclasses.dataclass(frozen=True)
class Vendor:
    """One vendor: where its spec is and how its package is named."""

    key: str
    spec_path: Path
    config_path: Path
    distribution: str
    package: str
    client_class: str
    version: str
    env_prefix: str
    description: str

    @property
    def spec_relpath(self) -> str:
        """The spec's path as written in headers: relative to the repository when it is inside it."""
        try:
            return self.spec_path.relative_to(ROOT).as_posix()
        except ValueError:
            return self.spec_path.as_posix()

    @property
    def header(self) -> str:
        """The fixed first line of every generated file (no dates, versions or hashes)."""
        return f"Generated from {self.spec_relpath} by `make generate`. Do not edit."


def discover(specs_dir: Path | None = None) -> list[str]:
    """Every vendor key: a folder of ``specs/`` holding an ``openapi.yaml``."""
    base = specs_dir or ROOT / "specs"
    return sorted(p.parent.name for p in base.glob("*/openapi.yaml"))


def load_vendor(key: str, specs_dir: Path | None = None) -> Vendor:
    base = (specs_dir or ROOT / "specs").resolve()
    spec_path = base / key / "openapi.yaml"
    config_path = base / key / "package.yaml"
    if not spec_path.is_file():
        raise SpecError(str(spec_path), "$", "vendor-exists", f"no spec for vendor {key!r}; known: {discover(base)}")
    if not config_path.is_file():
        raise SpecError(str(config_path), "$", "package-config", "missing package.yaml next to the spec")
    try:
        data: Any = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise SpecError(str(config_path), "$", "yaml-syntax", str(exc)) from exc
    if not isinstance(data, dict):
        raise SpecError(str(config_path), "$", "package-config", "must be a mapping")
    for field in _REQUIRED:
        if not isinstance(data.get(field), str) or not data[field]:
            raise SpecError(str(config_path), f"$.{field}", "package-config", "required string")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", data["package"]):
        raise SpecError(str(config_path), "$.package", "package-config", "must be a Python package name")
    return Vendor(
        key=key,
        spec_path=spec_path,
        config_path=config_path,
        distribution=data["distribution"],
        package=data["package"],
        client_class=data["client-class"],
        version=data["version"],
        env_prefix=data["env-prefix"],
        description=str(data.get("description", "")),
    )
