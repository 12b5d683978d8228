"""One normal form for an OpenAPI schema, 3.0 or 3.1, so two documents can be compared field by field.

``$ref`` is followed inside the document, ``allOf`` is merged, ``oneOf``/``anyOf`` branches that only allow null
become ``nullable`` (3.0 ``nullable: true`` + ``enum: [null]``, 3.1 ``type: 'null'`` / ``const: null``), 3.1 type
arrays become a type plus ``nullable``, and the 3.0 boolean ``exclusiveMinimum``/``exclusiveMaximum`` become the
3.1 numeric form. What is left is a tree of ``Node`` s: facts (type, format, enum, constraints, flags), properties,
which of them are required, array items, and the note our spec writes at that spot (``x-decision`` /
``x-unverified``, see specs/EXTENSIONS.md).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from speccore.pointer import ref_chain

__all__ = ["FACT_KEYS", "Node", "normalise", "note_of", "resolve"]

# Facts compared between two schemas, in the order they are reported.
FACT_KEYS = (
    "type",
    "format",
    "nullable",
    "enum",
    "default",
    "minimum",
    "exclusiveMinimum",
    "maximum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "readOnly",
    "writeOnly",
)
_COPIED = ("format", "default", "minimum", "maximum", "minLength", "maxLength", "pattern", "minItems", "maxItems")
_FLAGS = ("readOnly", "writeOnly")


@dataclasses.dataclass
class Node:
    """A schema in normal form. ``facts`` holds only what the schema says (absent key = not stated)."""

    facts: dict[str, Any] = dataclasses.field(default_factory=dict)
    properties: dict[str, Node] = dataclasses.field(default_factory=dict)
    required: set[str] = dataclasses.field(default_factory=set)
    items: Node | None = None
    note: str | None = None


def resolve(doc: dict[str, Any], node: Any) -> tuple[Any, str | None]:
    """Follow ``$ref`` chains inside ``doc``; also return the note (``note_of``) of the nodes met on the way."""
    chain = ref_chain(doc, node, strict=False)  # lenient: official documents may hold refs we cannot follow
    return chain[-1], note_of(*chain)


def note_of(*nodes: Any) -> str | None:
    """``x-decision: …`` and ``x-unverified: …`` texts, each the first found in ``nodes`` (whitespace folded)."""
    parts = []
    for key in ("x-decision", "x-unverified"):
        text = next((n[key] for n in nodes if isinstance(n, dict) and n.get(key)), None)
        if text:
            parts.append(f"{key}: " + " ".join(str(text).split()))
    return " ".join(parts) or None


def normalise(doc: dict[str, Any], schema: Any, _stack: tuple[str, ...] = ()) -> Node:
    """The normal form of ``schema`` (a schema object or ``$ref``) inside ``doc``."""
    if not isinstance(schema, dict):
        return Node()
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in _stack:  # recursive schema: stop here, keep the name
            return Node(facts={"type": "object"}, note=note_of(schema))
        target, note = resolve(doc, schema)
        node = normalise(doc, target, (*_stack, ref))
        siblings = {k: v for k, v in schema.items() if k != "$ref"}  # 3.1 allows siblings next to $ref
        if siblings:
            _merge_into(node, normalise(doc, siblings, _stack))
        node.note = note or node.note
        return node
    node = _own(doc, schema, _stack)
    for part in schema.get("allOf") or []:
        _merge_into(node, normalise(doc, part, _stack))
    for keyword in ("oneOf", "anyOf"):
        if schema.get(keyword):
            _merge_into(node, _union(doc, schema[keyword], _stack))
    return node


def _own(doc: dict[str, Any], schema: dict[str, Any], stack: tuple[str, ...]) -> Node:
    node = Node(note=note_of(schema))
    facts = node.facts
    types = schema.get("type")
    if isinstance(types, list):
        real = sorted(str(t) for t in types if t != "null")
        if "null" in types:
            facts["nullable"] = True
        if real:
            facts["type"] = "|".join(real)
    elif isinstance(types, str) and types != "null":
        facts["type"] = types
    elif types == "null":
        facts["nullable"] = True
    if schema.get("nullable") is True:
        facts["nullable"] = True
    for key in _COPIED:
        if key in schema:
            facts[key] = schema[key]
    for key in _FLAGS:
        if schema.get(key) is True:
            facts[key] = True
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        value = schema.get(exclusive)
        if value is True and bound in facts:  # 3.0: boolean next to the bound
            facts[exclusive] = facts.pop(bound)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            facts[exclusive] = value
    values = schema["enum"] if isinstance(schema.get("enum"), list) else None
    if "const" in schema:
        values = [schema["const"]]
    if values is not None:
        if None in values:
            facts["nullable"] = True
        kept = tuple(v for v in values if v is not None)
        if kept:
            facts["enum"] = kept
    for name, prop in (schema.get("properties") or {}).items():
        node.properties[str(name)] = normalise(doc, prop, stack)
    node.required = {str(r) for r in schema.get("required") or []}
    if "items" in schema:
        node.items = normalise(doc, schema["items"], stack)
    return node


def _union(doc: dict[str, Any], branches: list[Any], stack: tuple[str, ...]) -> Node:
    """``oneOf``/``anyOf``: null-only branches make it nullable; the rest merge, properties optional unless in all."""
    null_only = [b for b in branches if _only_null(resolve(doc, b)[0])]
    rest = [normalise(doc, b, stack) for b in branches if not _only_null(resolve(doc, b)[0])]
    if len(rest) == 1:
        union = rest[0]
    else:
        union = Node()
        types = sorted({t for n in rest for t in str(n.facts.get("type", "")).split("|") if t})
        if types:
            union.facts["type"] = "|".join(types)
        for n in rest:
            for name, prop in n.properties.items():
                union.properties.setdefault(name, prop)
        union.required = set.intersection(*(n.required for n in rest)) if rest else set()
        if any(n.facts.get("nullable") for n in rest):
            union.facts["nullable"] = True
    if null_only:
        union.facts["nullable"] = True
    return union


def _only_null(schema: Any) -> bool:
    """A branch that allows nothing but null: 3.0 ``enum: [null]``, 3.1 ``type: 'null'`` or ``const: null``."""
    if not isinstance(schema, dict):
        return False
    return (
        schema.get("enum") == [None]
        or schema.get("type") in ("null", ["null"])
        or ("const" in schema and schema["const"] is None)
    )


def _merge_into(node: Node, other: Node) -> None:
    for key, value in other.facts.items():
        node.facts.setdefault(key, value)
    for name, prop in other.properties.items():
        if name in node.properties:
            _merge_into(node.properties[name], prop)
        else:
            node.properties[name] = prop
    node.required |= other.required
    if other.items is not None:
        if node.items is None:
            node.items = other.items
        else:
            _merge_into(node.items, other.items)
    node.note = node.note or other.note
