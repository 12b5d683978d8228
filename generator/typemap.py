"""The copy of a spec that openapi-python-client generates from, where our Python types differ from its defaults.

``type: string, format: uuid`` becomes a plain ``str`` (openapi-python-client would make it ``uuid.UUID``), as in
the vendors' official SDKs. Ids are the vendor's opaque strings: a ``str`` compares equal to the same id read from
a webhook or a log line (a ``UUID`` never does), parsing a page costs no ``UUID()`` per id, and a vendor that
changes its id format does not make every response fail to parse. The spec keeps the format: the mock, the
contract tests and the docs still check and show it. Callers who want ``UUID`` objects write ``UUID(rec.id)``.

A success response with ``x-list-envelope`` accepts the envelope object or a bare array of its items (``oneOf``
in the spec); the client is generated for the envelope alone, and the endpoint module wraps a bare array into it
(``wrap_bare_list``), so callers get one shape either way.
"""

from __future__ import annotations

import copy
from typing import Any

from speccore.errors import SpecError
from speccore.operations import iter_operations
from speccore.pointer import deref

__all__ = ["STRING_FORMATS_AS_STR", "generation_view"]

STRING_FORMATS_AS_STR = frozenset({"uuid"})


def generation_view(spec: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of ``spec`` with the formats in STRING_FORMATS_AS_STR removed from string schemas."""
    view = copy.deepcopy(spec)
    _strip(view)
    _envelopes_only(view)
    return view


def _envelopes_only(view: dict[str, Any]) -> None:
    """Each ``x-list-envelope`` response's ``oneOf``/``anyOf`` schema becomes its one object (envelope) branch."""
    for found in iter_operations(view):
        for status, entry in (found.operation.get("responses") or {}).items():
            response, _ = deref(view, entry)
            if not response.get("x-list-envelope"):
                continue
            where = f"$.paths[{found.path!r}].{found.method}.responses.{status}"
            for media in (response.get("content") or {}).values():
                branches = media.get("schema", {}).get("oneOf") or media.get("schema", {}).get("anyOf") or []
                objects = [b for b in branches if deref(view, b)[0].get("type") != "array"]
                if len(objects) != 1 or len(branches) != 2:
                    raise SpecError(
                        "<spec>", where, "x-list-envelope", "the schema must be oneOf [envelope object, bare array]"
                    )
                media["schema"] = objects[0]


def _strip(node: Any) -> None:
    if isinstance(node, dict):
        if node.get("type") == "string" and node.get("format") in STRING_FORMATS_AS_STR:
            del node["format"]
        for value in node.values():
            _strip(value)
    elif isinstance(node, list):
        for value in node:
            _strip(value)
