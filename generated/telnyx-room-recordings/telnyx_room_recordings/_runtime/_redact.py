# Copied from generator/runtime/_redact.py by `make generate`. Do not edit.
"""Redaction of credentials in logs, exception texts and reprs."""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from ._constants import ALWAYS_SECRET_HEADERS, LOG_BODY_LIMIT, MIN_SECRET_LENGTH, REDACTED, URL_SECRET_PARAMS

__all__ = ["REDACTED", "Redactor", "mask_url_secrets", "mask_value", "redacted_repr"]

_URL_PARAM_RE = re.compile(r"(?i)([?&](?:" + "|".join(re.escape(p) for p in URL_SECRET_PARAMS) + r")=)[^&#\s\"']*")


class Redactor:
    """Knows the client's credentials, secret header names and secret body fields, and masks all of them."""

    def __init__(
        self,
        *,
        secrets: Iterable[str] = (),
        secret_headers: Iterable[str] = (),
        secret_fields: Iterable[str] = (),
    ) -> None:
        self._secrets = sorted({s for s in secrets if s and len(s) >= MIN_SECRET_LENGTH}, key=len, reverse=True)
        self._headers = ALWAYS_SECRET_HEADERS | {h.lower() for h in secret_headers}
        self._fields = frozenset(f.lower() for f in secret_fields)
        fields = "|".join(re.escape(f) for f in sorted(self._fields))
        self._field_re = re.compile(r'(?i)("(?:' + fields + r')"\s*:\s*)"(?:[^"\\]|\\.)*"') if fields else None

    def add_secret(self, secret: str) -> None:
        """Also mask this value (e.g. a token minted after construction)."""
        if secret and len(secret) >= MIN_SECRET_LENGTH and secret not in self._secrets:
            self._secrets = sorted([*self._secrets, secret], key=len, reverse=True)

    def text(self, text: str) -> str:
        """Mask known credential values, secret JSON fields and presigned-URL credentials in free text."""
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        if self._field_re is not None:
            text = self._field_re.sub(lambda m: f'{m.group(1)}"{REDACTED}"', text)
        return _URL_PARAM_RE.sub(lambda m: m.group(1) + REDACTED, text)

    def headers(self, headers: Mapping[str, str]) -> dict[str, str]:
        """A copy of ``headers`` with credential headers masked."""
        return {k: (REDACTED if k.lower() in self._headers else self.text(v)) for k, v in headers.items()}

    def value(self, value: Any) -> Any:
        """A deep copy of a JSON value with secret fields and credential values masked."""
        if isinstance(value, dict):
            return {k: (REDACTED if str(k).lower() in self._fields else self.value(v)) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, str):
            return self.text(value)
        return value

    def body_text(self, content: bytes, limit: int = LOG_BODY_LIMIT) -> str:
        """A response or request body as redacted text, cut to ``limit`` characters."""
        text = content.decode("utf-8", errors="replace")
        try:
            text = json.dumps(self.value(json.loads(text)), ensure_ascii=False)
        except ValueError:
            text = self.text(text)
        return text if len(text) <= limit else text[:limit] + f"... ({len(text) - limit} more characters)"


def mask_url_secrets(text: str) -> str:
    """``text`` with the credentials of presigned URLs (``X-Amz-Signature=...``, ``sig=...``) masked."""
    return _URL_PARAM_RE.sub(lambda m: m.group(1) + REDACTED, text) if "=" in text else text


def mask_value(value: Any, secret_keys: Collection[str] = ()) -> Any:
    """A copy of a JSON-like value with presigned-URL credentials and the values of ``secret_keys`` masked."""
    if isinstance(value, str):
        return mask_url_secrets(value)
    if isinstance(value, dict):
        return {
            k: REDACTED if k in secret_keys and v is not None else mask_value(v, secret_keys) for k, v in value.items()
        }
    if isinstance(value, list):
        return [mask_value(v, secret_keys) for v in value]
    return value


def redacted_repr(obj: Any, fields: Iterable[str], secret: Iterable[str], secret_keys: Collection[str] = ()) -> str:
    """``Class(a=1, url='...?X-Amz-Signature=[REDACTED]', secret='[REDACTED]')``: a model repr that never prints a
    credential: ``secret`` attributes are masked, so are presigned-URL signatures in any string, and the values of
    ``secret_keys`` (JSON names) in plain dicts such as ``additional_properties``. Nested models use their own repr.
    """
    hidden = set(secret)
    parts = []
    for name in fields:
        value = getattr(obj, name)
        if type(value).__name__ == "Unset":
            continue
        if name in hidden and value is not None:
            parts.append(f"{name}={REDACTED!r}")
        else:
            parts.append(f"{name}={mask_value(value, secret_keys)!r}")
    return f"{type(obj).__name__}({', '.join(parts)})"
