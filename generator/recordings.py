"""``x-recordings``: how a spec's recordings map onto the common recording model (checked, then planned for the
``recordings_adapter.py.jinja`` template that writes ``<package>/_recordings.py``)."""

from __future__ import annotations

import re
from typing import Any

from jsonschema import Draft7Validator

from speccore.errors import SpecError
from speccore.operations import iter_operations
from speccore.pointer import deref, json_path

from .context import identifier

__all__ = ["CAPABILITIES", "FIELDS", "check_recordings", "recordings_plan"]

CAPABILITIES = ("list", "get", "start", "stop", "delete", "download")
STATUSES = ("recording", "processing", "ready", "failed")
COMMON_FILTERS = ("room", "status", "since", "until")
# common field -> (kind of value it holds, key in the common dict)
FIELDS = {
    "id": ("text", "id"),
    "room-id": ("text", "room_id"),
    "session-id": ("text", "session_id"),
    "created-at": ("time", "created_at"),
    "started-at": ("time", "started_at"),
    "ended-at": ("time", "ended_at"),
    "duration-seconds": ("number", "duration_seconds"),
    "size-bytes": ("integer", "size_bytes"),
    "format": ("text", "format"),
    "download-url": ("text", "download_url"),
    "download-expires-at": ("time", "download_expires_at"),
}
_DOTTED = {"type": "string", "pattern": r"^[A-Za-z_][A-Za-z0-9_]*(\.([A-Za-z_][A-Za-z0-9_]*|[0-9]+))*$"}
_NOTE = {"type": "string", "minLength": 1}
_OPERATION = {
    "type": "object",
    "required": ["operation"],
    "additionalProperties": False,
    "properties": {
        "operation": {"type": "string", "minLength": 1},
        "result": _DOTTED,
        "params": {"type": "object", "additionalProperties": {"type": ["string", "integer", "boolean"]}},
        "body": {"type": "object", "additionalProperties": {"type": ["string", "integer", "boolean"]}},
        "page-size": {"type": "integer", "minimum": 1},
    },
}
_FIELD = {
    "oneOf": [
        _DOTTED,
        {
            "type": "object",
            "required": ["path"],
            "additionalProperties": False,
            "properties": {
                "path": _DOTTED,
                "scale": {"type": "number", "exclusiveMinimum": 0},
                "extension": {"type": "boolean"},
            },
        },
    ]
}
_RULE = {
    "type": "object",
    "required": ["status"],
    "additionalProperties": False,
    "minProperties": 1,
    "maxProperties": 2,
    "properties": {"present": _DOTTED, "absent": _DOTTED, "status": {"enum": list(STATUSES)}},
}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["title", "schema", "operations", "order", "fields", "status"],
    "additionalProperties": False,
    "properties": {
        "title": {"type": "string", "minLength": 1},
        "schema": {"type": "string", "minLength": 1},
        "operations": {
            "type": "object",
            "required": ["list"],
            "additionalProperties": False,
            "properties": {name: _OPERATION for name in CAPABILITIES},
        },
        "order": {"enum": ["newest-first", "unordered"]},
        "filters": {
            "type": "object",
            "additionalProperties": False,
            "properties": {name: _DOTTED for name in COMMON_FILTERS},
        },
        "fields": {
            "type": "object",
            "required": ["id"],
            "additionalProperties": False,
            "properties": dict.fromkeys(FIELDS, _FIELD),
        },
        "status": {
            "oneOf": [
                {
                    "type": "object",
                    "required": ["field", "map"],
                    "additionalProperties": False,
                    "properties": {
                        "field": _DOTTED,
                        "map": {"type": "object", "minProperties": 1, "additionalProperties": {"enum": list(STATUSES)}},
                    },
                },
                {
                    "type": "object",
                    "required": ["rules"],
                    "additionalProperties": False,
                    "properties": {"rules": {"type": "array", "minItems": 1, "items": _RULE}},
                },
            ]
        },
        "x-decision": _NOTE,
        "x-unverified": _NOTE,
    },
}
_WHERE = "$.x-recordings"
_BODY_FIELD = re.compile(r"^\{(id|room_id|session_id)\}$")


