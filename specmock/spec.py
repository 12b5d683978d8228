"""The OpenAPI document as the mock server sees it: base path, operations, parameters, bodies, responses, security."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from speccore.errors import SpecError
from speccore.operations import iter_operations
from speccore.pointer import deref, escape, json_path, split
from speccore.yamlfile import load_yaml

from .routing.paths import compile_template

__all__ = ["Operation", "Parameter", "Spec"]


@dataclasses.dataclass(frozen=True, slots=True)
class Parameter:
    """One parameter of an operation, with the JSON pointer of its schema inside the document."""

    name: str
    location: str  # query | path | header | cookie
    required: bool
    style: str
    explode: bool
    allow_empty: bool
    schema: Mapping[str, Any]  # resolved top level (nested $refs kept)
    pointer: str  # JSON pointer of the schema, e.g. /components/parameters/Page/schema
    kinds: tuple[str, ...] = ()  # JSON types the schema allows (allOf/anyOf/oneOf flattened): read once, at load


@dataclasses.dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # as written in the spec, without the server's base path
    parameters: tuple[Parameter, ...]
    body_required: bool
    body_pointer: str | None  # JSON pointer of the application/json request schema
    responses: Mapping[str, str | None]  # status key ("200", "4XX", "default") -> pointer of its JSON schema
    security: tuple[Mapping[str, Any], ...]  # alternatives; each maps scheme name -> scopes
    raw: Mapping[str, Any]
    pattern: re.Pattern[str]
    path_names: tuple[str, ...]

    def success_status(self) -> int:
        """The first documented 2xx status (200 when none is written down)."""
        for key in self.responses:
            if key.isdigit() and key.startswith("2"):
                return int(key)
        return 200

    def response_key(self, status: int) -> str | None:
        """The `responses` key that documents ``status``: exact, then range (``4XX``), then ``default``."""
        for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
            if key in self.responses:
                return key
        return None

    def match(self, path: str) -> dict[str, str] | None:
        found = self.pattern.fullmatch(path)
        if found is None:
            return None
        return {name: found.group(f"p{index}") for index, name in enumerate(self.path_names)}


class Spec:
    """A loaded OpenAPI 3.0 document with local ``$ref`` resolution."""

    def __init__(self, document: Mapping[str, Any], source: str = "<spec>") -> None:
        self.document = document
        self.source = source
        self.document_path = Path(source) if source != "<spec>" else None
        servers = document.get("servers") or [{"url": "/"}]
        self.server_url = str(servers[0].get("url", "/"))
        self.base_path = urlsplit(self.server_url).path.rstrip("/")
        self.security_schemes: Mapping[str, Mapping[str, Any]] = (document.get("components") or {}).get(
            "securitySchemes"
        ) or {}
        self.operations: dict[str, Operation] = {op.operation_id: op for op in self._operations()}

    @classmethod
    def from_path(cls, path: Path) -> Spec:
        return cls(load_yaml(path), str(path))

    # -- references -----------------------------------------------------------------------------------------------
    def lookup(self, pointer: str) -> Any:
        node: Any = self.document
        for part in split(pointer.lstrip("#")):
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    def resolve(self, node: Any, pointer: str = "") -> tuple[Any, str]:
        """Follow ``$ref`` until a non-reference node; return it with its pointer. ``SpecError`` on a ``$ref`` that
        leaves the document, points at nothing or loops."""
        if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
            return node, pointer
        try:
            target, came_from = deref(self.document, node, file=self.source)
        except SpecError as exc:  # say where the reference is written
            raise SpecError(exc.file, json_path(*split(pointer)) if pointer else "$", exc.rule, exc.message) from None
        return target, came_from if came_from is not None else pointer

    def deref(self, node: Any) -> Any:
        return self.resolve(node)[0]

    def schema_types(self, schema: Any) -> list[str]:
        """The JSON types a schema allows: its ``type``, else those of its allOf/anyOf/oneOf branches."""
        schema = self.deref(schema)
        if not isinstance(schema, Mapping):
            return []
        if "type" in schema:
            return [str(schema["type"])]
        found: list[str] = []
        for keyword in ("allOf", "anyOf", "oneOf"):
            for branch in schema.get(keyword) or ():
                found += self.schema_types(branch)
        return found

    # -- operations -----------------------------------------------------------------------------------------------
    def paths(self) -> Iterator[tuple[str, Mapping[str, Any]]]:
        yield from (self.document.get("paths") or {}).items()

    def _operations(self) -> Iterator[Operation]:
        global_security = tuple(self.document.get("security") or ())
        for found in iter_operations(self.document):
            raw, pointer = found.operation, found.pointer
            item_pointer = pointer.rsplit("/", 1)[0]
            shared = list(found.path_item.get("parameters") or [])
            params = self._parameters(shared, f"{item_pointer}/parameters", raw.get("parameters") or [], pointer)
            body_required, body_pointer = self._body(raw, pointer)
            pattern, names = compile_template(found.path)
            yield Operation(
                operation_id=str(raw.get("operationId") or f"{found.method.upper()} {found.path}"),
                method=found.method.upper(),
                path=found.path,
                parameters=params,
                body_required=body_required,
                body_pointer=body_pointer,
                responses=self._responses(raw, pointer),
                security=tuple(raw["security"]) if "security" in raw else global_security,
                raw=raw,
                pattern=pattern,
                path_names=names,
            )

    def _parameters(
        self, shared: list[Any], shared_pointer: str, own: list[Any], pointer: str
    ) -> tuple[Parameter, ...]:
        found: dict[tuple[str, str], Parameter] = {}
        entries = [(node, f"{shared_pointer}/{i}") for i, node in enumerate(shared)]
        entries += [(node, f"{pointer}/parameters/{i}") for i, node in enumerate(own)]
        for node, node_pointer in entries:  # operation-level parameters override path-level ones
            param, param_pointer = self.resolve(node, node_pointer)
            location = str(param["in"])
            schema, schema_pointer = self.resolve(param.get("schema") or {}, f"{param_pointer}/schema")
            style = str(param.get("style") or ("form" if location in ("query", "cookie") else "simple"))
            found[(location, str(param["name"]))] = Parameter(
                name=str(param["name"]),
                location=location,
                required=bool(param.get("required", location == "path")),
                style=style,
                explode=bool(param.get("explode", style == "form")),
                allow_empty=bool(param.get("allowEmptyValue", False)),
                schema=schema,
                pointer=schema_pointer,
                kinds=tuple(self.schema_types(schema)),
            )
        return tuple(found.values())

    def _body(self, raw: Mapping[str, Any], pointer: str) -> tuple[bool, str | None]:
        if "requestBody" not in raw:
            return False, None
        body, body_pointer = self.resolve(raw["requestBody"], f"{pointer}/requestBody")
        for media, content in (body.get("content") or {}).items():
            if "json" in media and isinstance(content, Mapping) and "schema" in content:
                return bool(body.get("required", False)), f"{body_pointer}/content/{escape(media)}/schema"
        return bool(body.get("required", False)), None

    def _responses(self, raw: Mapping[str, Any], pointer: str) -> dict[str, str | None]:
        found: dict[str, str | None] = {}
        for status, node in (raw.get("responses") or {}).items():
            response, response_pointer = self.resolve(node, f"{pointer}/responses/{escape(str(status))}")
            schema_pointer = None
            for media, content in (response.get("content") or {}).items():
                if "json" in media and isinstance(content, Mapping) and "schema" in content:
                    schema_pointer = f"{response_pointer}/content/{escape(media)}/schema"
                    break
            found[str(status)] = schema_pointer
        return found

    def response_example(self, operation: Operation, status_key: str) -> Any:
        """The documented example of a response (media-type example, else the schema's), or None."""
        response = self.deref(operation.raw["responses"][status_key])
        for media, content in (response.get("content") or {}).items():
            if "json" not in media:
                continue
            if "example" in content:
                return content["example"]
            for example in (content.get("examples") or {}).values():
                value = self.deref(example)
                if "value" in value:
                    return value["value"]
        return None
