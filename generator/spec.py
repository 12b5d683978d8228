"""Loading a spec and refusing a bad one with the file, the JSON path and the rule that failed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from jsonschema import Draft4Validator
from jsonschema.exceptions import ValidationError
from openapi_spec_validator import OpenAPIV30SpecValidator
from openapi_spec_validator.schemas import schema_v30

from speccore.errors import SpecError
from speccore.operations import iter_operations
from speccore.pointer import deref, json_path
from speccore.webhooks import parse_webhooks
from speccore.yamlfile import load_yaml

from .recordings import check_recordings

__all__ = ["load_spec", "validate_spec"]

_METHOD_NAME = re.compile(r"[a-z][a-z0-9_]*")


def load_spec(path: Path) -> dict[str, Any]:
    """Parse YAML (duplicate keys are an error) and check it is an OpenAPI 3.0 document."""
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise SpecError(str(path), "$", "openapi-document", "the document must be a mapping")
    if not str(data.get("openapi", "")).startswith("3.0."):
        raise SpecError(str(path), "$.openapi", "openapi-version", "specs are OpenAPI 3.0.x (see specs/README.md)")
    return data


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
        raise SpecError(str(path), json_path(*error.absolute_path), f"openapi:{error.validator}", message)
    names: dict[tuple[str, str], str] = {}
    for found in iter_operations(spec):
        api_path, method, op = found.path, found.method, found.operation
        where = json_path("paths", api_path, method)
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
    check_recordings(spec, str(path))
    parse_webhooks(spec, str(path))  # x-webhooks: the one parser the generator and the mock use (speccore/webhooks.py)


def _most_specific(error: ValidationError) -> ValidationError:
    """Descend ``oneOf``/``anyOf`` failures to the branch that explains the problem (not the ``$ref`` branch)."""
    while error.context:
        error = max(error.context, key=lambda e: (len(e.absolute_path), "'$ref'" not in e.message))
    return error


def _check_refs(node: Any, spec: dict[str, Any], path: Path, trail: list[Any]) -> None:
    """Every ``$ref`` stays in the file and reaches a target without a cycle."""
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            deref(spec, node, file=str(path), at=json_path(*trail))
        for key, value in node.items():
            _check_refs(value, spec, path, [*trail, key])
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _check_refs(value, spec, path, [*trail, index])
