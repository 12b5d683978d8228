"""Failures the mock answers with the vendor's documented error status and body (from mock.yaml ``errors``)."""

from __future__ import annotations

import dataclasses
import http
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .rendering.template import Renderer

__all__ = [
    "DEFAULT_ERRORS",
    "ErrorSpec",
    "MockConfigError",
    "MockContractViolation",
    "MockError",
    "error_spec",
    "reason_phrase",
    "render_error",
]

DEFAULT_ERRORS: dict[str, tuple[int, str]] = {
    "unauthorized": (401, "Authentication failed."),
    "forbidden": (403, "Forbidden."),
    "not-found": (404, "Not found."),
    "route-not-found": (404, "No such route."),
    "method-not-allowed": (405, "Method not allowed."),
    "validation": (400, "Invalid request."),
    "payload-too-large": (413, "Request body too large."),
    "conflict": (409, "Conflict."),
    "rate-limited": (429, "Too many requests."),
    "server-error": (500, "Internal server error."),
    "bad-gateway": (502, "Bad gateway."),
    "unavailable": (503, "Service unavailable."),
}
_STATUS_KINDS = {status: kind for kind, (status, _) in DEFAULT_ERRORS.items() if kind != "route-not-found"}


class MockConfigError(Exception):
    """A mock.yaml that does not fit the vocabulary or the spec: names the file and the place."""


class MockOptionsError(ValueError):
    """A server option out of its range (``MockOptions``): names the option, the range and the value given."""


class MockContractViolation(AssertionError):
    """The mock sent (or was about to send) a response that the spec does not allow."""


class MockError(Exception):
    """Raised by handlers; rendered as the vendor's error response for ``kind``."""

    def __init__(self, kind: str, message: str | None = None, **details: Any) -> None:
        super().__init__(message or kind)
        self.kind = kind
        self.message = message
        self.details = details

    @classmethod
    def for_status(cls, status: int, mock: Mapping[str, Any] | None = None) -> MockError:
        """An error with exactly ``status``: the kind mock.yaml gives that status (else the built-in one), or, for a
        status no kind has, the generic error body with the status's reason phrase as message."""
        kinds = ((mock or {}).get("errors") or {}).get("kinds") or {}
        builtin = _STATUS_KINDS.get(status)
        named = sorted((str(kind) for kind in kinds if kind != "route-not-found"), key=lambda kind: "." in kind)
        for kind in ([builtin] if builtin else []) + named:
            spec = kinds.get(kind)
            declared = spec.get("status") if isinstance(spec, Mapping) else None
            if (declared or DEFAULT_ERRORS.get(kind, (0, ""))[0]) == status:
                return cls(kind, status=status)
        return cls("status", reason_phrase(status), status=status, title=reason_phrase(status))


@dataclasses.dataclass(frozen=True, slots=True)
class ErrorSpec:
    status: int
    body: Any
    message: str
    headers: Mapping[str, str]


def reason_phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def render_error(
    mock: Mapping[str, Any], operation: Mapping[str, Any], renderer: Renderer, error: MockError
) -> tuple[int, Any, dict[str, str]]:
    """Status, body and headers of the vendor's error for ``error`` (mock.yaml ``errors``, operation overrides)."""
    errors = mock.get("errors") or {}
    layers = [dict(operation.get("errors") or {}), dict(errors.get("kinds") or {})]
    spec = error_spec(error.kind, layers, errors.get("body", {"message": "${error.message}"}))
    status = int(error.details.get("status") or spec.status)
    message = error.message or spec.message
    scope = {
        "error": {
            "status": status,
            "reason_phrase": reason_phrase(status),
            "kind": error.kind,
            "title": spec.message,
            "detail": message,
            "message": message,
            **{key: value for key, value in error.details.items() if key != "status"},
        }
    }
    return status, renderer.render(spec.body, scope), dict(spec.headers)


def error_spec(kind: str, layers: Sequence[Mapping[str, Any]], default_body: Any) -> ErrorSpec:
    """Resolve ``kind`` (e.g. ``validation.query``) through the override layers, most specific first."""
    names = [kind]
    while "." in names[-1]:
        names.append(names[-1].rsplit(".", 1)[0])
    for name in names:
        for layer in layers:
            found = layer.get(name)
            if isinstance(found, Mapping):
                status, message = DEFAULT_ERRORS.get(name, DEFAULT_ERRORS["server-error"])
                return ErrorSpec(
                    status=int(found.get("status", status)),
                    body=found.get("body", default_body),
                    message=str(found.get("message", message)),
                    headers=dict(found.get("headers") or {}),
                )
    status, message = DEFAULT_ERRORS.get(names[-1], DEFAULT_ERRORS["server-error"])
    return ErrorSpec(status=status, body=default_body, message=message, headers={})
