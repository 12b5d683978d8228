"""The copy of a spec that openapi-python-client generates from, where our Python types differ from its defaults.

``type: string, format: uuid`` becomes a plain ``str`` (openapi-python-client would make it ``uuid.UUID``), as in
the vendors' official SDKs. Ids are the vendor's opaque strings: a ``str`` compares equal to the same id read from
a webhook or a log line (a ``UUID`` never does), parsing a page costs no ``UUID()`` per id, and a vendor that
changes its id format does not make every response fail to parse. The spec keeps the format: the mock, the
contract tests and the docs still check and show it. Callers who want ``UUID`` objects write ``UUID(rec.id)``.
"""

from __future__ import annotations

import copy
from typing import Any

__all__ = ["STRING_FORMATS_AS_STR", "generation_view"]

STRING_FORMATS_AS_STR = frozenset({"uuid"})


def generation_view(spec: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of ``spec`` with the formats in STRING_FORMATS_AS_STR removed from string schemas."""
    view = copy.deepcopy(spec)
    _strip(view)
    return view


def _strip(node: Any) -> None:
    if isinstance(node, dict):
        if node.get("type") == "string" and node.get("format") in STRING_FORMATS_AS_STR:
            del node["format"]
        for value in node.values():
            _strip(value)
    elif isinstance(node, list):
        for value in node:
            _strip(value)
