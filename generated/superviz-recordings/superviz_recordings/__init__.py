# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
"""SuperViz Recordings API: a typed client generated from specs/superviz/openapi.yaml.

Start with ``SuperVizRecordings`` (or ``AsyncSuperVizRecordings``); models are in ``.models``.
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
from .client import AsyncSuperVizRecordings, SuperVizRecordings
from .errors import *  # noqa: F403
from .errors import __all__ as _errors_all
from .webhooks import UnknownWebhookEvent, WebhookPayloadError, WebhookVerificationError

__all__ = [
    "NOT_GIVEN",
    "APIResponse",
    "DeadlineExceededError",
    "AsyncSuperVizRecordings",
    "DownloadResult",
    "SuperVizRecordings",
    "RequestOptions",
    "RequestValidationError",
    "RetryPolicy",
    "UnknownWebhookEvent",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "__version__",
    *_errors_all,
]
