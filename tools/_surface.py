"""The comparable surface of an OpenAPI document: operations, and for each the facts of every parameter, body and
field, keyed so that the same spot in two documents gets the same key.

An operation is keyed ``METHOD /server-path/path`` (the path of the first server URL, then the path) with path
parameter names replaced by ``{}``; path parameters are keyed by position (``path #2``) and their name is a fact,
so a rename shows as a changed ``name``. Inside an operation every spot is an ``Item`` keyed ``(area, field)``:
area is ``query page_no``, ``request`` or ``response 200``; field is ``""`` for the parameter or body itself, else
a dotted path (``data[].status``).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

from speccore.operations import HTTP_METHODS

from ._schema import Node, normalise, note_of, resolve

__all__ = ["BEHAVIOUR_EXTENSIONS", "Item", "Operation", "Surface", "surface"]

# Operation extensions that change the generated client's behaviour (specs/EXTENSIONS.md): spec-diff compares them.
BEHAVIOUR_EXTENSIONS = ("x-destructive", "x-pagination", "x-waiter", "x-idempotent")

_PATH_PARAM = re.compile(r"\{([^}]+)\}")
_DEFAULT_STYLE = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}


@dataclasses.dataclass(frozen=True)
class Item:
    """One comparable spot: a parameter, a request or response body, or a field inside one."""

    area: str
    field: str
    facts: dict[str, Any]
    note: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.area, self.field)

    @property
    def parent(self) -> tuple[str, str] | None:
        """Key of the enclosing item (``None`` for a parameter or body itself)."""
        if not self.field:
            return None
        cut = max(self.field.rfind("."), self.field.rfind("[]"))
        return (self.area, self.field[: max(cut, 0)])


@dataclasses.dataclass
class Operation:
    method: str
    path: str
    facts: dict[str, Any]
    note: str | None
    items: dict[tuple[str, str], Item]
    path_names: list[str]

    @property
    def title(self) -> str:
        return f"{self.method.upper()} {self.path}"

    def label(self, item: Item) -> str:
        """``query `page_no```, ``path `{recording_id}```, ``response 200 `data.id``` ..."""
        area = item.area
        if area.startswith("path #"):
            index = int(area[6:]) - 1
            area = f"path {{{self.path_names[index]}}}" if index < len(self.path_names) else area
        return f"{area} `{item.field}`" if item.field else area


@dataclasses.dataclass
class Surface:
    operations: dict[str, Operation]
    schemas: list[str]


def surface(doc: dict[str, Any]) -> Surface:
    """Every operation of ``doc`` (in document order) and the names of its component schemas."""
    base = _server_path(doc)
    operations: dict[str, Operation] = {}
    for path, raw_item in (doc.get("paths") or {}).items():
        path_item, _ = resolve(doc, raw_item)
        if not isinstance(path_item, dict):
            continue
        for method in HTTP_METHODS:
            op = path_item.get(method)
            if isinstance(op, dict):
                operation = _operation(doc, path, method, op, path_item)
                operations[f"{method.upper()} {_PATH_PARAM.sub('{}', base + path)}"] = operation
    schemas = sorted(str(name) for name in ((doc.get("components") or {}).get("schemas") or {}))
    return Surface(operations, schemas)


def _server_path(doc: dict[str, Any]) -> str:
    servers = doc.get("servers") or [{}]
    url = str(servers[0].get("url", "")) if isinstance(servers[0], dict) else ""
    return urlparse(url).path.rstrip("/")


def _operation(doc: dict[str, Any], path: str, method: str, op: dict[str, Any], path_item: dict[str, Any]) -> Operation:
    names = _PATH_PARAM.findall(path)
    security = op["security"] if "security" in op else doc.get("security")
    tags = op.get("tags") or []
    facts: dict[str, Any] = {
        "operationId": op.get("operationId"),
        "x-method-name": op.get("x-method-name"),
        "tag": tags[0] if tags else None,
        "security": _security(security),
        "deprecated": op.get("deprecated") is True or None,
    }
    for name in BEHAVIOUR_EXTENSIONS:  # extensions that change what the generated client does
        if op.get(name) is not None:
            facts[name] = json.dumps(op[name], sort_keys=True)
    items: dict[tuple[str, str], Item] = {}
    for item in _parameters(doc, path_item, op, names):
        items[item.key] = item
    for item in _request(doc, op):
        items[item.key] = item
    for status, response in (op.get("responses") or {}).items():
        for item in _body(doc, f"response {status}", response, {}):
            items[item.key] = item
    return Operation(method, path, {k: v for k, v in facts.items() if v is not None}, note_of(op), items, names)


def _security(requirements: Any) -> str | None:
    if not isinstance(requirements, list):
        return None
    alternatives = sorted("+".join(sorted(r)) if r else "(none)" for r in requirements if isinstance(r, dict))
    return " | ".join(alternatives) if alternatives else "(none)"


def _parameters(doc: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any], names: list[str]) -> Iterator[Item]:
    merged: dict[tuple[str, str], tuple[dict[str, Any], str | None]] = {}
    for raw in [*(path_item.get("parameters") or []), *(op.get("parameters") or [])]:
        param, note = resolve(doc, raw)
        if isinstance(param, dict) and "name" in param and "in" in param:
            merged[(str(param["in"]), str(param["name"]))] = (param, note)
    for (location, name), (param, note) in merged.items():
        area = f"path #{names.index(name) + 1}" if location == "path" and name in names else f"{location} {name}"
        schema = param.get("schema")
        if schema is None and isinstance(param.get("content"), dict) and param["content"]:
            schema = next(iter(param["content"].values())).get("schema")
        node = normalise(doc, schema)
        style = str(param.get("style", _DEFAULT_STYLE.get(location, "form")))
        facts = {
            **node.facts,
            "required": param.get("required") is True,
            "style": style,
            "explode": param.get("explode", style == "form") is True,
        }
        if location == "path":
            facts["name"] = name
        yield Item(area, "", facts, note or node.note)
        yield from _fields(area, node, "")


def _request(doc: dict[str, Any], op: dict[str, Any]) -> Iterator[Item]:
    if "requestBody" in op:
        body, _ = resolve(doc, op["requestBody"])
        if isinstance(body, dict):
            yield from _body(doc, "request", body, {"required": body.get("required") is True})


def _body(doc: dict[str, Any], area: str, raw: Any, extra: dict[str, Any]) -> Iterator[Item]:
    body, note = resolve(doc, raw)
    content = body.get("content") if isinstance(body, dict) else None
    if not isinstance(content, dict) or not content:
        yield Item(area, "", {**extra, "media type": "(none)"}, note)
        return
    media = next((m for m in content if "json" in m), next(iter(content)))
    node = normalise(doc, (content[media] or {}).get("schema"))
    yield Item(area, "", {**extra, "media type": media, **node.facts}, note or node.note)
    yield from _fields(area, node, "")


def _fields(area: str, node: Node, prefix: str) -> Iterator[Item]:
    for name, child in node.properties.items():
        field = f"{prefix}.{name}" if prefix else name
        yield Item(area, field, {**child.facts, "required": name in node.required}, child.note)
        yield from _fields(area, child, field)
    if node.items is not None:
        field = f"{prefix}[]"
        yield Item(area, field, dict(node.items.facts), node.items.note)
        yield from _fields(area, node.items, field)
