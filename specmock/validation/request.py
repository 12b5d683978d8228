"""Request validation: every parameter and the JSON body checked against the operation in the spec."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import unquote

from ..errors import MockError
from ..rendering.template import MISSING
from ..spec import Operation, Parameter, Spec
from .params import MISSING_PARAM, read_header, read_path, read_query
from .schemas import SchemaSet, describe_error
from .strict_json import DEFAULT_MAX_DEPTH, StrictJSONError, strict_loads

__all__ = ["RequestData", "validate_request"]


@dataclasses.dataclass(slots=True)
class RequestData:
    """What a handler may use: typed parameters by location, the parsed body, and the server origin."""

    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: Any
    origin: str

    def scope(self) -> dict[str, Any]:
        return {"path": self.path, "query": self.query, "headers": self.headers, "body": self.body}


def _invalid(location: str, message: str, parameter: str = "", pointer: str = "") -> MockError:
    return MockError(f"validation.{location}", message, location=location, parameter=parameter, pointer=pointer)


def _check(schemas: SchemaSet, param: Parameter, value: Any) -> None:
    errors = schemas.errors(param.pointer, value)
    if errors:
        detail = describe_error(errors[0]).removeprefix("(root): ")
        raise _invalid(param.location, f"{param.location} parameter '{param.name}': {detail}", param.name)


def validate_request(
    spec: Spec,
    schemas: SchemaSet,
    operation: Operation,
    *,
    path_values: Mapping[str, str],
    query_items: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
    body: bytes,
    origin: str,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> RequestData:
    data = RequestData(path={}, query={}, headers={}, body=MISSING, origin=origin)
    lowered = {key.lower(): value for key, value in headers.items()}
    for param in operation.parameters:
        if param.location == "path":
            value = read_path(spec, param, unquote(path_values.get(param.name, "")))
        elif param.location == "query":
            value = read_query(spec, param, query_items)
        elif param.location == "header":
            value = read_header(spec, param, lowered)
        else:
            continue
        if value is MISSING_PARAM:
            if param.required:
                raise _invalid(param.location, f"{param.location} parameter '{param.name}' is required", param.name)
            continue
        _check(schemas, param, value)
        {"path": data.path, "query": data.query, "header": data.headers}[param.location][param.name] = value
    if operation.body_pointer is not None:
        data.body = _read_body(schemas, operation, body, lowered.get("content-type", ""), max_depth)
    return data


def _read_body(schemas: SchemaSet, operation: Operation, body: bytes, content_type: str, max_depth: int) -> Any:
    assert operation.body_pointer is not None
    if not body.strip():
        if operation.body_required:
            raise _invalid("body", "a JSON request body is required")
        return MISSING
    if "json" not in content_type.lower():
        raise _invalid("body", f"the request body must be application/json, not {content_type or 'untyped'!r}")
    try:
        parsed = strict_loads(body, max_depth=max_depth)
    except StrictJSONError as exc:
        raise _invalid("body", f"the request body is not strict JSON: {exc}") from None
    errors = schemas.errors(operation.body_pointer, parsed)
    if errors:
        error = errors[0]
        pointer = "/" + "/".join(str(part) for part in error.absolute_path)
        field = str(error.absolute_path[-1]) if error.absolute_path else ""
        required = error.validator_value
        if error.validator == "required" and isinstance(error.instance, Mapping) and isinstance(required, list):
            missing = [name for name in required if name not in error.instance]
            field = missing[0] if missing else field
            pointer = pointer.rstrip("/") + f"/{field}"
        raise _invalid("body", f"request body: {describe_error(error)}", field, pointer)
    return parsed
