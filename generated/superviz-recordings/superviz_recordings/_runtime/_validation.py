# Copied from generator/runtime/_validation.py by `make generate`. Do not edit.
"""Checks of call arguments and client options, run before anything is sent.

The generated endpoint modules hold the spec's rules as straight-line code (one ``if`` per rule); this module has
what that code calls when a rule is broken, and the few checks that are the same for every operation.
"""

from __future__ import annotations

import datetime
import os
import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any, NoReturn
from urllib.parse import urlsplit

import httpx

from ._constants import REDACTED, VALIDATION_VALUE_CHARS
from ._errors import RequestValidationError
from ._query import path_segment
from ._retry import RetryPolicy

__all__ = [
    "MISSING",
    "check_client_options",
    "check_credential",
    "destructive",
    "invalid",
    "is_blank",
    "matches",
    "path_param",
    "resolve_base_url",
    "to_json",
    "valid_date",
    "valid_date_time",
    "valid_uri",
    "valid_uuid",
]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()  # a JSON property that is absent (``None`` is a value: JSON null)


def _shown(value: Any, secret: bool) -> str:
    if value is MISSING:
        return "nothing"
    if secret:
        return REDACTED
    text = repr(value)
    if len(text) > VALIDATION_VALUE_CHARS:
        text = text[: VALIDATION_VALUE_CHARS - 3] + "..."
    return text if value is None else f"{type(value).__name__} {text}"


def invalid(operation: str, path: str, rule: str, expected: str, value: Any, *, secret: bool = False) -> NoReturn:
    """Raise the :class:`RequestValidationError` for ``path`` (a parameter or JSON path) breaking ``rule``."""
    message = f"{operation}: {path}: {expected} ({rule}), got {_shown(value, secret)}"
    raise RequestValidationError(
        message, operation=operation, path=path, rule=rule, value=REDACTED if secret and value is not MISSING else value
    )


def path_param(operation: str, name: str, value: Any, secret: bool = False) -> str:
    """A path parameter as its URL segment; never empty, blank, ``None`` or a dot segment (``.``/``..``), which
    would send the request to another route (``DELETE /things/`` is the bulk delete). Checked even when request
    validation is off."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if not isinstance(value, str):
        invalid(operation, name, "required", "must be a non-empty string", value, secret=secret)
    if not value.strip() or value in (".", ".."):
        invalid(operation, name, "required", "must be a non-empty string that is not blank or a dot segment", value)
    return path_segment(value)


def to_json(operation: str, path: str, value: Any, model: type[Any]) -> dict[str, Any]:
    """A model argument in its JSON form: the model's ``to_dict()``, or a plain mapping as it is (a dict in the
    model's JSON form, checked against the same schema when validation is on)."""
    if isinstance(value, model):
        try:
            return value.to_dict()  # type: ignore[no-any-return]
        except (AttributeError, TypeError, ValueError) as exc:
            invalid(operation, path, "type", f"must be a {model.__name__} whose fields have their types ({exc})", value)
    if isinstance(value, Mapping):
        return dict(value)
    invalid(operation, path, "type", f"must be a {model.__name__} or a dict in its JSON form", value)


# -- formats and unions (called by the generated checks; each takes a str and answers without raising) ------------
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})"
)
_SPACE = re.compile(r"\s")


def valid_uuid(value: str) -> bool:
    """``format: uuid``: the canonical 8-4-4-4-12 hex form (no braces, no ``urn:uuid:``), either case."""
    return _UUID.fullmatch(value) is not None


def valid_date(value: str) -> bool:
    """``format: date``: an RFC 3339 full-date (``2024-01-31``) that exists in the calendar."""
    try:
        return _DATE.fullmatch(value) is not None and bool(datetime.date.fromisoformat(value))
    except ValueError:
        return False


