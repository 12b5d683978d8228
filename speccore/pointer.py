"""JSON pointers (RFC 6901) and local ``$ref`` s: escaping, joining, resolving and following chains."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from .errors import SpecError

__all__ = ["deref", "escape", "join", "json_path", "ref_chain", "resolve_ref", "split", "unescape"]

_BAD_TILDE = re.compile(r"~(?![01])")
_INDEX = re.compile(r"0|[1-9][0-9]*")
_NAME = re.compile(r"[\w-]+")


def escape(part: str) -> str:
    """One reference token: ``~`` becomes ``~0`` first, then ``/`` becomes ``~1``."""
    return part.replace("~", "~0").replace("/", "~1")


def unescape(part: str) -> str:
    """The inverse of ``escape``: ``~1`` becomes ``/`` first, then ``~0`` becomes ``~`` (so ``~01`` is ``~1``).

    Raises ``ValueError`` on a ``~`` not followed by ``0`` or ``1``.
    """
    if _BAD_TILDE.search(part):
        raise ValueError(f"invalid JSON pointer token {part!r}: '~' must be followed by 0 or 1")
    return part.replace("~1", "/").replace("~0", "~")


def join(*parts: str | int) -> str:
    """The JSON pointer of ``parts`` (``join("paths", "/a/b", "get")`` is ``/paths/~1a~1b/get``; none is ``""``)."""
    return "".join("/" + escape(str(part)) for part in parts)


def split(pointer: str) -> list[str]:
    """The unescaped tokens of a JSON pointer (``""`` is the whole document). Raises ``ValueError`` if malformed."""
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"a JSON pointer starts with '/': {pointer!r}")
    return [unescape(token) for token in pointer[1:].split("/")]


def json_path(*parts: str | int) -> str:
    """The same location in the ``$.paths['/a'].get`` notation of error messages."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if _NAME.fullmatch(part) else f"[{part!r}]"
    return out


def resolve_ref(doc: Any, ref: str, *, file: str = "<document>", at: str = "$") -> Any:
    """The node a local ``$ref`` (``#/...``, percent-encoded as a URI fragment) points at in ``doc``.

    ``SpecError`` (reported in ``file`` at ``at``) when the reference leaves the document, is malformed or
    points at nothing.
    """
    if not ref.startswith("#"):
        raise SpecError(file, at, "local-refs", f"$ref must stay inside the file: {ref}")
    try:
        tokens = split(unquote(ref[1:]))
    except ValueError as exc:
        raise SpecError(file, at, "ref-syntax", f"{exc} in $ref {ref}") from None
    target = doc
    for token in tokens:
        if isinstance(target, dict) and token in target:
            target = target[token]
        elif isinstance(target, list) and _INDEX.fullmatch(token) and int(token) < len(target):
            target = target[int(token)]
        else:
            raise SpecError(file, at, "ref-resolves", f"$ref points at nothing: {ref}")
    return target


def ref_chain(doc: Any, node: Any, *, strict: bool = True, file: str = "<document>", at: str = "$") -> list[Any]:
    """``node`` and every node its ``$ref`` chain passes through, the final target last.

    Strict: ``SpecError`` on a cycle or on any reference ``resolve_ref`` refuses. Not strict (for documents we do not
    own): stop before a cycle or a non-local reference, and end with ``None`` where a target is missing.
    """
    chain = [node]
    seen: list[str] = []
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            if strict:
                raise SpecError(file, at, "ref-cycle", "$ref cycle: " + " -> ".join([*seen, ref]))
            break
        seen.append(ref)
        try:
            node = resolve_ref(doc, ref, file=file, at=at)
        except SpecError as exc:
            if strict:
                raise
            if exc.rule == "local-refs":
                break
            node = None
        chain.append(node)
    return chain


def deref(doc: Any, node: Any, *, file: str = "<document>", at: str = "$") -> tuple[Any, str | None]:
    """Follow ``node``'s ``$ref`` chain: the final node and the JSON pointer it came from (``None`` if no ``$ref``).

    ``SpecError`` on a cycle, a missing target or a non-local reference.
    """
    chain = ref_chain(doc, node, file=file, at=at)
    if len(chain) == 1:
        return node, None
    return chain[-1], unquote(chain[-2]["$ref"][1:])
