"""``x-list-envelope``: the spec accepts the envelope or a bare array; the client is generated for the envelope."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator.typemap import generation_view
from speccore.errors import SpecError

ITEM = {"type": "object", "properties": {"id": {"type": "string"}}}


def spec(schema: dict[str, Any], envelope: str | None = "data") -> dict[str, Any]:
    response: dict[str, Any] = {"description": "ok", "content": {"application/json": {"schema": schema}}}
    if envelope:
        response["x-list-envelope"] = envelope
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/things": {"get": {"operationId": "list", "responses": {"200": response}}}},
        "components": {
            "schemas": {
                "Page": {"type": "object", "properties": {"data": {"type": "array", "items": ITEM}}},
                "Bare": {"type": "array", "items": ITEM},
            }
        },
    }


def schema_of(doc: dict[str, Any]) -> Any:
    return doc["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]


@pytest.mark.parametrize("key", ["oneOf", "anyOf"])
def test_the_generated_view_keeps_only_the_envelope(key: str) -> None:
    original = spec({key: [{"$ref": "#/components/schemas/Bare"}, {"$ref": "#/components/schemas/Page"}]})
    before = copy.deepcopy(original)
    assert schema_of(generation_view(original)) == {"$ref": "#/components/schemas/Page"}
    assert original == before  # the spec itself still accepts both shapes


def test_without_the_extension_a_union_stays_a_union() -> None:
    union = {"oneOf": [{"$ref": "#/components/schemas/Bare"}, {"$ref": "#/components/schemas/Page"}]}
    assert schema_of(generation_view(spec(union, envelope=None))) == union


@pytest.mark.parametrize(
    "schema",
    [
        {"$ref": "#/components/schemas/Page"},
        {"oneOf": [{"$ref": "#/components/schemas/Bare"}, {"type": "array", "items": ITEM}]},
        {"oneOf": [{"$ref": "#/components/schemas/Page"}, {"$ref": "#/components/schemas/Page"}, ITEM]},
    ],
)
def test_a_schema_that_is_not_envelope_or_array_is_refused(schema: dict[str, Any]) -> None:
    with pytest.raises(SpecError, match="x-list-envelope"):
        generation_view(spec(schema))
