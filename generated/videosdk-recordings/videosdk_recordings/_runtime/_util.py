# Copied from generator/runtime/_util.py by `make generate`. Do not edit.
"""Helpers for walking parsed models by the dotted paths that the spec's x- extensions use."""

from __future__ import annotations

import enum
from typing import Any

__all__ = ["dig", "is_unset", "scalar"]


def is_unset(value: Any) -> bool:
    """True for the generated ``UNSET`` sentinel (duck-typed so the runtime does not import a package)."""
    return type(value).__name__ == "Unset"


def dig(obj: Any, *path: str) -> Any:
    """Follow attribute names (or list indexes given as digits); ``None`` when any step is missing or unset."""
    for step in path:
        if obj is None or is_unset(obj):
            return None
        if isinstance(obj, list):
            if not step.lstrip("-").isdigit():
                return None
            index = int(step)
            obj = obj[index] if -len(obj) <= index < len(obj) else None
        elif isinstance(obj, dict):
            obj = obj.get(step)
        else:
            obj = getattr(obj, step, None)
    return None if is_unset(obj) else obj


def scalar(value: Any) -> Any:
    """An enum member's wire value (also for unknown members kept by forward-compatible enums), else the value."""
    return value.value if isinstance(value, enum.Enum) else value
