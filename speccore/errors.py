"""The one error a bad spec or vendor config raises: which file, where in it (JSON path), which rule, what is wrong."""

from __future__ import annotations

__all__ = ["SpecError"]


class SpecError(Exception):
    """An invalid spec, vendor config or reference inside one."""

    def __init__(self, file: str, json_path: str, rule: str, message: str) -> None:
        super().__init__(f"{file}: {json_path}: [{rule}] {message}")
        self.file, self.json_path, self.rule, self.message = file, json_path, rule, message
