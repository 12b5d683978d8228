"""Valid arguments and rule-breaking variants of them, derived from the specs (for test_request_validation.py).

For every operation: a valid call (path parameters, the request body from the spec's example or its schema), and
for every constrained parameter or body field one :class:`Violation`: the argument with one value replaced (or a
required field removed), the parameter/JSON path the error must name and the rule it must give.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import importlib
from collections.abc import Iterator
from typing import Any

import httpx
from openapi_python_client import strings

from tests.clients.speclib import Vendor, operations

DELETE = object()  # a Violation value: remove the field
DEPTH = 5


def py_name(name: str) -> str:
    return str(strings.PythonIdentifier(name, "field_"))


@dataclasses.dataclass(frozen=True)
class Operation:
    vendor: Vendor
    path: str
    http_method: str
    operation: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.vendor.key}-{self.operation['operationId']}"

    def params(self) -> list[dict[str, Any]]:
        item = self.vendor.spec["paths"][self.path]
        merged = {}
        for entry in [*(item.get("parameters") or []), *(self.operation.get("parameters") or [])]:
            param = self.vendor.resolve(entry)
            merged[(param["name"], param["in"])] = param
        return list(merged.values())

    def body_schema(self) -> dict[str, Any] | None:
        body = self.vendor.resolve(self.operation.get("requestBody") or {})
        media = (body.get("content") or {}).get("application/json")
        return None if media is None else media.get("schema", {})

    def body_example(self) -> Any:
        body = self.vendor.resolve(self.operation.get("requestBody") or {})
        media = (body.get("content") or {}).get("application/json") or {}
        if "example" in media:
            return copy.deepcopy(media["example"])
        for example in (media.get("examples") or {}).values():
            example = self.vendor.resolve(example)
            if "value" in example:
                return copy.deepcopy(example["value"])
        return valid_value(self.vendor, self.body_schema() or {}, json=True)

    def opt_in(self) -> str | None:
        config = self.operation.get("x-destructive")
        return str(config["opt-in"]) if config else None

    def valid_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        for param in self.params():
            if param["in"] == "path":
                kwargs[py_name(param["name"])] = valid_value(self.vendor, param.get("schema") or {}, json=True)
        if self.body_schema() is not None:
            kwargs["body"] = self.body_example()
        opt_in = self.opt_in()
        if opt_in:
            kwargs[opt_in] = True  # the destructive guard has its own tests
        return kwargs

    def method(self, client: Any) -> Any:
        tag = str(strings.PythonIdentifier(self.operation["tags"][0], "tag"))
        return getattr(getattr(client, tag), self.operation["x-method-name"])


def all_operations(vendors: list[Vendor]) -> list[Operation]:
    return [Operation(v, path, method, op) for v in vendors for path, method, op in operations(v)]


def client_kwargs(vendor: Vendor, transport: httpx.BaseTransport) -> dict[str, Any]:
    """Credentials (and account-level path defaults) for ``vendor``'s client, over ``transport``."""
    kwargs: dict[str, Any] = {"http_client": httpx.Client(transport=transport)}
    for scheme in (vendor.spec.get("components", {}).get("securitySchemes") or {}).values():
        kwargs[scheme["x-client-arg"]] = "CRED-0123456789"
    for path_item in vendor.spec["paths"].values():
        for entry in path_item.get("parameters") or []:
            param = vendor.resolve(entry)
            if param.get("x-client-default"):
                kwargs[py_name(param["name"])] = "acct0123"
    return kwargs


def package(vendor: Vendor) -> Any:
    return importlib.import_module(vendor.package)


# -- values ------------------------------------------------------------------------------------------------------------
def _branches(vendor: Vendor, schema: dict[str, Any]) -> dict[str, Any] | None:
    """The schema itself, or the one non-null branch of a oneOf/anyOf (None for a real union)."""
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            real = [vendor.resolve(s) for s in schema[key]]
            real = [s for s in real if s.get("type") != "null" and s.get("enum") != [None]]
            return real[0] if len(real) == 1 else None
    return schema


