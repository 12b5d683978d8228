# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""VideoSDK Recordings API: a typed client generated from specs/videosdk/openapi.yaml.

Start with ``VideoSDKRecordings`` (or ``AsyncVideoSDKRecordings``); models are in ``.models``.
"""

__version__ = "0.5.0"

from ._runtime import (
    NOT_GIVEN,
    APIResponse,
    DeadlineExceededError,
    DownloadResult,
    RequestOptions,
    RequestValidationError,
    RetryPolicy,
)
from .client import AsyncVideoSDKRecordings, VideoSDKRecordings
from .errors import *  # noqa: F403
from .errors import __all__ as _errors_all
from .webhooks import UnknownWebhookEvent, WebhookPayloadError, WebhookVerificationError

__all__ = [
    "NOT_GIVEN",
    "APIResponse",
    "DeadlineExceededError",
    "AsyncVideoSDKRecordings",
    "DownloadResult",
    "VideoSDKRecordings",
    "RequestOptions",
    "RequestValidationError",
    "RetryPolicy",
    "UnknownWebhookEvent",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "__version__",
    *_errors_all,
]
