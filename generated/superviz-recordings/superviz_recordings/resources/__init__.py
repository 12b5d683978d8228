# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
"""One module per tag: the sync and async resource classes the clients expose as attributes."""

from .recordings import (
    AsyncRecordingsResource,
    AsyncRecordingsResourceWithRawResponse,
    RecordingsResource,
    RecordingsResourceWithRawResponse,
)
from .transcripts import (
    AsyncTranscriptsResource,
    AsyncTranscriptsResourceWithRawResponse,
    TranscriptsResource,
    TranscriptsResourceWithRawResponse,
)

__all__ = [
    "AsyncRecordingsResource",
    "AsyncRecordingsResourceWithRawResponse",
    "RecordingsResource",
    "RecordingsResourceWithRawResponse",
    "AsyncTranscriptsResource",
    "AsyncTranscriptsResourceWithRawResponse",
    "TranscriptsResource",
    "TranscriptsResourceWithRawResponse",
]
