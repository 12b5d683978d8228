"""JSON Schema validation of requests and responses against the spec (OpenAPI 3.0 dialect, draft 4 based)."""

from __future__ import annotations

import datetime
import re
import uuid
from collections.abc import Iterator, Mapping
from typing import Any, Literal

import referencing
import referencing.jsonschema
from jsonschema import Draft4Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from ..spec import Spec

__all__ = ["SchemaSet", "View", "describe_error", "to_json_schema"]

View = Literal["request", "response"]
_NOT_SCHEMAS = frozenset({"example", "examples", "externalDocs", "discriminator", "xml"})
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "definitions", "schemas"})
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def to_json_schema(node: Any, view: View, parent_key: str = "", root: Any = None) -> Any:
    """Rewrite OpenAPI 3.0 schema objects into plain JSON Schema.

    ``nullable: true`` becomes ``anyOf: [<schema>, {type: null}]``; properties that are readOnly (in requests) or
    writeOnly (in responses) are dropped from ``required``. Examples and ``x-`` extensions are left untouched.
    """
    root = node if root is None else root
    if isinstance(node, list):
        return [to_json_schema(item, view, "", root) for item in node]
    if not isinstance(node, Mapping):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if parent_key not in _SCHEMA_MAPS and (key in _NOT_SCHEMAS or str(key).startswith("x-")):
            out[key] = value
        else:
            out[key] = to_json_schema(value, view, str(key), root)
    if parent_key in _SCHEMA_MAPS:
        return out
    required, properties = out.get("required"), out.get("properties")
    if isinstance(required, list) and isinstance(properties, Mapping):
        hidden = "readOnly" if view == "request" else "writeOnly"
        out["required"] = [name for name in required if not _flag(properties.get(name), hidden, root)]
        if not out["required"]:
            del out["required"]
    if out.get("nullable") is True:
        del out["nullable"]
        return {"anyOf": [out, {"type": "null"}]}
    return out


def _flag(schema: Any, name: str, root: Any, depth: int = 0) -> bool:
    """Whether a (possibly referenced) schema carries ``name: true`` (readOnly/writeOnly)."""
    if not isinstance(schema, Mapping) or depth > 20:
        return False
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target: Any = root
        for part in ref[2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, Mapping) else {}
        return _flag(target, name, root, depth + 1)
    if schema.get(name) is True:
        return True
    branches = list(schema.get("allOf") or ()) + list(schema.get("anyOf") or ())[:1]
    return any(_flag(branch, name, root, depth + 1) for branch in branches)


def _format_checker() -> FormatChecker:
    checker = FormatChecker(formats=())

    @checker.checks("uuid", raises=ValueError)
    def _uuid(value: object) -> bool:
        return not isinstance(value, str) or str(uuid.UUID(value)) == value.lower()

    @checker.checks("date-time", raises=ValueError)
    def _date_time(value: object) -> bool:
        if not isinstance(value, str):
            return True
        if "T" not in value.upper():
            return False
        parsed = datetime.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
        return parsed.tzinfo is not None

    @checker.checks("date", raises=ValueError)
    def _date(value: object) -> bool:
        return not isinstance(value, str) or bool(_DATE.match(value) and datetime.date.fromisoformat(value))

    @checker.checks("uri")
    def _uri(value: object) -> bool:
        return not isinstance(value, str) or bool(_URI.match(value))

    @checker.checks("int32")
    def _int32(value: object) -> bool:
        return not isinstance(value, int) or -(2**31) <= value < 2**31

    @checker.checks("int64")
    def _int64(value: object) -> bool:
        return not isinstance(value, int) or -(2**63) <= value < 2**63

    return checker


FORMATS = _format_checker()


class SchemaSet:
    """Compiled validators for any schema in the document, by JSON pointer, for one view (request or response)."""

    def __init__(self, spec: Spec, view: View) -> None:
        self.spec = spec
        self.view = view
        self.uri = f"urn:mock-spec:{view}"
        self.document = to_json_schema(spec.document, view)
        resource = referencing.Resource.from_contents(
            self.document, default_specification=referencing.jsonschema.DRAFT4
        )
        self.registry: referencing.Registry[Any] = referencing.Registry().with_resource(self.uri, resource)
        self._validators: dict[str, Draft4Validator] = {}
        self._valid: set[tuple[str, Any]] = set()

    def validator(self, pointer: str) -> Draft4Validator:
        found = self._validators.get(pointer)
        if found is None:
            schema = {"$ref": f"{self.uri}#{pointer}"}
            found = Draft4Validator(schema, registry=self.registry, format_checker=FORMATS)
            self._validators[pointer] = found
        return found

    def errors(self, pointer: str, instance: Any) -> list[ValidationError]:
        """Every error of ``instance`` against the schema at ``pointer``, shallowest first.

        Validation is a pure function of (schema, value), and requests repeat the same parameter values (page sizes,
        filters), so values found valid are remembered (a bounded set, JSON-like values only)."""
        key = _frozen(instance)
        if key is not None and (pointer, key) in self._valid:
            return []
        found = sorted(self.validator(pointer).iter_errors(instance), key=lambda error: list(error.path))
        if not found and key is not None:
            if len(self._valid) >= _VALID_MEMO_SIZE:
                self._valid.clear()
            self._valid.add((pointer, key))
        return found

    def lookup(self, pointer: str) -> Any:
        node: Any = self.document
        for raw in pointer.split("/")[1:]:
            part = raw.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node


_VALID_MEMO_SIZE = 4096
_SCALARS = (str, int, float, bool, type(None))


def _frozen(value: Any, depth: int = 0) -> Any:
    """A hashable stand-in for a small JSON value that tells apart what JSON Schema tells apart (1, 1.0 and True
    are different instances), or None when the value is too big or not JSON-like to be worth remembering."""
    if isinstance(value, _SCALARS):
        return (type(value), value)
    if depth > 3:
        return None
    if isinstance(value, list | tuple) and len(value) <= 16:
        items = [_frozen(item, depth + 1) for item in value]
        return None if any(item is None for item in items) else ("list", tuple(items))
    if isinstance(value, Mapping) and len(value) <= 16:
        pairs = [(str(key), _frozen(item, depth + 1)) for key, item in value.items()]
        return None if any(item is None for _, item in pairs) else ("dict", frozenset(pairs))
    return None


def describe_error(error: ValidationError) -> str:
    """One line: where in the instance, and what is wrong (the most specific cause for anyOf/oneOf)."""
    best = error
    while best.context:
        best = min(best.context, key=lambda sub: (-len(sub.path), str(sub.message)))
    where = "/".join(str(part) for part in best.absolute_path)
    return f"{where or '(root)'}: {best.message}"


def enum_locations(spec: Spec, schema: Any, value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Paths (keys/indexes) inside ``value`` whose schema is a string enum (used to inject unknown enum values)."""
    schema = spec.deref(schema)
    if not isinstance(schema, Mapping):
        return
    if isinstance(value, str) and isinstance(schema.get("enum"), list):
        yield path
        return
    for keyword in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(keyword) or ():
            yield from enum_locations(spec, branch, value, path)
    if isinstance(value, Mapping):
        for name, sub in (schema.get("properties") or {}).items():
            if name in value:
                yield from enum_locations(spec, sub, value[name], (*path, name))
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            yield from enum_locations(spec, schema["items"], item, (*path, index))
