"""Authentication against the spec's securitySchemes with the credentials mock.yaml accepts."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Mapping
from typing import Any

import jwt

from .errors import MockError
from .spec import Operation, Spec

__all__ = ["check_auth"]


def _presented(
    scheme: Mapping[str, Any],
    headers: Mapping[str, str],
    query: Callable[[], Mapping[str, str]],
    cookies: Callable[[], Mapping[str, str]],
) -> str | None:
    kind = scheme.get("type")
    if kind == "http":
        value = headers.get("authorization", "")
        prefix, _, rest = value.partition(" ")
        expected = str(scheme.get("scheme", "bearer")).lower()
        if prefix.lower() != expected or not rest.strip():
            return None
        if expected == "basic":
            try:
                return base64.b64decode(rest.strip(), validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                return None
        return rest.strip()
    if kind == "apiKey":
        name = str(scheme.get("name", ""))
        where = scheme.get("in")
        if where == "header":
            found = headers.get(name.lower())  # lower-case names (the API path's headers): a dict lookup
            if found is None:
                found = {k.lower(): v for k, v in headers.items()}.get(name.lower())
        elif where in ("query", "cookie"):
            found = (query if where == "query" else cookies)().get(name)  # parsed only when a scheme needs them
        else:
            found = None
        return found or None
    return None


def _accepted(value: str, config: Mapping[str, Any]) -> bool:
    if value in (config.get("accept") or ()):
        return True
    jwt_config = config.get("jwt")
    if not jwt_config:
        return False
    try:
        claims = jwt.decode(
            value,
            str(jwt_config["secret"]),
            algorithms=list(jwt_config.get("algorithms") or ["HS256"]),
            options={"require": []},
        )
    except jwt.PyJWTError:
        return False
    claim = jwt_config.get("key-claim")
    return claim is None or claims.get(str(claim)) in (jwt_config.get("keys") or ())


def check_auth(
    spec: Spec,
    *,
    operation: Operation,
    auth: Mapping[str, Mapping[str, Any]],
    headers: Mapping[str, str],
    query: Callable[[], Mapping[str, str]],
    cookies: Callable[[], Mapping[str, str]],
) -> None:
    """Pass when any security alternative of the operation is fully satisfied; else raise ``unauthorized``.

    ``query`` and ``cookies`` are called only for a scheme that reads them."""
    alternatives = [alt for alt in operation.security]
    if not alternatives or any(not alt for alt in alternatives):
        return
    problems: list[str] = []
    for alternative in alternatives:
        missing = []
        for name in alternative:
            scheme = spec.security_schemes.get(name, {})
            value = _presented(scheme, headers, query, cookies)
            if value is None:
                missing.append(f"missing {_describe(name, scheme)}")
            elif not _accepted(value, auth.get(name, {})):
                missing.append(f"invalid {_describe(name, scheme)}")
        if not missing:
            return
        problems.extend(missing)
    raise MockError("unauthorized", None, reason="; ".join(dict.fromkeys(problems)))


def _describe(name: str, scheme: Mapping[str, Any]) -> str:
    if scheme.get("type") == "http":
        return f"{str(scheme.get('scheme', 'bearer')).capitalize()} credentials ({name})"
    return f"{scheme.get('in', 'header')} {scheme.get('name', name)!r} ({name})"
