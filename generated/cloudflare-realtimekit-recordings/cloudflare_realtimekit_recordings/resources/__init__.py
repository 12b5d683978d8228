# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""One module per tag: the sync and async resource classes the clients expose as attributes."""

from .recordings import (
    AsyncRecordingsResource,
    AsyncRecordingsResourceWithRawResponse,
    RecordingsResource,
    RecordingsResourceWithRawResponse,
)

__all__ = [
    "AsyncRecordingsResource",
    "AsyncRecordingsResourceWithRawResponse",
    "RecordingsResource",
    "RecordingsResourceWithRawResponse",
]
