"""Every ``example`` in every spec validates against its schema (OpenAPI 3.0 semantics: nullable, formats).

Covered: schema-level and property-level examples in ``components.schemas`` (found by walking every schema),
media-type ``example`` and ``examples[*].value`` of request bodies and responses, and parameter examples.
Response examples are validated in read mode (writeOnly fields must not appear), request examples in write mode.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import pytest
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator, oas30_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from tests.clients.speclib import Vendor, operations, vendors


def _registry(vendor: Vendor) -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(vendor.spec, default_specification=DRAFT4)
    registry: Registry[Any] = Registry[Any]().with_resource("spec.json", resource)
    return registry


def _schema_examples(node: Any, where: str) -> Iterator[tuple[str, Any, Any]]:
    """(where, schema, example) for every schema in a components tree that carries an example."""
    if isinstance(node, dict):
        if "example" in node and (
            "type" in node or "properties" in node or "$ref" in node or "allOf" in node or "enum" in node
        ):
            yield where, node, node["example"]
        for key, value in node.items():
            if key not in ("example", "examples", "x-sources"):
                yield from _schema_examples(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _schema_examples(value, f"{where}[{index}]")


def _media_examples(vendor: Vendor) -> Iterator[tuple[str, str, Any, Any]]:
    """(mode, where, schema, example) for request bodies ("write") and responses ("read")."""
    for path, method, op in operations(vendor):
        here = f"{method.upper()} {path}"
        body = vendor.resolve(op.get("requestBody", {}))
        for mode, media_map, label in [("write", body.get("content") or {}, "request")] + [
            ("read", vendor.resolve(r).get("content") or {}, f"response {s}")
            for s, r in op.get("responses", {}).items()
        ]:
            media = media_map.get("application/json")
            if not media or "schema" not in media:
                continue
            if "example" in media:
                yield mode, f"{here} {label} example", media["schema"], media["example"]
            for name, example in (media.get("examples") or {}).items():
                resolved = vendor.resolve(example)
                if "value" in resolved:
                    yield mode, f"{here} {label} examples.{name}", media["schema"], resolved["value"]
        for param in [vendor.resolve(p) for p in op.get("parameters", [])]:
            if "example" in param and "schema" in param:
                yield "write", f"{here} parameter {param['name']}", param["schema"], param["example"]


SCHEMA_CASES = [
    pytest.param(v, schema, example, id=f"{v.key}:{where}")
    for v in vendors()
    for where, schema, example in _schema_examples(v.spec.get("components", {}).get("schemas", {}), "schemas")
]
MEDIA_CASES = [
    pytest.param(v, mode, schema, example, id=f"{v.key}:{where}")
    for v in vendors()
    for mode, where, schema, example in _media_examples(v)
]


def _validate(vendor: Vendor, schema: Any, example: Any, validator_cls: Any) -> list[str]:
    validator = validator_cls(schema, registry=_registry(vendor), format_checker=oas30_format_checker)
    # local refs are "#/components/..." relative to the document: resolve them against the spec resource
    validator = validator.evolve(_resolver=_registry(vendor).resolver(base_uri="spec.json"))
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(example)]


def test_every_vendor_has_examples() -> None:
    assert {cast(Vendor, c.values[0]).key for c in SCHEMA_CASES} == {v.key for v in vendors()}
    assert {cast(Vendor, c.values[0]).key for c in MEDIA_CASES} == {v.key for v in vendors()}


@pytest.mark.parametrize(("vendor", "schema", "example"), SCHEMA_CASES)
def test_schema_example_is_valid(vendor: Vendor, schema: Any, example: Any) -> None:
    # a schema's own example may show read-only and write-only fields: check the shape in read mode when it
    # has no writeOnly fields, else in write mode
    text = str(schema)
    cls = OAS30WriteValidator if "'writeOnly': True" in text else OAS30ReadValidator
    assert _validate(vendor, schema, example, cls) == []


@pytest.mark.parametrize(("vendor", "mode", "schema", "example"), MEDIA_CASES)
def test_media_example_is_valid(vendor: Vendor, mode: str, schema: Any, example: Any) -> None:
    cls = OAS30ReadValidator if mode == "read" else OAS30WriteValidator
    assert _validate(vendor, schema, example, cls) == []


def test_an_invalid_example_is_caught() -> None:
    vendor = next(v for v in vendors() if v.key == "telnyx")
    schema = {"$ref": "#/components/schemas/RoomRecording"}
    assert _validate(vendor, schema, {"status": "not-a-status", "duration_secs": "long"}, OAS30ReadValidator)
    assert _validate(vendor, schema, {"id": "not-a-uuid"}, OAS30ReadValidator)
