"""The body faults: drop the connection mid-body, truncate, invalid JSON, an unknown enum value."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ..rendering.responses import json_bytes
from ..spec import Spec
from ..validation.schemas import enum_locations
from .injection import DropConnection, Fault

__all__ = ["UNKNOWN_ENUM_VALUE", "DroppingResponse", "apply_body_faults"]

UNKNOWN_ENUM_VALUE = "MOCK_UNKNOWN_ENUM_VALUE"


class DroppingResponse(Response):
    """Sends the headers and the first half of the body, then aborts the connection."""

    def __init__(self, content: bytes, status_code: int, headers: Mapping[str, str], media_type: str) -> None:
        super().__init__(content, status_code, dict(headers), media_type)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        await send({"type": "http.response.body", "body": self.body[: max(1, len(self.body) // 2)], "more_body": True})
        raise DropConnection("injected fault: connection dropped mid-response")


def _replace_enum(spec: Spec, schema: Any, body: Any) -> Any:
    for path in enum_locations(spec, schema, body):
        if not path:
            return UNKNOWN_ENUM_VALUE
        node = body
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = UNKNOWN_ENUM_VALUE
        return body
    return body


def apply_body_faults(faults: list[Fault], spec: Spec, schema: Any, body: Any, content: bytes) -> tuple[bytes, bool]:
    """The (possibly corrupted) content and whether the connection must drop mid-body."""
    drop = False
    for fault in faults:
        if fault.kind == "unknown-enum" and schema is not None:
            content = json_bytes(_replace_enum(spec, schema, json.loads(content) if content else body))
        elif fault.kind == "truncate":
            content = content[: max(1, len(content) // 2)]
        elif fault.kind == "invalid-json":
            content = b"<html><body>502 Bad Gateway</body></html>{not json"
        elif fault.kind == "drop":
            drop = True
    return content, drop
