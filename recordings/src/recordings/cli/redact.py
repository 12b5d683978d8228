"""Masking of presigned URL signatures (query values) in everything the CLI prints."""

from __future__ import annotations

import re
import urllib.parse
from typing import Any

__all__ = ["MASK", "mask_data", "mask_text", "mask_url"]

MASK = "***"
_URL = re.compile(r"\bhttps?://[^\s\"'<>]+", re.IGNORECASE)


def mask_url(url: str) -> str:
    """``url`` with every query value (signature, credential, expiry, token…) and any userinfo replaced by ``***``."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        netloc = MASK + "@" + netloc.rpartition("@")[2]
    if not parts.query:
        return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", parts.fragment))
    pairs = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    query = "&".join(f"{urllib.parse.quote(name, safe='')}={MASK}" for name, _ in pairs) or MASK
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def mask_text(text: str) -> str:
    """Every URL inside ``text`` masked (error messages may quote the URL they failed on)."""
    return _URL.sub(lambda match: mask_url(match.group(0)), text)


def mask_data(value: Any) -> Any:
    """A JSON-safe structure with every string that contains a URL masked."""
    if isinstance(value, str):
        return mask_text(value) if "://" in value else value
    if isinstance(value, dict):
        return {key: mask_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_data(item) for item in value]
    return value