def valid_date_time(value: str) -> bool:
    """``format: date-time``: RFC 3339 with its offset (``2024-01-31T12:00:00Z``, ``...+02:00``), a real time."""
    if _DATE_TIME.fullmatch(value) is None:
        return False
    try:
        datetime.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def valid_uri(value: str) -> bool:
    """``format: uri``/``url``: an absolute URL with a scheme and a host, without whitespace."""
    if _SPACE.search(value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return False
    return bool(parts.scheme and parts.netloc and value[0].isascii() and value[0].isalpha())


def matches(check: Callable[[Any, str], None], value: Any, at: str) -> bool:
    """Whether ``value`` passes ``check`` (one branch of a ``oneOf``/``anyOf``), instead of raising."""
    try:
        check(value, at)
    except RequestValidationError:
        return False
    return True


def is_blank(value: Any) -> bool:
    """True when ``value`` selects nothing: absent, ``None``, ``""``, or a mapping/list of only such values."""
    if value is None or isinstance(value, bool | int | float):
        return value is None
    if isinstance(value, str):
        return not value
    if isinstance(value, Mapping):
        return all(is_blank(item) for item in value.values())
    if isinstance(value, list | tuple):
        return all(is_blank(item) for item in value)
    return not value  # UNSET is falsy; any other object is a value


def destructive(operation: str, filters: tuple[str, ...], opt_in: str) -> NoReturn:
    """Refuse an operation that would act on everything because no filter was given (spec: ``x-destructive``)."""
    names = " or ".join(f"{name}=..." for name in filters)
    message = (
        f"{operation}: without {names} this acts on every resource of the account; pass {names} to narrow it, "
        f"or {opt_in}=True if you mean all of them"
    )
    raise RequestValidationError(message, operation=operation, path=filters[0], rule="x-destructive", value=None)


# -- client options ---------------------------------------------------------------------------------------------------
def resolve_base_url(owner: str, given: Any, env_name: str, default: str) -> str:
    """``given``, else the ``env_name`` environment variable, else ``default``; an absolute http(s) URL.

    An empty value is an error, not "use the default": a blank variable or argument usually means a missing
    setting, and silently talking to production instead would be worse.
    """
    if given is None:
        from_env = os.environ.get(env_name)
        if from_env is None:
            return default
        source, value = env_name, from_env
    else:
        source, value = "base_url", given
    if not isinstance(value, str):
        raise TypeError(f"{owner}: {source} must be a str URL, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{owner}: {source} is empty; leave it unset (None) to use {default}")
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{owner}: {source} must be an absolute http:// or https:// URL like {default}, got {value!r}")
    if parts.query or parts.fragment:
        raise ValueError(f"{owner}: {source} must not have a query or fragment, got {value!r}")
    return value.strip()


def check_credential(owner: str, name: str, value: Any) -> None:
    """A credential argument is ``None`` (read the environment) or a non-empty string without outer whitespace."""
    if value is None:
        return
    if not isinstance(value, str):
        raise TypeError(f"{owner}: {name} must be a str, got {type(value).__name__}")
    if not value:
        raise ValueError(f"{owner}: {name} is empty; pass None (or leave it out) to read the environment")
    if value != value.strip():
        raise ValueError(f"{owner}: {name} has leading or trailing whitespace (a newline from a file?)")


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_client_options(
    owner: str,
    *,
    timeout: Any,
    max_retries: Any,
    deadline: Any,
    default_headers: Any,
    http_client: Any,
    http_client_type: type[Any],
    retry_policy: Any,
    flags: Mapping[str, Any],
) -> None:
    """Type and range checks of a client's constructor arguments, so a bad one fails here and not on a call."""
    if not (timeout is None or isinstance(timeout, httpx.Timeout) or (_number(timeout) and timeout > 0)):
        raise TypeError(f"{owner}: timeout must be seconds > 0, an httpx.Timeout or None, got {timeout!r}")
    if not isinstance(max_retries, int) or isinstance(max_retries, bool):
        raise TypeError(f"{owner}: max_retries must be an int >= 0, got {type(max_retries).__name__} {max_retries!r}")
    if max_retries < 0:
        raise ValueError(f"{owner}: max_retries must be an int >= 0, got {max_retries!r}")
    if not (deadline is None or (_number(deadline) and deadline > 0)):
        raise TypeError(f"{owner}: deadline must be seconds > 0 or None, got {deadline!r}")
    if default_headers is not None and not (
        isinstance(default_headers, Mapping)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in default_headers.items())
    ):
        raise TypeError(f"{owner}: default_headers must be a mapping of str to str")
    if http_client is not None and not isinstance(http_client, http_client_type):
        raise TypeError(f"{owner}: http_client must be an {http_client_type.__module__}.{http_client_type.__name__}")
    if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
        raise TypeError(f"{owner}: retry_policy must be a RetryPolicy, got {type(retry_policy).__name__}")
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise TypeError(f"{owner}: {name} must be True or False, got {value!r}")
