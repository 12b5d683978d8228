"""Strict JSON: what the mock accepts from a request body and what it may store (RFC 8259, I-JSON limits).

Rejected: lone UTF-16 surrogates (``"\\ud800"``, in strings and keys), ``NaN``/``Infinity`` and numbers that overflow
a double (``1e400``), and nesting deeper than ``max_depth``. Anything that passes can be encoded as UTF-8 JSON again,
so a stored value can never make a later response fail.
"""

from __future__ import annotations

import json
import math
from typing import Any

__all__ = ["DEFAULT_MAX_DEPTH", "StrictJSONError", "check_value", "strict_dumps", "strict_loads"]

DEFAULT_MAX_DEPTH = 64


class StrictJSONError(ValueError):
    """The text is not strict JSON; the message says why (and where, as a JSON pointer, when known)."""


def _no_constant(name: str) -> Any:
    raise StrictJSONError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise StrictJSONError(f"the number {text[:40]} is out of range")
    return value


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > 4300:  # Python's int-from-string limit; far beyond any double
        raise StrictJSONError("an integer with more than 4300 digits is out of range")
    return int(text)


def strict_loads(data: bytes | str, *, max_depth: int = DEFAULT_MAX_DEPTH) -> Any:
    """Parse ``data`` as strict JSON (module docstring) or raise StrictJSONError."""
    try:
        value = json.loads(data, parse_constant=_no_constant, parse_float=_finite_float, parse_int=_bounded_int)
    except StrictJSONError:
        raise
    except RecursionError:
        raise StrictJSONError(f"nested deeper than {max_depth} levels") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise StrictJSONError(f"not valid JSON: {exc}") from None
    check_value(value, max_depth=max_depth)
    return value


def _pointer(path: list[Any]) -> str:
    """A JSON pointer that is itself strict text (a lone surrogate in a key is shown as ``\\udXXX``)."""
    steps = (str(step).encode("utf-8", "backslashreplace").decode() for step in path)
    return "/" + "/".join(step.replace("~", "~0").replace("/", "~1") for step in steps) if path else "(root)"


def _check_text(text: str, path: list[Any]) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise StrictJSONError(f"lone UTF-16 surrogate in a string at {_pointer(path)}") from None


def check_value(value: Any, *, max_depth: int = DEFAULT_MAX_DEPTH) -> None:
    """Raise StrictJSONError unless ``value`` is JSON that encodes as strict UTF-8 JSON within ``max_depth``."""
    stack: list[tuple[Any, list[Any]]] = [(value, [])]
    while stack:
        node, path = stack.pop()
        if len(path) > max_depth:
            raise StrictJSONError(f"nested deeper than {max_depth} levels (at {_pointer(path[:3])}/...)")
        if isinstance(node, str):
            _check_text(node, path)
        elif isinstance(node, float):
            if not math.isfinite(node):
                raise StrictJSONError(f"non-finite number at {_pointer(path)}")
        elif isinstance(node, dict):
            for key, child in node.items():
                if not isinstance(key, str):
                    raise StrictJSONError(f"non-string key at {_pointer(path)}")
                _check_text(key, [*path, key])
                if isinstance(child, dict | list | str | float):
                    stack.append((child, [*path, key]))
        elif isinstance(node, list):
            stack.extend(
                (child, [*path, index])
                for index, child in enumerate(node)
                if isinstance(child, dict | list | str | float)
            )
        elif node is not None and not isinstance(node, bool | int):
            raise StrictJSONError(f"{type(node).__name__} is not a JSON value at {_pointer(path)}")


def strict_dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON; raises ValueError (or UnicodeEncodeError) for anything strict JSON cannot hold."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
