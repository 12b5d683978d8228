# Copied from generator/runtime/_errors.py by `make generate`. Do not edit.
"""One exception hierarchy for everything a client call can raise."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

import httpx

__all__ = [
    "DEFAULT_STATUS_ERRORS",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DeadlineExceededError",
    "DownloadError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "StatusErrors",
    "UnprocessableEntityError",
    "WaiterError",
    "WaiterFailureError",
    "WaiterTimeoutError",
    "package_status_errors",
    "use_status_errors",
]

ErrorT = TypeVar("ErrorT")
SpecialT = TypeVar("SpecialT")


class APIError(Exception):
    """Base class of every error raised by the client. ``message`` never contains a credential."""

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The request did not get an HTTP response (DNS, refused, reset, dropped mid-body, ...)."""


class APITimeoutError(APIConnectionError):
    """The request timed out (after any retries)."""


class DeadlineExceededError(APITimeoutError):
    """The call's overall ``deadline`` (all attempts, retries and backoff together) ran out."""


class RequestValidationError(APIError, ValueError):
    """An argument breaks a rule of the spec; raised before anything is sent.

    Attributes:
        operation: the spec's operationId (or the constructor argument's owner).
        path: the parameter or JSON path (``page.size``, ``body.channel1[0].participantId``).
        rule: the rule broken (``required``, ``type``, ``minimum``, ``maxLength``, ``pattern``, ``enum``, ...).
        value: the value given (``REDACTED`` when the parameter or field is ``x-secret``).
    """

    def __init__(self, message: str, *, operation: str, path: str, rule: str, value: Any) -> None:
        super().__init__(message)
        self.operation = operation
        self.path = path
        self.rule = rule
        self.value = value


class APIResponseValidationError(APIError):
    """A success response whose body does not parse into the documented model (not JSON, truncated, wrong shape)."""

    def __init__(self, message: str, *, response: httpx.Response, raw_body: str) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.raw_body = raw_body


class APIStatusError(APIError, Generic[ErrorT]):
    """The API answered with a 4xx/5xx status.

    Each generated package subclasses it with ``ErrorT`` set to its spec's error model, so ``error`` is typed.

    Attributes:
        status_code: the HTTP status.
        body: the body parsed as JSON (``None`` when it is not JSON), credentials redacted.
        raw_body: the body as text, credentials redacted.
        error: the body parsed into the vendor's error model (``ErrorT``); ``None`` when it does not parse.
        request_id: the vendor's request id header, when present.
        response: the underlying ``httpx.Response``.
    """

    error: ErrorT | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        raw_body: str,
        error: ErrorT | None,
        request_id: str | None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.raw_body = raw_body
        self.error = error
        self.request_id = request_id


class BadRequestError(APIStatusError[ErrorT]):
    """400"""


class AuthenticationError(APIStatusError[ErrorT]):
    """401"""


class PermissionDeniedError(APIStatusError[ErrorT]):
    """403"""


class NotFoundError(APIStatusError[ErrorT]):
    """404"""


class ConflictError(APIStatusError[ErrorT]):
    """409"""


class UnprocessableEntityError(APIStatusError[ErrorT]):
    """422"""


class RateLimitError(APIStatusError[ErrorT]):
    """429"""


class InternalServerError(APIStatusError[ErrorT]):
    """5xx"""


@dataclasses.dataclass(frozen=True, slots=True)
class StatusErrors(Generic[ErrorT]):
    """Which exception class a package raises per status, and how it parses any error body into its error model.

    The runtime's own table (:data:`DEFAULT_STATUS_ERRORS`) has no envelope; a generated package passes its own,
    whose classes subclass these with ``ErrorT`` set to the spec's error model.
    """

    by_status: Mapping[int, type[APIStatusError[ErrorT]]]
    server: type[APIStatusError[ErrorT]]  # any 5xx
    other: type[APIStatusError[ErrorT]]  # any other 4xx
    envelope: Callable[[dict[str, Any]], ErrorT] | None = None  # parses a body no operation documents

    def for_status(self, status_code: int) -> type[APIStatusError[ErrorT]]:
        """The most specific error class for an HTTP status."""
        if status_code >= 500:
            return self.server
        return self.by_status.get(status_code, self.other)

    def specialise(
        self,
        base: type[APIStatusError[SpecialT]],
        classes: Sequence[type[APIStatusError[SpecialT]]],
        envelope: Callable[[dict[str, Any]], SpecialT] | None,
    ) -> StatusErrors[SpecialT]:
        """The same table with each class replaced by its subclass among ``base`` and ``classes`` (a package's)."""

        def mine(cls: type[APIStatusError[Any]]) -> type[APIStatusError[SpecialT]]:
            found = [c for c in (*classes, base) if issubclass(c, cls) and c is not cls]
            if not found:
                raise TypeError(f"no subclass of {cls.__name__} among {[c.__name__ for c in classes]}")
            return min(found, key=lambda c: c.__mro__.index(cls))  # the closest subclass

        return StatusErrors(
            by_status={status: mine(cls) for status, cls in self.by_status.items()},
            server=mine(self.server),
            other=mine(self.other),
            envelope=envelope,
        )


DEFAULT_STATUS_ERRORS: StatusErrors[Any] = StatusErrors(
    by_status={
        400: BadRequestError,
        401: AuthenticationError,
        403: PermissionDeniedError,
        404: NotFoundError,
        409: ConflictError,
        422: UnprocessableEntityError,
        429: RateLimitError,
    },
    server=InternalServerError,
    other=APIStatusError,
)
_package_errors: list[StatusErrors[Any]] = [DEFAULT_STATUS_ERRORS]


def use_status_errors(errors: StatusErrors[Any]) -> None:
    """Make ``errors`` this runtime copy's default table: a generated package's ``errors`` module calls it once
    with its own classes (every package has its own copy of the runtime, so packages never share the table)."""
    _package_errors[0] = errors


def package_status_errors() -> StatusErrors[Any]:
    """The table :func:`use_status_errors` installed (:data:`DEFAULT_STATUS_ERRORS` until then)."""
    return _package_errors[0]


class WaiterError(APIError):
    """A waiter stopped before the resource reached a success status; ``last`` is the last value fetched."""

    def __init__(self, message: str, *, last: Any, status: Any) -> None:
        super().__init__(message)
        self.last = last
        self.status = status


class WaiterTimeoutError(WaiterError):
    """The resource did not reach a terminal status before the waiter's timeout."""


class WaiterFailureError(WaiterError):
    """The resource reached a terminal failure status."""


class DownloadError(APIError):
    """A download failed: bad status, size mismatch, or interrupted beyond the retry budget."""
