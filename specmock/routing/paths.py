"""OpenAPI path templates (``/rooms/{room_id}/recordings``) compiled to regular expressions."""

from __future__ import annotations

import re

__all__ = ["compile_template"]

_TEMPLATE = re.compile(r"\{([^{}]+)\}")


def compile_template(path: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The pattern matching ``path`` (one segment per parameter, as sent) and the parameter names in order."""
    names: list[str] = []
    regex, last = "", 0
    for found in _TEMPLATE.finditer(path):
        regex += re.escape(path[last : found.start()]) + f"(?P<p{len(names)}>[^/]+)"
        names.append(found.group(1))
        last = found.end()
    regex += re.escape(path[last:])
    return re.compile(regex), tuple(names)
