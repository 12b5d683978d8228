# Copied from generator/runtime/_constants.py by `make generate`. Do not edit.
"""Every default of the runtime in one place: timeouts, retries, downloads, waiters, redaction, logging, headers.

The other runtime modules and the generated clients import these names; no default is written anywhere else.
"""

from __future__ import annotations

from typing import Final

import httpx

__all__ = [
    "ACCEPT_ANY",
    "ACCEPT_JSON",
    "ALWAYS_SECRET_HEADERS",
    "CONNECT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DOWNLOAD_CHUNK_SIZE",
    "DOWNLOAD_MAX_RETRIES",
    "DOWNLOAD_TIMEOUT",
    "ERROR_BODY_LIMIT",
    "ERROR_MESSAGE_PATHS",
    "INVALID_BODY_LIMIT",
    "JWT_ALGORITHM",
    "JWT_REFRESH_FRACTION",
    "JWT_REFRESH_MAX_SECONDS",
    "LOG_BODY_LIMIT",
    "LOG_FORMAT",
    "MESSAGE_FALLBACK_CHARS",
    "MIN_SECRET_LENGTH",
    "READ_TIMEOUT",
    "REDACTED",
    "REQUEST_ID_HEADERS",
    "RETRY_CACHE_SIZE",
    "RETRY_INITIAL_DELAY",
    "RETRY_JITTER",
    "RETRY_MAX_DELAY",
    "RETRY_MAX_RETRY_AFTER",
    "RETRY_STATUSES",
    "RETRY_STATUSES_WITH_RETRY_AFTER",
    "URL_SECRET_PARAMS",
    "URL_TRAILING_PUNCTUATION",
    "USER_AGENT",
    "VALIDATION_VALUE_CHARS",
    "WAITER_POLL_INTERVAL",
    "WAITER_TIMEOUT",
]

# -- timeouts (seconds) ---------------------------------------------------------------------------------------------
READ_TIMEOUT: Final = 60.0  # read, write and pool
CONNECT_TIMEOUT: Final = 10.0
DEFAULT_TIMEOUT: Final = httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT)

# -- retries --------------------------------------------------------------------------------------------------------
DEFAULT_MAX_RETRIES: Final = 2
RETRY_STATUSES: Final = frozenset({408, 429, *range(500, 600)})
# Retried only when the server says when (Retry-After): a bare 409 is a state conflict (e.g. pausing a recording that
# has not started yet) that the same request will hit again.
RETRY_STATUSES_WITH_RETRY_AFTER: Final = frozenset({409})
RETRY_INITIAL_DELAY: Final = 0.5  # seconds before the first retry, doubling each time
RETRY_MAX_DELAY: Final = 8.0  # cap of the exponential backoff
RETRY_JITTER: Final = 0.25  # fraction of the delay drawn at random
RETRY_MAX_RETRY_AFTER: Final = 60.0  # cap of a server's Retry-After
RETRY_CACHE_SIZE: Final = 64  # starting Retry objects kept, one per (policy, budget)

# -- requests and responses -----------------------------------------------------------------------------------------
USER_AGENT: Final = "{distribution}/{version} httpx/{httpx_version}"  # str.format()-ed by the generated client
ACCEPT_JSON: Final = "application/json"
ACCEPT_ANY: Final = "*/*"  # downloads: a file, not JSON
REQUEST_ID_HEADERS: Final = ("x-request-id",)  # the spec's x-request-id-headers replaces this
ERROR_MESSAGE_PATHS: Final = ("message",)  # the spec's x-error-message replaces this
ERROR_BODY_LIMIT: Final = 64 * 1024  # characters of an error body kept in APIStatusError.raw_body
INVALID_BODY_LIMIT: Final = 2048  # characters of an unparseable success body kept in the error
MESSAGE_FALLBACK_CHARS: Final = 200  # characters of a non-JSON error body quoted in the exception message
VALIDATION_VALUE_CHARS: Final = 80  # characters of a rejected argument's repr quoted in a RequestValidationError

# -- downloads ------------------------------------------------------------------------------------------------------
DOWNLOAD_CHUNK_SIZE: Final[int | None] = None  # None: write chunks as they arrive (no re-chunking copies)
DOWNLOAD_MAX_RETRIES: Final = 2  # resumptions of an interrupted transfer (and retries of its first request)
DOWNLOAD_TIMEOUT: Final = 60.0  # seconds without progress before a download attempt fails

# -- waiters --------------------------------------------------------------------------------------------------------
WAITER_TIMEOUT: Final = 600.0
WAITER_POLL_INTERVAL: Final = 5.0

# -- minted JWTs ----------------------------------------------------------------------------------------------------
JWT_ALGORITHM: Final = "HS256"
JWT_REFRESH_FRACTION: Final = 0.1  # re-mint when less than this fraction of the lifetime is left ...
JWT_REFRESH_MAX_SECONDS: Final = 60.0  # ... or less than this many seconds, whichever is smaller

# -- redaction and logging ------------------------------------------------------------------------------------------
REDACTED: Final = "[REDACTED]"
MIN_SECRET_LENGTH: Final = 4  # shorter values are not masked in free text (they would mask unrelated text)
ALWAYS_SECRET_HEADERS: Final = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
# Query parameters that are credentials (S3 v2/v4, GCS, Azure SAS), masked by name in any URL, the API's own included;
# a URL off the API's host has every query value masked (_redact.py).
URL_SECRET_PARAMS: Final = (
    "signature",
    "x-amz-signature",
    "x-amz-credential",
    "x-amz-security-token",
    "awsaccesskeyid",
    "x-goog-signature",
    "x-goog-credential",
    "sig",
    "token",
    "access_token",
)
URL_TRAILING_PUNCTUATION: Final = ".,;:!?)]}"  # after a URL in a sentence: kept outside it when masking
LOG_BODY_LIMIT: Final = 4096  # characters of a body in a debug log line
LOG_FORMAT: Final = "%(asctime)s %(name)s %(levelname)s %(message)s"

# -- webhooks -------------------------------------------------------------------------------------------------------
WEBHOOK_KEY_REFETCH_INTERVAL: Final = 60.0  # seconds: a fetched signing key is fetched again at most this often
