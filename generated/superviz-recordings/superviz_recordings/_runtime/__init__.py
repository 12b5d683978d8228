# Copied from generator/runtime/__init__.py by `make generate`. Do not edit.
"""Hand-written runtime shared by every generated client package (copied in by the generator as ``_runtime``)."""

from ._auth import MissingCredentialError, Scheme, auth_headers, missing, resolve_credential
from ._client import AsyncClient, SyncClient
from ._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    DOWNLOAD_CHUNK_SIZE,
    DOWNLOAD_MAX_RETRIES,
    DOWNLOAD_TIMEOUT,
    REDACTED,
    USER_AGENT,
    WAITER_POLL_INTERVAL,
    WAITER_TIMEOUT,
)
from ._core import ClientSettings, enable_debug_logging
from ._download import DownloadResult, download_async, download_sync
from ._errors import (
    DEFAULT_STATUS_ERRORS,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DownloadError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    StatusErrors,
    UnprocessableEntityError,
    WaiterError,
    WaiterFailureError,
    WaiterTimeoutError,
    use_status_errors,
)
from ._pagination import AsyncPager, PageRules, SyncPager
from ._query import encode_deep_object, encode_form, path_segment
from ._redact import Redactor, redacted_repr
from ._response import APIResponse
from ._retry import RetryPolicy
from ._types import NOT_GIVEN, NotGiven, Request, RequestOptions, TimeoutTypes
from ._util import dig, scalar
from ._waiters import wait_until, wait_until_async

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_STATUS_ERRORS",
    "DEFAULT_TIMEOUT",
    "DOWNLOAD_CHUNK_SIZE",
    "DOWNLOAD_MAX_RETRIES",
    "DOWNLOAD_TIMEOUT",
    "NOT_GIVEN",
    "REDACTED",
    "USER_AGENT",
    "WAITER_POLL_INTERVAL",
    "WAITER_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ClientSettings",
    "ConflictError",
    "DownloadError",
    "DownloadResult",
    "InternalServerError",
    "MissingCredentialError",
    "NotFoundError",
    "NotGiven",
    "PageRules",
    "PermissionDeniedError",
    "RateLimitError",
    "Redactor",
    "Request",
    "RequestOptions",
    "RetryPolicy",
    "Scheme",
    "StatusErrors",
    "SyncClient",
    "SyncPager",
    "TimeoutTypes",
    "UnprocessableEntityError",
    "WaiterError",
    "WaiterFailureError",
    "WaiterTimeoutError",
    "auth_headers",
    "dig",
    "download_async",
    "download_sync",
    "enable_debug_logging",
    "encode_deep_object",
    "encode_form",
    "missing",
    "path_segment",
    "redacted_repr",
    "resolve_credential",
    "scalar",
    "use_status_errors",
    "wait_until",
    "wait_until_async",
]
