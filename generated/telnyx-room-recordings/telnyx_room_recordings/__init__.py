# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
"""Telnyx Room Recordings API: a typed client generated from specs/telnyx/openapi.yaml.

Start with ``TelnyxRoomRecordings`` (or ``AsyncTelnyxRoomRecordings``); models are in ``.models``.
"""

__version__ = "0.4.0"

from ._runtime import (
    NOT_GIVEN,
    APIResponse,
    DeadlineExceededError,
    DownloadResult,
    RequestOptions,
    RequestValidationError,
    RetryPolicy,
)
from .client import AsyncTelnyxRoomRecordings, TelnyxRoomRecordings
from .errors import *  # noqa: F403
from .errors import __all__ as _errors_all
from .webhooks import UnknownWebhookEvent, WebhookPayloadError, WebhookVerificationError

__all__ = [
    "NOT_GIVEN",
    "APIResponse",
    "DeadlineExceededError",
    "AsyncTelnyxRoomRecordings",
    "DownloadResult",
    "TelnyxRoomRecordings",
    "RequestOptions",
    "RequestValidationError",
    "RetryPolicy",
    "UnknownWebhookEvent",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "__version__",
    *_errors_all,
]
