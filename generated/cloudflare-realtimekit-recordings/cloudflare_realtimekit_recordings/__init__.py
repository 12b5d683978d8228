# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""Cloudflare RealtimeKit Recordings API: a typed client generated from specs/cloudflare/openapi.yaml.

Start with ``CloudflareRealtimeKitRecordings`` (or ``AsyncCloudflareRealtimeKitRecordings``); models are in ``.models``.
"""

__version__ = "0.1.1"

from ._runtime import (
    NOT_GIVEN,
    APIResponse,
    DownloadResult,
    RequestOptions,
    RetryPolicy,
)
from .client import AsyncCloudflareRealtimeKitRecordings, CloudflareRealtimeKitRecordings
from .errors import *  # noqa: F403
from .errors import __all__ as _errors_all

__all__ = [
    "NOT_GIVEN",
    "APIResponse",
    "AsyncCloudflareRealtimeKitRecordings",
    "DownloadResult",
    "CloudflareRealtimeKitRecordings",
    "RequestOptions",
    "RetryPolicy",
    "__version__",
    *_errors_all,
]
