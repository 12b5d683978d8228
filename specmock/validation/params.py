"""Reading parameters off the wire the way OpenAPI serializes them (form, deepObject, explode) and typing them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..spec import Parameter, Spec

__all__ = ["MISSING_PARAM", "coerce", "read_header", "read_path", "read_query"]

MISSING_PARAM: Any = object()
_INTEGER = re.compile(r"[-+]?\d+")
_NUMBER = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")
_BRACKETS = re.compile(r"\[([^\[\]]*)\]")
_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|", "simple": ","}


def _property_schema(spec: Spec, schema: Any, name: str) -> Any:
    schema = spec.deref(schema)
    if not isinstance(schema, Mapping):
        return {}
    if name in (schema.get("properties") or {}):
        return schema["properties"][name]
    for keyword in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(keyword) or ():
            found = _property_schema(spec, branch, name)
            if found:
                return found
    additional = schema.get("additionalProperties")
    return additional if isinstance(additional, Mapping) else {}


def coerce(spec: Spec, schema: Any, value: Any) -> Any:
    """Turn wire strings into the JSON types the schema asks for; leave anything that does not convert as is."""
    if isinstance(value, Mapping):
        return {key: coerce(spec, _property_schema(spec, schema, str(key)), item) for key, item in value.items()}
    if isinstance(value, list):
        items = spec.deref(schema).get("items", {}) if isinstance(spec.deref(schema), Mapping) else {}
        return [coerce(spec, items, item) for item in value]
    if not isinstance(value, str):
        return value
    kinds = spec.schema_types(schema) or ["string"]
    if value == "" and "object" in kinds:
        return {}  # deepObject: `filter[date_ended_at]=` is an empty nested object
    for kind in kinds:
        if kind == "integer" and _INTEGER.fullmatch(value):
            return int(value)
        if kind == "number" and _NUMBER.fullmatch(value):
            number = float(value)
            return int(number) if number.is_integer() and "." not in value and "e" not in value.lower() else number
        if kind == "boolean" and value in ("true", "false"):
            return value == "true"
        if kind == "null" and value in ("", "null"):
            return None
        if kind == "string":
            return value
    return value


def _deep_object(name: str, items: Sequence[tuple[str, str]]) -> dict[str, Any] | None:
    result: dict[str, Any] | None = None
    for key, value in items:
        if not key.startswith(name + "["):
            continue
        rest = key[len(name) :]
        parts = _BRACKETS.findall(rest)
        if not parts or "".join(f"[{part}]" for part in parts) != rest:
            continue
        node = result = result if result is not None else {}
        for part in parts[:-1]:
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
        node.setdefault(parts[-1], value)
    return result


def read_query(spec: Spec, param: Parameter, items: Sequence[tuple[str, str]]) -> Any:
    """The typed value of one query parameter, or MISSING_PARAM."""
    if param.style == "deepObject":
        found = _deep_object(param.name, items)
        return MISSING_PARAM if found is None else coerce(spec, param.schema, found)
    values = [value for key, value in items if key == param.name]
    if not values and param.explode and "object" in param.kinds:
        names = set((spec.deref(param.schema).get("properties") or {}).keys())
        picked = {key: value for key, value in items if key in names}
        return coerce(spec, param.schema, picked) if picked else MISSING_PARAM
    if not values:
        return MISSING_PARAM
    if param.allow_empty and values == [""]:
        return MISSING_PARAM
    if "array" in param.kinds:
        if not param.explode:
            delimiter = _DELIMITERS.get(param.style, ",")
            values = [part for value in values if value for part in value.split(delimiter)]
        return coerce(spec, param.schema, values)
    return coerce(spec, param.schema, values[0])


def read_header(spec: Spec, param: Parameter, headers: Mapping[str, str]) -> Any:
    value = headers.get(param.name.lower())
    if value is None:
        return MISSING_PARAM
    if "array" in param.kinds:
        return coerce(spec, param.schema, [part.strip() for part in value.split(",")])
    return coerce(spec, param.schema, value)


def read_path(spec: Spec, param: Parameter, raw: str) -> Any:
    if "array" in param.kinds:
        return coerce(spec, param.schema, raw.split(","))
    return coerce(spec, param.schema, raw)
