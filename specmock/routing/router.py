"""Finding the operation for a request: the most specific path template wins, an undocumented method is a 405."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..spec import Operation

__all__ = ["Router"]


def _specificity(operation: Operation) -> tuple[Any, ...]:
    segments = operation.path.strip("/").split("/")
    return (len(segments), tuple(1 if "{" in segment else 0 for segment in segments), operation.path)


class Router:
    """The spec's operations grouped by path template, most specific first (literal segments before parameters)."""

    def __init__(self, operations: Iterable[Operation], base_path: str) -> None:
        self.base_path = base_path
        self.paths: list[tuple[str, list[Operation]]] = []
        for operation in sorted(operations, key=_specificity):
            if not self.paths or self.paths[-1][0] != operation.path:
                self.paths.append((operation.path, []))
            self.paths[-1][1].append(operation)

    def route(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        """The operation for ``method path``, its raw path values, and the methods the path allows (for 405).

        The most specific path template that matches wins (literal segments before parameters); a method it does
        not document is a 405, even when a less specific template would take it.
        """
        base = self.base_path
        if base and not (path == base or path.startswith(base + "/")):
            return None, {}, []
        relative = path[len(base) :] or "/"
        for _template, operations in self.paths:
            values = operations[0].match(relative)
            if values is None:
                continue
            for operation in operations:
                if operation.method == method:
                    return operation, values, []
            return None, {}, [operation.method for operation in operations]
        return None, {}, []
