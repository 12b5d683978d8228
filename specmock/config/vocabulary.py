"""The JSON Schema of specs/<vendor>/mock.yaml (documented in specmock/README.md)."""

from __future__ import annotations

from typing import Any

__all__ = ["ACTIONS", "ERROR_KINDS", "FILTER_OPS", "MOCK_YAML_SCHEMA"]

ACTIONS = ("create", "list", "get", "update", "delete", "delete-many", "respond")
FILTER_OPS = (
    "eq",
    "ne",
    "in",
    "contains",
    "regex",
    "gt",
    "gte",
    "lt",
    "lte",
    "date-eq",
    "date-gte",
    "date-lte",
    "before-now",
    "exists",
)
ERROR_KINDS = (
    "unauthorized",
    "forbidden",
    "not-found",
    "route-not-found",
    "method-not-allowed",
    "validation",
    "validation.path",
    "validation.query",
    "validation.header",
    "validation.body",
    "conflict",
    "rate-limited",
    "server-error",
    "bad-gateway",
    "unavailable",
)

_TEMPLATE: dict[str, Any] = {}  # any JSON value; checked when rendered
_CRITERIA: dict[str, Any] = {"type": "object"}
_ERROR: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "body": _TEMPLATE,
        "message": {"type": "string"},
        "headers": {"type": "object", "additionalProperties": {"type": "string"}},
    },
}
_FILTER: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["param"],
    "properties": {
        "param": {"type": "string"},
        "field": {"type": "string"},
        "fields": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        "op": {"enum": list(FILTER_OPS)},
    },
}
_OPERATION: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["action"],
    "properties": {
        "action": {"enum": list(ACTIONS)},
        "collection": {"type": "string"},
        "status": {"type": "integer"},
        "id": {"type": "string"},
        "match": _CRITERIA,
        "pick": {"enum": ["first", "last"]},
        "template": _TEMPLATE,
        "reject-if-exists": {
            "type": "object",
            "additionalProperties": False,
            "required": ["match"],
            "properties": {
                "match": _CRITERIA,
                "when": _CRITERIA,
                "error": {"type": "string"},
                "message": {"type": "string"},
            },
        },
        "related": {
            "type": "object",
            "additionalProperties": False,
            "required": ["collection", "match"],
            "properties": {
                "collection": {"type": "string"},
                "match": _CRITERIA,
                "set": {"type": "object"},
                "error": {"type": "string"},
                "message": {"type": "string"},
            },
        },
        "transition": {"type": "string"},
        "set": {"type": "object"},
        "filters": {"type": "array", "items": _FILTER},
        "sort": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "param": {"type": "string"},
                "order-param": {"type": "string"},
                "fields": {"type": "object", "additionalProperties": {"type": "string"}},
                "orders": {"type": "object", "additionalProperties": {"enum": ["asc", "desc"]}},
            },
        },
        "paginate": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "page": {"type": "string"},
                "size": {"type": "string"},
                "offset": {"type": "string"},
                "first": {"type": "integer", "minimum": 0},
                "default-size": {"type": "integer", "minimum": 1},
                "max-size": {"type": "integer", "minimum": 1},
            },
        },
        "response": _TEMPLATE,
        "headers": {"type": "object", "additionalProperties": {"type": "string"}},
        "omit": {"type": "array", "items": {"type": "string"}},
        "not-found": {"type": "string"},
        "errors": {"type": "object", "propertyNames": {"enum": list(ERROR_KINDS)}, "additionalProperties": _ERROR},
    },
    "allOf": [
        {
            "if": {"properties": {"action": {"not": {"const": "respond"}}}},
            "then": {"required": ["collection"]},
        }
    ],
}
_COLLECTION: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id"],
    "properties": {
        "id": {
            "type": "object",
            "additionalProperties": False,
            "required": ["field", "value"],
            "properties": {"field": {"type": "string"}, "value": _TEMPLATE},
        },
        "order": {
            "type": "object",
            "additionalProperties": False,
            "required": ["field"],
            "properties": {"field": {"type": "string"}, "direction": {"enum": ["asc", "desc"]}},
        },
        "seed": {
            "type": "object",
            "additionalProperties": False,
            "required": ["count", "template"],
            "properties": {"count": {"type": "integer", "minimum": 0}, "template": {"type": "object"}},
        },
        "hidden": {"type": "array", "items": {"type": "string"}},
        "download": {
            "type": "object",
            "additionalProperties": False,
            "required": ["url"],
            "properties": {
                "url": {"type": "string"},
                "size": {"type": "string"},
                "unit": {"enum": ["bytes", "kB", "KiB", "MB", "MiB"]},
                "default-size": {"type": "integer", "minimum": 0},
                "when": _CRITERIA,
                "ready": _CRITERIA,
                "absent": {"enum": [None, "omit"]},
                "content-type": {"type": "string"},
            },
        },
        "transitions": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"when": _CRITERIA, "set": {"type": "object"}},
            },
        },
        "fail": {
            "type": "object",
            "additionalProperties": False,
            "required": ["set"],
            "properties": {"when": _CRITERIA, "set": {"type": "object"}, "message": {"type": "string"}},
        },
        "illegal-transition": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"error": {"type": "string"}, "message": {"type": "string"}},
        },
        "advance": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["when", "set"],
                "properties": {
                    "when": _CRITERIA,
                    "after-polls": {"type": "integer", "minimum": 0},
                    "after-seconds": {"type": "number", "minimum": 0},
                    "set": {"type": "object"},
                },
            },
        },
    },
}
_WEBHOOKS: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "events": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["event", "collection", "payload"],
                "properties": {
                    "event": {"type": "string"},
                    "collection": {"type": "string"},
                    "when": _CRITERIA,
                    "changed": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                    "payload": _TEMPLATE,
                },
            },
        },
        "headers": {"type": "object", "additionalProperties": {"type": "string"}},
        "subscriptions": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "collection": {"type": "string"},
                "url": {"type": "string"},
                "events": {"type": "string"},
                "enabled": {"type": "string"},
            },
        },
        "failover": {
            "type": "object",
            "additionalProperties": False,
            "required": ["after"],
            "properties": {
                "after": {"enum": ["primary-attempts"]},
                "attempts": {"type": "integer", "minimum": 1},
                "field": {"type": "string"},
            },
        },
    },
}
MOCK_YAML_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "required": ["version"],
    "properties": {
        "version": {"const": 1},
        "auth": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "accept": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                    "jwt": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["secret"],
                        "properties": {
                            "secret": {"type": "string"},
                            "algorithms": {"type": "array", "items": {"type": "string"}},
                            "key-claim": {"type": "string"},
                            "keys": {"type": "array", "items": {"type": "string"}},
                        },
                    },
                },
            },
        },
        "client-args": {"type": "object", "additionalProperties": {"type": "string"}},
        "errors": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "body": _TEMPLATE,
                "kinds": {
                    "type": "object",
                    "propertyNames": {"enum": list(ERROR_KINDS)},
                    "additionalProperties": _ERROR,
                },
            },
        },
        "pools": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "required": ["count", "value"],
                "properties": {"count": {"type": "integer", "minimum": 1}, "value": _TEMPLATE},
            },
        },
        "collections": {"type": "object", "additionalProperties": _COLLECTION},
        "operations": {"type": "object", "additionalProperties": _OPERATION},
        "webhooks": _WEBHOOKS,
    },
}
