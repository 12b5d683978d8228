# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""One module per tag: the sync and async resource classes the clients expose as attributes."""

from .composite_recordings import (
    AsyncCompositeRecordingsResource,
    AsyncCompositeRecordingsResourceWithRawResponse,
    CompositeRecordingsResource,
    CompositeRecordingsResourceWithRawResponse,
)
from .merge_recordings import (
    AsyncMergeRecordingsResource,
    AsyncMergeRecordingsResourceWithRawResponse,
    MergeRecordingsResource,
    MergeRecordingsResourceWithRawResponse,
)
from .participant_recordings import (
    AsyncParticipantRecordingsResource,
    AsyncParticipantRecordingsResourceWithRawResponse,
    ParticipantRecordingsResource,
    ParticipantRecordingsResourceWithRawResponse,
)
from .recordings import (
    AsyncRecordingsResource,
    AsyncRecordingsResourceWithRawResponse,
    RecordingsResource,
    RecordingsResourceWithRawResponse,
)
from .track_recordings import (
    AsyncTrackRecordingsResource,
    AsyncTrackRecordingsResourceWithRawResponse,
    TrackRecordingsResource,
    TrackRecordingsResourceWithRawResponse,
)
from .webhook_keys import (
    AsyncWebhookKeysResource,
    AsyncWebhookKeysResourceWithRawResponse,
    WebhookKeysResource,
    WebhookKeysResourceWithRawResponse,
)

__all__ = [
    "AsyncRecordingsResource",
    "AsyncRecordingsResourceWithRawResponse",
    "RecordingsResource",
    "RecordingsResourceWithRawResponse",
    "AsyncParticipantRecordingsResource",
    "AsyncParticipantRecordingsResourceWithRawResponse",
    "ParticipantRecordingsResource",
    "ParticipantRecordingsResourceWithRawResponse",
    "AsyncTrackRecordingsResource",
    "AsyncTrackRecordingsResourceWithRawResponse",
    "TrackRecordingsResource",
    "TrackRecordingsResourceWithRawResponse",
    "AsyncCompositeRecordingsResource",
    "AsyncCompositeRecordingsResourceWithRawResponse",
    "CompositeRecordingsResource",
    "CompositeRecordingsResourceWithRawResponse",
    "AsyncMergeRecordingsResource",
    "AsyncMergeRecordingsResourceWithRawResponse",
    "MergeRecordingsResource",
    "MergeRecordingsResourceWithRawResponse",
    "AsyncWebhookKeysResource",
    "AsyncWebhookKeysResourceWithRawResponse",
    "WebhookKeysResource",
    "WebhookKeysResourceWithRawResponse",
]
