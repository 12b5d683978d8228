"""Loading a spec and refusing a bad one with the file, the JSON path and the rule that failed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft4Validator
from jsonschema.exceptions import ValidationError
from openapi_spec_validator import OpenAPIV30SpecValidator
from openapi_spec_validator.schemas import schema_v30

from .errors import SpecError

__all__ = ["HTTP_METHODS", "iter_operations", "load_spec", "validate_spec"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_METHOD_NAME = re.compile(r"[a-z][a-z0-9_]*")


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys (PyYAML silently keeps the last one)."""


def _mapping_without_duplicates(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            mark = key_node.start_mark
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def load_spec(path: Path) -> dict[str, Any]:
    """Parse YAML (duplicate keys are an error) and check it is an OpenAPI 3.0 document."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "$"
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(str(path), where, "yaml-syntax", str(problem)) from exc
    if not isinstance(data, dict):
        raise SpecError(str(path), "$", "openapi-document", "the document must be a mapping")
    if not str(data.get("openapi", "")).startswith("3.0."):
        raise SpecError(str(path), "$.openapi", "openapi-version", "specs are OpenAPI 3.0.x (see specs/README.md)")
    return data


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(path, method, operation)`` for every operation, in document order."""
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield path, method, item[method]


def _json_path(parts: Any) -> str:
    out = "$"
    for part in parts:
        out += (
            f"[{part}]" if isinstance(part, int) else (f".{part}" if re.fullmatch(r"\w+", str(part)) else f"[{part!r}]")
        )
    return out


def validate_spec(spec: dict[str, Any], path: Path) -> None:
    """References first, then OpenAPI 3.0 schema validation, then the project rules the generator depends on."""
    _check_refs(spec, spec, path, [])
    # The OpenAPI 3.0 JSON schema gives errors with context (which oneOf branch failed and why); the
    # spec validator then adds the semantic checks (path parameters declared, unique operationIds, ...).
    structural = next(iter(Draft4Validator(schema_v30).iter_errors(spec)), None)
    error = (
        _most_specific(structural)
        if structural is not None
        else next(iter(OpenAPIV30SpecValidator(spec).iter_errors()), None)
    )
    if error is not None:
        message = error.message.split("\n", 1)[0]
        message = message if len(message) <= 300 else message[:300] + "..."
        raise SpecError(str(path), _json_path(error.absolute_path), f"openapi:{error.validator}", message)
    names: dict[tuple[str, str], str] = {}
    for api_path, method, op in iter_operations(spec):
        where = f"$.paths[{api_path!r}].{method}"
        if not op.get("operationId"):
            raise SpecError(str(path), where, "operation-id", "every operation needs an operationId")
        tags = op.get("tags") or []
        if len(tags) != 1:
            raise SpecError(str(path), f"{where}.tags", "one-tag", f"exactly one tag per operation, found {tags}")
        method_name = op.get("x-method-name")
        if not isinstance(method_name, str) or not _METHOD_NAME.fullmatch(method_name):
            raise SpecError(str(path), f"{where}.x-method-name", "x-method-name", "required, snake_case")
        key = (tags[0], method_name)
        if key in names:
            raise SpecError(
                str(path), f"{where}.x-method-name", "x-method-name", f"{method_name!r} already used by {names[key]}"
            )
        names[key] = f"{method.upper()} {api_path}"


def _most_specific(error: ValidationError) -> ValidationError:
    """Descend ``oneOf``/``anyOf`` failures to the branch that explains the problem (not the ``$ref`` branch)."""
    while error.context:
        error = max(error.context, key=lambda e: (len(e.absolute_path), "'$ref'" not in e.message))
    return error


def _check_refs(node: Any, spec: dict[str, Any], path: Path, trail: list[Any]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            if not ref.startswith("#/"):
                raise SpecError(str(path), _json_path(trail), "local-refs", f"$ref must stay inside the file: {ref}")
            target: Any = spec
            for escaped in ref[2:].split("/"):
                part = escaped.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or part not in target:
                    raise SpecError(str(path), _json_path(trail), "ref-resolves", f"$ref points at nothing: {ref}")
                target = target[part]
        for key, value in node.items():
            _check_refs(value, spec, path, [*trail, key])
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _check_refs(value, spec, path, [*trail, index])
