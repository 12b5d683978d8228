# Copied from generator/runtime/_query.py by `make generate`. Do not edit.
"""Query-string encoding for OpenAPI parameter styles the base generator gets wrong (deepObject, explode=false)."""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

__all__ = ["encode_deep_object", "encode_form", "path_segment", "query_value"]


def query_value(value: Any) -> str:
    """One scalar as it appears in a query string."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return str(value)


def encode_deep_object(name: str, value: Mapping[str, Any]) -> list[tuple[str, str]]:
    """``style: deepObject`` → ``name[key]=v`` pairs, nested objects as ``name[a][b]=v``; ``None`` is omitted."""
    pairs: list[tuple[str, str]] = []
    for key, item in value.items():
        wire_name = f"{name}[{key}]"
        if item is None:
            continue
        if isinstance(item, Mapping):
            pairs.extend(encode_deep_object(wire_name, item))
        elif isinstance(item, list | tuple):
            pairs.extend((wire_name, query_value(element)) for element in item)
        else:
            pairs.append((wire_name, query_value(item)))
    return pairs


def encode_form(name: str, value: Any, *, explode: bool = True) -> list[tuple[str, str]]:
    """``style: form`` (the query default): arrays repeat the name, or join with commas when ``explode: false``."""
    if value is None:
        return []
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        values = [query_value(item) for item in value]
        if not values:
            return []
        return [(name, item) for item in values] if explode else [(name, ",".join(values))]
    return [(name, query_value(value))]


_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]*")


def path_segment(value: object) -> str:
    """``value`` as one path segment: ``quote(str(value), safe="")``, with text that needs no escaping (ids,
    almost always) returned as it is without going through ``quote`` (~1 µs a parameter)."""
    text = str(value)
    return text if _UNRESERVED.fullmatch(text) else quote(text, safe="")