def valid_value(vendor: Vendor, node: Any, *, json: bool) -> Any:
    schema = _branches(vendor, vendor.resolve(node or {}))
    if schema is None:
        return None
    if "example" in schema and json and schema.get("type") != "object":
        return copy.deepcopy(schema["example"])
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind == "string":
        if schema.get("format") == "date-time":
            return "2024-01-01T00:00:00Z" if json else datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
        if schema.get("format") == "date":
            return "2024-01-01" if json else datetime.date(2024, 1, 1)
        if schema.get("format") == "uri":
            return "https://example.com/x"
        if schema.get("format") == "uuid":
            return "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0"
        return "x" * max(int(schema.get("minLength", 1)), 1)
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if kind == "boolean":
        return True
    if kind == "array":
        return [valid_value(vendor, schema.get("items") or {}, json=json)] * max(int(schema.get("minItems", 1)), 1)
    if kind == "object":
        return {
            name: valid_value(vendor, prop, json=True)
            for name, prop in (schema.get("properties") or {}).items()
            if name in (schema.get("required") or [])
        }
    return None


@dataclasses.dataclass(frozen=True)
class Violation:
    where: tuple[Any, ...]  # keys/indexes inside the argument
    value: Any  # the bad value, or DELETE
    rule: str


_WRONG_TYPE = {"string": 12345, "integer": "1", "number": "1.5", "boolean": "true", "object": "x", "array": "x"}
# a string that breaks each format the clients check (the common mistake for it), as JSON and as a Python argument
BAD_FORMAT = {
    "uuid": "0ccc7b54-4df3-4bca-a65a-3da1ecc777fz",
    "date-time": "2024-01-31T12:00:00",  # no offset
    "date": "2024-02-30",
    "uri": "example.com/hook",  # no scheme
    "url": "example.com/hook",
}
BAD_INT_FORMAT = {"int32": 2**31, "int64": 2**63}
UNKNOWN_KEY = "not_a_field_of_this_object"
EXTRA_KEY = "extra_key"


def violations(vendor: Vendor, node: Any, *, json: bool, depth: int = 0) -> Iterator[Violation]:
    """One value breaking each rule of ``node`` (and, for objects and arrays, of what they contain)."""
    schema = _branches(vendor, vendor.resolve(node or {}))
    if schema is None or depth > DEPTH:
        return
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    fmt = schema.get("format")
    if not json and kind == "string" and fmt in ("date-time", "date"):
        yield Violation((), "2024-01-01", "type")  # a query date must be a date, not its text
        if fmt == "date-time":
            yield Violation((), datetime.datetime(2024, 1, 1), "format")  # naive: RFC 3339 needs the offset
        else:
            yield Violation((), datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC), "type")  # would send a time
        return
    if kind in _WRONG_TYPE:
        yield Violation((), _WRONG_TYPE[kind], "type")
    if kind == "string" and fmt in BAD_FORMAT:
        yield Violation((), BAD_FORMAT[fmt], "format")
    if kind == "integer" and fmt in BAD_INT_FORMAT:
        yield Violation((), BAD_INT_FORMAT[fmt], "format")
    if schema.get("enum"):
        yield Violation((), "not-a-listed-value", "enum")
    for key, bad in (
        ("minimum", lambda n: n - 1),
        ("maximum", lambda n: n + 1),
        ("minLength", lambda n: "x" * (n - 1)),
        ("maxLength", lambda n: "x" * (n + 1)),
    ):
        if isinstance(schema.get(key), int | float) and not isinstance(schema.get(key), bool):
            yield Violation((), bad(schema[key]), key)
    item = schema.get("items") or {}
    if kind == "array":
        good = valid_value(vendor, item, json=json)
        if schema.get("minItems"):
            yield Violation((), [good] * (schema["minItems"] - 1), "minItems")
        if schema.get("maxItems"):
            yield Violation((), [good] * (schema["maxItems"] + 1), "maxItems")
        for inner in violations(vendor, item, json=json, depth=depth + 1):
            yield Violation((0, *inner.where), inner.value, inner.rule)
    if kind == "object":
        required = set(schema.get("required") or [])
        for name, prop in (schema.get("properties") or {}).items():
            if vendor.resolve(prop).get("readOnly"):
                continue
            if name in required:
                yield Violation((name,), DELETE, "required")
            for inner in violations(vendor, prop, json=True, depth=depth + 1):
                yield Violation((name, *inner.where), inner.value, inner.rule)
        extra = schema.get("additionalProperties")
        if extra is False:
            yield Violation((UNKNOWN_KEY,), "x", "additionalProperties")
        elif isinstance(extra, dict):
            for inner in violations(vendor, extra, json=True, depth=depth + 1):
                yield Violation((EXTRA_KEY, *inner.where), inner.value, inner.rule)


