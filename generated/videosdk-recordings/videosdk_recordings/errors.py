# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""Every exception a call can raise (one hierarchy rooted at ``APIError``).

A 4xx/5xx answer raises an ``APIStatusError`` subclass whose ``error`` is the body parsed into ``ErrorModel``
(ErrorResponse, the error schema of VideoSDK Recordings API),
or ``None`` when the body is not JSON or not that shape (``body`` and ``raw_body`` always hold what was sent).
"""

from typing import TypeAlias

from . import _runtime
from ._runtime import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    DownloadError,
    MissingCredentialError,
    StatusErrors,
    WaiterError,
    WaiterFailureError,
    WaiterTimeoutError,
)
from .models import ErrorResponse

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
    "ErrorModel",
    "InternalServerError",
    "MissingCredentialError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "WaiterError",
    "WaiterFailureError",
    "WaiterTimeoutError",
]

ErrorModel: TypeAlias = ErrorResponse
"""The type of ``APIStatusError.error``: the spec's error schema as its generated model."""


class APIStatusError(_runtime.APIStatusError[ErrorModel]):
    """The API answered with a 4xx/5xx status; ``error`` is the body as ``ErrorModel`` (``None`` if it is not one)."""


class BadRequestError(APIStatusError, _runtime.BadRequestError[ErrorModel]):
    """``BadRequestError`` with ``error`` typed as ``ErrorModel``."""


class AuthenticationError(APIStatusError, _runtime.AuthenticationError[ErrorModel]):
    """``AuthenticationError`` with ``error`` typed as ``ErrorModel``."""


class PermissionDeniedError(APIStatusError, _runtime.PermissionDeniedError[ErrorModel]):
    """``PermissionDeniedError`` with ``error`` typed as ``ErrorModel``."""


class NotFoundError(APIStatusError, _runtime.NotFoundError[ErrorModel]):
    """``NotFoundError`` with ``error`` typed as ``ErrorModel``."""


class ConflictError(APIStatusError, _runtime.ConflictError[ErrorModel]):
    """``ConflictError`` with ``error`` typed as ``ErrorModel``."""


class UnprocessableEntityError(APIStatusError, _runtime.UnprocessableEntityError[ErrorModel]):
    """``UnprocessableEntityError`` with ``error`` typed as ``ErrorModel``."""


class RateLimitError(APIStatusError, _runtime.RateLimitError[ErrorModel]):
    """``RateLimitError`` with ``error`` typed as ``ErrorModel``."""


class InternalServerError(APIStatusError, _runtime.InternalServerError[ErrorModel]):
    """``InternalServerError`` with ``error`` typed as ``ErrorModel``."""


STATUS_ERRORS: StatusErrors[ErrorModel] = _runtime.DEFAULT_STATUS_ERRORS.specialise(
    APIStatusError,
    (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
        InternalServerError,
    ),
    envelope=ErrorResponse.from_dict,
)
"""The classes this package's clients raise, per status, and the parser of an error body no operation documents."""
_runtime.use_status_errors(STATUS_ERRORS)  # this package's runtime copy raises these
