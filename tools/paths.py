"""Where things are: the repository root, the vendors and their packaging facts, paths as printed."""

from __future__ import annotations

from pathlib import Path

from generator.vendors import ROOT, Vendor, discover, load_vendor

__all__ = ["ROOT", "Vendor", "load_vendor", "relative", "vendor_keys"]


def vendor_keys() -> list[str]:
    """Every vendor: a folder of ``specs/`` holding an ``openapi.yaml``."""
    return discover()


def relative(path: Path) -> str:
    """``path`` relative to the repository root when it is inside it."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()
