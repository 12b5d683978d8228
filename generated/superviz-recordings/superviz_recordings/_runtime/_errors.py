# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
"""One exception hierarchy for everything a client call can raise."""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DownloadError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "WaiterError",
    "WaiterFailureError",
    "WaiterTimeoutError",
    "status_error_class",
]


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


class APIResponseValidationError(APIError):
    """A success response whose body does not parse into the documented model (not JSON, truncated, wrong shape)."""

    def __init__(self, message: str, *, response: httpx.Response, raw_body: str) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.raw_body = raw_body


class APIStatusError(APIError):
    """The API answered with a 4xx/5xx status.

    Attributes:
        status_code: the HTTP status.
        body: the body parsed as JSON (``None`` when it is not JSON), credentials redacted.
        raw_body: the body as text, credentials redacted.
        error: the vendor's error envelope parsed into its generated model when the spec documents it, else ``None``.
        request_id: the vendor's request id header, when present.
        response: the underlying ``httpx.Response``.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        raw_body: str,
        error: Any,
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


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401"""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429"""


class InternalServerError(APIStatusError):
    """5xx"""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The most specific error class for an HTTP status."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


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