class _Checker:
    """Semantic checks of one ``x-recordings`` block against the rest of its spec."""

    def __init__(self, spec: dict[str, Any], file: str) -> None:
        self.spec = spec
        self.file = file
        self.block: dict[str, Any] = spec["x-recordings"]
        self.ops = {o.operation.get("operationId"): o for o in iter_operations(spec)}

    def fail(self, where: str, message: str) -> SpecError:
        return SpecError(self.file, where, "x-recordings", message)

    def resolve(self, node: Any) -> Any:
        return deref(self.spec, node, file=self.file)[0] if isinstance(node, dict) else node

    # -- schemas ----------------------------------------------------------------------------------------------------
    def schema_at(self, node: Any, path: list[str]) -> Any:
        """The schema at a dotted path (through ``$ref``, ``allOf``, nullable ``oneOf`` and arrays), or None."""
        for step in path:
            node = self._merged(node)
            if step.isdigit():
                node = node.get("items") if node.get("type") == "array" else None
            else:
                node = (node.get("properties") or {}).get(step)
            if node is None:
                return None
        return self._merged(node)

    def _merged(self, node: Any) -> dict[str, Any]:
        node = self.resolve(node) or {}
        parts = [node, *(self._merged(sub) for sub in node.get("allOf") or [])]
        for entry in node.get("oneOf") or node.get("anyOf") or []:
            sub = self.resolve(entry)
            if not (sub.get("nullable") and sub.get("enum") == [None]):
                parts.append(self._merged(sub))
        if len(parts) == 1:
            return dict(node)
        merged: dict[str, Any] = {"properties": {}}
        for part in parts:
            merged["properties"].update(part.get("properties") or {})
            for key in ("type", "items", "format", "enum"):
                if key in part:
                    merged.setdefault(key, part[key])
        return merged

    def includes_recording(self, node: Any) -> bool:
        """The node is the recording schema, or an ``allOf`` that includes it."""
        target = f"#/components/schemas/{self.block['schema']}"
        if isinstance(node, dict) and node.get("$ref") == target:
            return True
        node = self.resolve(node)
        return isinstance(node, dict) and any(self.includes_recording(sub) for sub in node.get("allOf") or [])

    def success_schema(self, op_id: str) -> Any:
        responses = self.ops[op_id].operation.get("responses") or {}
        for code in sorted(str(c) for c in responses):
            if code.startswith("2"):
                content = self.resolve(responses[code]).get("content") or {}
                media = content.get("application/json") or {}
                return media.get("schema")
        return None

    # -- the block ------------------------------------------------------------------------------------------------
    def operation(self, capability: str) -> dict[str, Any] | None:
        config: dict[str, Any] | None = self.block["operations"].get(capability)
        if config is None or config["operation"] == "client-download":
            return config
        if config["operation"] not in self.ops:
            raise self.fail(f"{_WHERE}.operations.{capability}.operation", f"no operation {config['operation']!r}")
        return config

    def sources(self) -> dict[str, Any]:
        """Where recordings are read from: the list items and (when mapped) the get/start/stop results."""
        found: dict[str, Any] = {}
        list_op = self.operation("list")
        assert list_op is not None
        op = self.ops[list_op["operation"]].operation
        paging = op.get("x-pagination")
        if not paging:
            raise self.fail(f"{_WHERE}.operations.list", f"{list_op['operation']} has no x-pagination")
        items = self.schema_at(self.success_schema(list_op["operation"]), str(paging["items"]).split("."))
        if not items or items.get("type") != "array" or not self.includes_recording(items["items"]):
            raise self.fail(f"{_WHERE}.schema", f"the items of {list_op['operation']} are not {self.block['schema']}")
        found["list"] = items["items"]
        for capability in ("get", "start", "stop"):
            config = self.operation(capability)
            if config is None:
                continue
            body = self.success_schema(config["operation"])
            result = config.get("result")
            node = self._result(body, result)
            where = f"{_WHERE}.operations.{capability}"
            if node is None:
                if capability == "get" or result:
                    raise self.fail(where, f"{config['operation']}'s answer has no {self.block['schema']} there")
                continue
            found[capability] = node
        return found

    def _result(self, body: Any, result: str | None) -> Any:
        if body is None:
            return None
        if result:
            node = self.schema_at(body, result.split("."))
            raw_node = self._raw_at(body, result.split("."))
            return raw_node if node is not None and self.includes_recording(raw_node) else None
        return body if self.includes_recording(body) else None

    def _raw_at(self, node: Any, path: list[str]) -> Any:
        for step in path:
            node = self._merged(node)
            node = (node.get("properties") or {}).get(step)
            if node is None:
                return None
        return node

    def check(self) -> None:
        schemas = self.spec.get("components", {}).get("schemas") or {}
        if self.block["schema"] not in schemas:
            raise self.fail(f"{_WHERE}.schema", f"no component schema {self.block['schema']!r}")
        sources = self.sources()
        self._check_fields(sources)
        self._check_status(sources)
        self._check_filters()
        self._check_calls()

    def _paths(self) -> list[tuple[str, str]]:
        out = []
        for name, spec in self.block["fields"].items():
            out.append((f"{_WHERE}.fields.{name}", spec if isinstance(spec, str) else spec["path"]))
        status = self.block["status"]
        if "field" in status:
            out.append((f"{_WHERE}.status.field", status["field"]))
        for index, rule in enumerate(status.get("rules") or []):
            for key in ("present", "absent"):
                if key in rule:
                    out.append((f"{_WHERE}.status.rules[{index}].{key}", rule[key]))
        return out

    def _check_fields(self, sources: dict[str, Any]) -> None:
        for where, path in self._paths():
            if not any(self.schema_at(node, path.split(".")) is not None for node in sources.values()):
                readers = ", ".join(sources)
                raise self.fail(where, f"{path!r} is in none of the schemas recordings are read from ({readers})")
        if "download" in self.block["operations"]:
            if self.block["operations"]["download"]["operation"] != "client-download":
                raise self.fail(f"{_WHERE}.operations.download.operation", "must be client-download")
            if "download-url" not in self.block["fields"]:
                raise self.fail(f"{_WHERE}.fields", "download needs fields.download-url")
            schema = self.resolve(schemas_of(self.spec)[self.block["schema"]])
            if "x-download-url" not in schema:
                raise self.fail(f"{_WHERE}.operations.download", f"{self.block['schema']} has no x-download-url")

    def _check_status(self, sources: dict[str, Any]) -> None:
        status = self.block["status"]
        rules = status.get("rules")
        if rules is not None:
            if any("present" in r or "absent" in r for r in rules[-1:]) or any(
                "present" not in r and "absent" not in r for r in rules[:-1]
            ):
                raise self.fail(f"{_WHERE}.status.rules", "every rule but the last needs present/absent; the last none")
            return
        node = self.schema_at(sources["list"], status["field"].split("."))
        known = [str(v) for v in (node or {}).get("enum") or []]
        for value in status["map"]:
            if known and value not in known:
                raise self.fail(f"{_WHERE}.status.map", f"{value!r} is not a value of {status['field']} {known}")
        get = self.operation("get")
        waiter = self.ops[get["operation"]].operation.get("x-waiter") if get else None
        for key, common in (("success", "ready"), ("failure", "failed")):
            for value in (waiter or {}).get(key) or []:
                if status["map"].get(str(value)) != common:
                    raise self.fail(
                        f"{_WHERE}.status.map", f"the get's x-waiter {key} value {value!r} must map to {common}"
                    )

    def _params(self, op_id: str) -> dict[str, dict[str, Any]]:
        found = self.ops[op_id]
        item = (self.spec.get("paths") or {}).get(found.path) or {}
        merged: dict[str, dict[str, Any]] = {}
        for entry in [*(item.get("parameters") or []), *(found.operation.get("parameters") or [])]:
            param = self.resolve(entry)
            merged[f"{param['in']}:{param['name']}"] = param
        return merged

    def _check_filters(self) -> None:
        list_op = self.block["operations"]["list"]["operation"]
        query = {k.split(":", 1)[1]: v for k, v in self._params(list_op).items() if k.startswith("query:")}
        for name, dotted in (self.block.get("filters") or {}).items():
            where = f"{_WHERE}.filters.{name}"
            first, *rest = dotted.split(".")
            if first not in query:
                raise self.fail(where, f"{first!r} is no query parameter of {list_op}")
            leaf = self.schema_at(query[first].get("schema"), rest)
            if leaf is None:
                raise self.fail(where, f"{dotted!r} is not inside the parameter {first!r}")
            if name in ("since", "until") and leaf.get("format") not in ("date", "date-time"):
                raise self.fail(where, f"{dotted!r} is not a date or date-time")
        for param in self.block["operations"]["list"].get("params") or {}:
            if param not in query:
                raise self.fail(f"{_WHERE}.operations.list.params", f"{param!r} is no query parameter of {list_op}")

    def _check_calls(self) -> None:
        for capability in ("get", "stop", "delete"):
            config = self.operation(capability)
            if config is None:
                continue
            free = [
                p["name"]
                for key, p in self._params(config["operation"]).items()
                if key.startswith("path:") and not p.get("x-client-default")
            ]
            if len(free) > 1:
                raise self.fail(f"{_WHERE}.operations.{capability}", f"more than one id path parameter: {free}")
            if capability == "get" and not free:
                raise self.fail(f"{_WHERE}.operations.get", "the get operation takes no id path parameter")
            for key, value in (config.get("body") or {}).items():
                if isinstance(value, str) and "{" in value and not _BODY_FIELD.match(value):
                    raise self.fail(
                        f"{_WHERE}.operations.{capability}.body.{key}", "only {id}, {room_id} or {session_id}"
                    )


