"""tools._schema: 3.0 and 3.1 schemas reach the same normal form ($ref, allOf, nullable, type arrays, bounds)."""

from __future__ import annotations

from typing import Any

from tools._schema import normalise, resolve


def _doc(**schemas: Any) -> dict[str, Any]:
    return {"components": {"schemas": schemas}}


def test_nullable_forms_of_30_and_31_are_the_same() -> None:
    doc = _doc(Thing={"type": "object", "properties": {"a": {"type": "string"}}})
    forms = [
        {"type": "string", "format": "uuid", "nullable": True},  # 3.0
        {"type": ["string", "null"], "format": "uuid"},  # 3.1
        {"oneOf": [{"type": "string", "format": "uuid"}, {"type": "null"}]},  # 3.1 union
        {"anyOf": [{"type": "string", "format": "uuid"}, {"type": "object", "nullable": True, "enum": [None]}]},
    ]
    assert [normalise(doc, f).facts for f in forms] == [{"type": "string", "format": "uuid", "nullable": True}] * 4


def test_ref_to_an_object_made_nullable_keeps_its_properties() -> None:
    doc = _doc(Config={"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}})
    strict_30 = {
        "oneOf": [{"$ref": "#/components/schemas/Config"}, {"type": "object", "nullable": True, "enum": [None]}]
    }
    form_31 = {"anyOf": [{"$ref": "#/components/schemas/Config"}, {"const": None}]}
    for schema in (strict_30, form_31):
        node = normalise(doc, schema)
        assert node.facts == {"type": "object", "nullable": True}
        assert set(node.properties) == {"kind"}
        assert node.required == {"kind"}


def test_allof_merges_properties_and_required_through_refs() -> None:
    doc = _doc(
        Envelope={"type": "object", "required": ["success"], "properties": {"success": {"type": "boolean"}}},
        Recording={"type": "object", "properties": {"id": {"type": "string"}}},
    )
    schema = {
        "allOf": [
            {"$ref": "#/components/schemas/Envelope"},
            {"properties": {"data": {"allOf": [{"$ref": "#/components/schemas/Recording"}, {"required": ["id"]}]}}},
        ]
    }
    node = normalise(doc, schema)
    assert set(node.properties) == {"success", "data"}
    assert node.required == {"success"}
    assert node.properties["data"].required == {"id"}
    assert node.properties["data"].properties["id"].facts == {"type": "string"}


def test_union_of_types_and_enum_with_null() -> None:
    doc = _doc()
    assert normalise(doc, {"oneOf": [{"type": "string"}, {"type": "integer"}]}).facts == {"type": "integer|string"}
    assert normalise(doc, {"type": ["integer", "string"]}).facts == {"type": "integer|string"}
    status = normalise(doc, {"type": "string", "enum": ["a", "b", None]})
    assert status.facts == {"type": "string", "nullable": True, "enum": ("a", "b")}


def test_exclusive_bounds_30_boolean_and_31_number_agree() -> None:
    doc = _doc()
    old = normalise(doc, {"type": "integer", "minimum": 0, "exclusiveMinimum": True, "maximum": 10})
    new = normalise(doc, {"type": "integer", "exclusiveMinimum": 0, "maximum": 10})
    assert old.facts == new.facts == {"type": "integer", "exclusiveMinimum": 0, "maximum": 10}


def test_recursive_schema_stops_and_arrays_keep_items() -> None:
    doc = _doc(
        Node={
            "type": "object",
            "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}},
        }
    )
    node = normalise(doc, {"$ref": "#/components/schemas/Node"})
    children = node.properties["children"]
    assert children.facts == {"type": "array"}
    assert children.items is not None and children.items.facts == {"type": "object"}
    assert children.items.properties == {}


def test_notes_are_found_on_the_property_or_the_referenced_schema() -> None:
    doc = _doc(Status={"type": "string", "x-decision": "Chose  the\n newest source."})
    assert normalise(doc, {"$ref": "#/components/schemas/Status"}).note == "x-decision: Chose the newest source."
    own = normalise(doc, {"$ref": "#/components/schemas/Status", "x-unverified": "not seen live"})
    assert own.note == "x-decision: Chose the newest source. x-unverified: not seen live"
    target, note = resolve(doc, {"$ref": "#/components/schemas/Missing"})
    assert target is None and note is None
