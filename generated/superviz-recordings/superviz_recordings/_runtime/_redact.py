# Copied from generator/runtime/_redact.py by `make generate`. Do not edit.
"""Redaction of credentials in logs, exception texts and reprs.

URLs: a credential may sit in any query parameter of a URL (``X-Amz-Signature``, ``sig``, ``token``, ``hdnts``, ...),
so a shown URL has every query value, its userinfo and its fragment masked; parameter names stay, so a reader still
sees which kind of URL it was. One exception keeps API logs useful: in a URL under the client's base URL (same host,
path below the base path), the values of the query parameters the spec declares (``api_params``: paging, filters)
are shown, unless the name is a known credential parameter. Known credential values are masked wherever they appear.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from ._constants import (
    ALWAYS_SECRET_HEADERS,
    LOG_BODY_LIMIT,
    MIN_SECRET_LENGTH,
    REDACTED,
    URL_SECRET_PARAMS,
    URL_TRAILING_PUNCTUATION,
)

__all__ = ["REDACTED", "Redactor", "mask_url", "mask_url_secrets", "mask_value", "redacted_repr"]

_URL_PARAM_RE = re.compile(r"(?i)([?&](?:" + "|".join(re.escape(p) for p in URL_SECRET_PARAMS) + r")=)[^&#\s\"']*")
_URL_RE = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s\"'<>]+", re.IGNORECASE)  # an absolute URL in free text
_SECRET_NAMES = frozenset(URL_SECRET_PARAMS)


def _mask_query(query: str, shown: Collection[str] = ()) -> str:
    """``a=1&b&c=2`` to ``a=[REDACTED]&[REDACTED]&c=[REDACTED]`` (a bare value may itself be a token), except the
    values of ``shown`` names (compared before any ``[``: ``filter[status]`` is shown when ``filter`` is)."""
    parts = []
    for part in query.split("&"):
        name, sep, _ = part.partition("=")
        keep = sep and name.partition("[")[0] in shown and name.lower() not in _SECRET_NAMES
        parts.append(part if keep else f"{name}={REDACTED}" if sep else (REDACTED if part else part))
    return "&".join(parts)


def _split(url: str) -> tuple[str, str, str, str]:
    """``(scheme://, authority, /path, host)`` of an absolute URL without query or fragment; host lower-cased."""
    scheme, sep, after = url.partition("://")
    authority, slash, path = after.partition("/")
    return scheme + sep, authority, slash + path, authority.rpartition("@")[2].lower()


def mask_url(url: str, shown: Collection[str] = ()) -> str:
    """``url`` with every query value (but those of ``shown`` names), any userinfo and any fragment masked."""
    rest, hash_mark, fragment = url.partition("#")
    rest, question, query = rest.partition("?")
    if "://" in rest:
        prefix, authority, path, host = _split(rest)
        if "@" in authority:
            authority = REDACTED + "@" + host
        rest = prefix + authority + path
    masked = rest + ("?" + _mask_query(query, shown) if question else "")
    return masked + ("#" + (REDACTED if fragment else "") if hash_mark else "")


def _base(url: str) -> tuple[str, str]:
    """``(host, path)`` of a URL: host lower-cased, path without query, fragment and trailing slash."""
    _, _, path, host = _split(url.partition("#")[0].partition("?")[0])
    return host, path.rstrip("/")


class _UrlPolicy:
    """Masks the URLs in free text: everything off the API's base URLs, undeclared parameters under them."""

    def __init__(self, api_urls: Iterable[str] = (), api_params: Iterable[str] = ()) -> None:
        self.bases = frozenset(_base(url) for url in api_urls if "://" in url)
        self.params = frozenset(api_params)

    def _shown(self, url: str) -> Collection[str]:
        host, path = _base(url)
        for base_host, base_path in self.bases:
            if host == base_host and (path == base_path or path.startswith(base_path + "/")):
                return self.params
        return ()

    def text(self, text: str) -> str:
        if "://" in text:

            def one(match: re.Match[str]) -> str:
                url = match.group(0)
                end = len(url)
                while end and url[end - 1] in URL_TRAILING_PUNCTUATION and not url[:end].endswith(REDACTED):
                    end -= 1
                return mask_url(url[:end], self._shown(url[:end])) + url[end:]

            text = _URL_RE.sub(one, text)
        return _URL_PARAM_RE.sub(lambda m: m.group(1) + REDACTED, text) if "=" in text else text  # relative URLs


_NO_API = _UrlPolicy()


class Redactor:
    """Knows the client's credentials, secret header names and secret body fields, and masks all of them."""

    def __init__(
        self,
        *,
        secrets: Iterable[str] = (),
        secret_headers: Iterable[str] = (),
        secret_fields: Iterable[str] = (),
        api_urls: Iterable[str] = (),
        api_params: Iterable[str] = (),
    ) -> None:
        self._urls = _UrlPolicy(api_urls, api_params)
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
        """Mask known credential values, secret JSON fields and URL credentials (module docstring) in free text."""
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        if self._field_re is not None:
            text = self._field_re.sub(lambda m: f'{m.group(1)}"{REDACTED}"', text)
        return self._urls.text(text)

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
    """``text`` with every URL in it masked by :func:`mask_url` (no host is trusted here: reprs of models, whose URLs
    are download links), and the named presigned parameters of relative URLs."""
    return _NO_API.text(text) if "://" in text or "=" in text else text


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
