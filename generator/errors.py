"""The one error type the generator reports: which file, where in it (JSON path), which rule, what is wrong."""

from __future__ import annotations

__all__ = ["GenerationError", "SpecError"]


class SpecError(Exception):
    """An invalid spec or package config."""

    def __init__(self, file: str, json_path: str, rule: str, message: str) -> None:
        super().__init__(f"{file}: {json_path}: [{rule}] {message}")
        self.file, self.json_path, self.rule, self.message = file, json_path, rule, message


class GenerationError(Exception):
    """openapi-python-client or a post step reported a problem (warnings count: nothing may be dropped)."""
