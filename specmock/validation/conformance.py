"""Does a response the mock is about to send conform to the spec? (status documented, body valid)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from ..spec import Operation
from ..state.actions import NO_BODY
from .schemas import SchemaSet, describe_error

__all__ = ["violation"]


def violation(
    responses: SchemaSet, operation: Operation, status: int, body: Any, tolerated: Collection[int] = ()
) -> str | None:
    """Why this response breaks the spec, or None. ``tolerated``: undocumented statuses accepted (known spec gaps)."""
    label = f"{operation.operation_id} ({operation.method} {operation.path}) -> {status}"
    key = operation.response_key(status)
    if key is None:
        if status in tolerated:
            return None
        return f"{label}: status {status} is not documented (documented: {', '.join(operation.responses)})"
    pointer = operation.responses[key]
    if pointer is None:
        return None if body is NO_BODY else f"{label}: the spec documents no JSON body, the mock sent one"
    if body is NO_BODY:
        return f"{label}: the spec documents a JSON body, the mock sent none"
    errors = responses.errors(pointer, body)
    return f"{label}: body violates the schema: {describe_error(errors[0])}" if errors else None
