# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""Hand-written runtime shared by every generated client package (copied in by the generator as ``_runtime``)."""

from ._auth import MissingCredentialError, Scheme, auth_headers, missing, resolve_credential
from ._client import AsyncClient, SyncClient
from ._core import DEFAULT_TIMEOUT, ClientSettings, enable_debug_logging
from ._download import DownloadResult, download_async, download_sync
from ._errors import (
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
    UnprocessableEntityError,
    WaiterError,
    WaiterFailureError,
    WaiterTimeoutError,
)
from ._pagination import AsyncPager, PageRules, SyncPager
from ._query import encode_deep_object, encode_form, path_segment
from ._redact import REDACTED, Redactor, redacted_repr
from ._response import APIResponse
from ._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from ._types import NOT_GIVEN, NotGiven, Request, RequestOptions, TimeoutTypes
from ._util import dig, scalar
from ._waiters import wait_until, wait_until_async

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "REDACTED",
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
    "wait_until",
    "wait_until_async",
]
