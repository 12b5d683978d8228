"""The operations of an OpenAPI document, each with the JSON pointer where it is written."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from .pointer import deref, join, json_path

__all__ = ["HTTP_METHODS", "OperationRef", "iter_operations"]

HTTP_METHODS: tuple[str, ...] = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclasses.dataclass(frozen=True)
class OperationRef:
    """One operation: its path template, lower-case method, the operation object and its JSON pointer."""

    path: str
    method: str
    operation: dict[str, Any]
    pointer: str
    path_item: dict[str, Any] = dataclasses.field(default_factory=dict, compare=False, repr=False)


def iter_operations(doc: Any) -> Iterator[OperationRef]:
    """Every operation: paths in document order, methods in ``HTTP_METHODS`` order; a path item ``$ref`` is followed
    (the pointer is then where the operation really is). ``SpecError`` on a broken path item ``$ref``."""
    paths = doc.get("paths") if isinstance(doc, dict) else None
    if not isinstance(paths, dict):
        return
    for path, raw in paths.items():
        item, came_from = deref(doc, raw, at=json_path("paths", str(path)))
        if not isinstance(item, dict):
            continue
        base = came_from if came_from is not None else join("paths", str(path))
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield OperationRef(str(path), method, operation, f"{base}{join(method)}", item)
