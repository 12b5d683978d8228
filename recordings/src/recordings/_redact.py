"""The one masking policy for URLs that ``recordings`` shows (reprs, errors, logs, CLI tables and JSON).

Every query value, the userinfo (``user:pass@``) and the fragment of a shown URL are replaced by ``[REDACTED]``:
a presigned URL's credential may sit in any parameter (``X-Amz-Signature``, ``sig``, ``token``, ``hdnts``, ...), so
none is trusted. Parameter names stay, so a reader still sees which kind of URL it was. Downloads use the real URL.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["REDACTED", "mask_data", "mask_text", "mask_url"]

REDACTED = "[REDACTED]"
# A URL inside free text: a scheme, then everything up to white space or a quote/angle bracket.
_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s\"'<>]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}"  # punctuation after a URL in a sentence, kept outside it


def _mask_query(query: str) -> str:
    """``a=1&b&c=2`` to ``a=[REDACTED]&[REDACTED]&c=[REDACTED]`` (a bare value may itself be a token)."""
    parts = []
    for part in query.split("&"):
        name, sep, _ = part.partition("=")
        parts.append(f"{name}={REDACTED}" if sep else (REDACTED if part else part))
    return "&".join(parts)


def mask_url(url: str) -> str:
    """``url`` with every query value, any userinfo and any fragment replaced by ``[REDACTED]``."""
    rest, hash_mark, fragment = url.partition("#")
    rest, question, query = rest.partition("?")
    scheme, sep, after = rest.partition("://")
    if sep:
        authority, slash, path = after.partition("/")
        if "@" in authority:
            authority = REDACTED + "@" + authority.rpartition("@")[2]
        rest = f"{scheme}{sep}{authority}{slash}{path}"
    masked = rest
    if question:
        masked += "?" + _mask_query(query)
    if hash_mark:
        masked += "#" + (REDACTED if fragment else "")
    return masked


def _mask_match(match: re.Match[str]) -> str:
    url = match.group(0)
    end = len(url)
    while end and url[end - 1] in _TRAILING and not url[:end].endswith(REDACTED):
        end -= 1
    return mask_url(url[:end]) + url[end:]


def mask_text(text: str, secrets: tuple[str, ...] = ()) -> str:
    """``text`` with known secret values (4+ characters) masked and every URL in it masked as ``mask_url`` does."""
    for secret in sorted((s for s in secrets if len(s) >= 4), key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return _URL.sub(_mask_match, text) if "://" in text else text


def mask_data(value: Any) -> Any:
    """A JSON-like structure with every URL inside its strings masked (dict keys kept)."""
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dict):
        return {key: mask_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_data(item) for item in value]
    return value
