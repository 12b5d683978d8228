"""A schema-valid value for operations mock.yaml does not bind (``respond`` without a documented example)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..spec import Spec

__all__ = ["synthesize"]

_FORMATS = {
    "date-time": "2026-06-01T00:00:00.000Z",
    "date": "2026-06-01",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.com/",
    "email": "mock@example.com",
}


def synthesize(spec: Spec, schema: Any, depth: int = 0) -> Any:
    schema = spec.deref(schema)
    if not isinstance(schema, Mapping) or depth > 12:
        return None
    if "example" in schema:
        return schema["example"]
    if "default" in schema:
        return schema["default"]
    if schema.get("enum"):
        return schema["enum"][0]
    for keyword in ("allOf",):
        if schema.get(keyword):
            merged: dict[str, Any] = {}
            for branch in schema[keyword]:
                value = synthesize(spec, branch, depth + 1)
                if isinstance(value, Mapping):
                    merged.update(value)
            return merged
    for keyword in ("oneOf", "anyOf"):
        if schema.get(keyword):
            return synthesize(spec, schema[keyword][0], depth + 1)
    kind = schema.get("type", "object" if "properties" in schema else None)
    if kind == "object":
        properties = schema.get("properties") or {}
        return {name: synthesize(spec, sub, depth + 1) for name, sub in properties.items()}
    if kind == "array":
        return [synthesize(spec, schema.get("items", {}), depth + 1)] * max(1, int(schema.get("minItems", 1)))
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        return float(schema.get("minimum", 0))
    if kind == "boolean":
        return False
    if kind == "string":
        return _FORMATS.get(str(schema.get("format")), "x" * max(1, int(schema.get("minLength", 1))))
    return None