def schemas_of(spec: dict[str, Any]) -> dict[str, Any]:
    return dict(spec.get("components", {}).get("schemas") or {})


def check_recordings(spec: dict[str, Any], file: str) -> None:
    """Refuse a bad ``x-recordings`` block with ``SpecError(file, json path, "x-recordings", ...)``."""
    if "x-recordings" not in spec:
        return
    error = next(iter(Draft7Validator(SCHEMA).iter_errors(spec["x-recordings"])), None)
    if error is not None:
        while error.context:
            error = max(error.context, key=lambda e: len(e.absolute_path))
        where = json_path("x-recordings", *error.absolute_path)
        raise SpecError(file, where, "x-recordings", error.message.split("\n", 1)[0][:300])
    _Checker(spec, file).check()


def recordings_plan(spec: dict[str, Any], file: str, endpoints: dict[str, tuple[str, Any]]) -> dict[str, Any] | None:
    """What the adapter template needs: python names of resources, methods and arguments, and the mapping.

    ``endpoints`` maps operationId to ``(resource attribute, openapi-python-client endpoint)``.
    """
    block = spec.get("x-recordings")
    if block is None:
        return None
    checker = _Checker(spec, file)
    calls: dict[str, dict[str, Any]] = {}
    for capability, config in block["operations"].items():
        if config["operation"] == "client-download":
            calls[capability] = {}
            continue
        resource, endpoint = endpoints[config["operation"]]
        op = checker.ops[config["operation"]].operation
        params = checker._params(config["operation"])
        id_param = [p for k, p in params.items() if k.startswith("path:") and not p.get("x-client-default")]
        sources = {} if capability == "list" else checker.sources()
        calls[capability] = {
            "resource": resource,
            "method": str(op["x-method-name"]),
            "id": bool(id_param),
            "params": {_query_name(endpoint, k): v for k, v in (config.get("params") or {}).items()},
            "body": _body(config.get("body")),
            "result": _result_path(config.get("result")) if capability in sources else None,
            "has_result": capability in sources,
            "page_size": config.get("page-size"),
        }
        if capability == "list":
            calls[capability]["items"] = _py(str(op["x-pagination"]["items"]))
    list_op = block["operations"]["list"]["operation"]
    _resource, list_endpoint = endpoints[list_op]
    query = {k.split(":", 1)[1]: v for k, v in checker._params(list_op).items() if k.startswith("query:")}
    filters = {}
    for name, dotted in (block.get("filters") or {}).items():
        first, *rest = dotted.split(".")
        leaf = checker.schema_at(query[first].get("schema"), rest) or {}
        kind = (
            "list"
            if leaf.get("type") == "array"
            else {"date": "date", "date-time": "datetime"}.get(str(leaf.get("format")), "str")
        )
        filters[name] = {"arg": [_query_name(list_endpoint, first), *rest], "kind": kind, "format": leaf.get("format")}
    fields = {}
    for name, (kind, key) in FIELDS.items():
        spec_field = block["fields"].get(name)
        if spec_field is None:
            continue
        config = {"path": spec_field} if isinstance(spec_field, str) else spec_field
        fields[key] = {
            "kind": kind,
            "path": _py(config["path"]),
            "scale": config.get("scale"),
            "extension": bool(config.get("extension")),
        }
    status = block["status"]
    return {
        "title": block["title"],
        "capabilities": sorted(block["operations"]),
        "order": block["order"],
        "calls": calls,
        "filters": filters,
        "fields": fields,
        "status_path": _py(status["field"]) if "field" in status else None,
        "status_map": {str(k): str(v) for k, v in (status.get("map") or {}).items()},
        "status_rules": [
            {
                "test": "present" if "present" in r else "absent" if "absent" in r else "always",
                "path": _py(r.get("present") or r.get("absent") or ""),
                "status": r["status"],
            }
            for r in status.get("rules") or []
        ],
    }


def _py(dotted: str) -> list[str]:
    return [p if p.isdigit() else identifier(p) for p in dotted.split(".") if p]


def _result_path(result: str | None) -> list[str]:
    return _py(result) if result else []


def _query_name(endpoint: Any, name: str) -> str:
    for prop in endpoint.query_parameters:
        getter = getattr(prop.name, "get_untrusted_value", None)
        if str(getter() if getter else prop.name) == name:
            return str(prop.python_name)
    raise KeyError(name)


def _body(body: dict[str, Any] | None) -> dict[str, Any] | None:
    """Body entries: ``("field", "room_id")`` for ``{room_id}``, else ``("value", constant)``."""
    if body is None:
        return None
    out: dict[str, Any] = {}
    for key, value in body.items():
        match = _BODY_FIELD.match(value) if isinstance(value, str) else None
        out[key] = ("field", match.group(1)) if match else ("value", value)
    return out