def applied(vendor: Vendor, node: Any, base: Any, violation: Violation, *, json: bool) -> Any:
    """``base`` with ``violation`` applied; missing containers on the way are filled with valid values."""
    if not violation.where:
        return violation.value
    value = copy.deepcopy(base) if base is not None else valid_value(vendor, node, json=json)
    schema = _branches(vendor, vendor.resolve(node or {})) or {}
    key, rest = violation.where[0], violation.where[1:]
    if isinstance(key, int):
        child_node = schema.get("items") or {}
        value = list(value) if value else [valid_value(vendor, child_node, json=True)]
        value[0] = applied(vendor, child_node, value[0], Violation(rest, violation.value, violation.rule), json=True)
        return value
    extra = schema.get("additionalProperties")
    child_node = (schema.get("properties") or {}).get(key) or (extra if isinstance(extra, dict) else {})
    value = dict(value or {})
    if violation.value is DELETE and not rest:
        value.pop(key, None)
        return value
    value[key] = applied(
        vendor, child_node, value.get(key), Violation(rest, violation.value, violation.rule), json=True
    )
    return value


def path_text(top: str, where: tuple[Any, ...]) -> str:
    return top + "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in where)


@dataclasses.dataclass(frozen=True)
class Case:
    op: Operation
    argument: str  # python argument name
    kwargs: dict[str, Any]  # the whole call
    path: str  # what the error must name
    rule: str
    always: bool  # refused even with validation off

    @property
    def id(self) -> str:
        return f"{self.op.id}-{self.path}-{self.rule}"


def cases(ops: list[Operation]) -> Iterator[Case]:
    for op in ops:
        base = op.valid_kwargs()
        for param in op.params():
            name = py_name(param["name"])
            schema = param.get("schema") or {}
            is_object = (_branches(op.vendor, op.vendor.resolve(schema)) or {}).get("type") == "object"
            for v in violations(op.vendor, schema, json=is_object):
                rule, always = v.rule, False
                if param["in"] == "path" and v.rule == "type":
                    rule, always = "required", True  # a path parameter is a non-empty string, always
                if is_object and not v.where:
                    always = True  # a model argument is a model or a dict, always
                value = applied(op.vendor, schema, base.get(name), v, json=is_object)
                yield Case(op, name, {**base, name: value}, path_text(name, v.where), rule, always)
            if param["in"] == "path":
                # None on an account-level parameter (x-client-default) means "the client's value"
                for empty in ("", " ", "..") if param.get("x-client-default") else ("", None, " ", ".."):
                    yield Case(op, name, {**base, name: empty}, name, "required", True)
        schema = op.body_schema()
        if schema is not None:
            for v in violations(op.vendor, schema, json=True):
                value = applied(op.vendor, schema, base["body"], v, json=True)
                always = not v.where  # the body itself must be a model or a dict, always
                yield Case(op, "body", {**base, "body": value}, path_text("body", v.where), v.rule, always)
