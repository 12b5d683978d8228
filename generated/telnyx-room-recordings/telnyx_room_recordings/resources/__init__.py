# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
"""One module per tag: the sync and async resource classes the clients expose as attributes."""

from .room_recordings import (
    AsyncRoomRecordingsResource,
    AsyncRoomRecordingsResourceWithRawResponse,
    RoomRecordingsResource,
    RoomRecordingsResourceWithRawResponse,
)

__all__ = [
    "AsyncRoomRecordingsResource",
    "AsyncRoomRecordingsResourceWithRawResponse",
    "RoomRecordingsResource",
    "RoomRecordingsResourceWithRawResponse",
]
