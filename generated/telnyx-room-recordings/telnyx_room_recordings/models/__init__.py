# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
"""Contains all the data models used in inputs/outputs"""

from .date_ended_at_filter import DateEndedAtFilter
from .date_started_at_filter import DateStartedAtFilter
from .error import Error
from .error_meta import ErrorMeta
from .error_response import ErrorResponse
from .error_source import ErrorSource
from .page_params import PageParams
from .pagination_meta import PaginationMeta
from .room_recording import RoomRecording
from .room_recording_filter import RoomRecordingFilter
from .room_recording_list import RoomRecordingList
from .room_recording_response import RoomRecordingResponse
from .room_recording_status import RoomRecordingStatus
from .room_recording_type import RoomRecordingType
from .room_recordings_bulk_delete_response import RoomRecordingsBulkDeleteResponse
from .room_recordings_bulk_delete_result import RoomRecordingsBulkDeleteResult

__all__ = (
    "DateEndedAtFilter",
    "DateStartedAtFilter",
    "Error",
    "ErrorMeta",
    "ErrorResponse",
    "ErrorSource",
    "PageParams",
    "PaginationMeta",
    "RoomRecording",
    "RoomRecordingFilter",
    "RoomRecordingList",
    "RoomRecordingResponse",
    "RoomRecordingsBulkDeleteResponse",
    "RoomRecordingsBulkDeleteResult",
    "RoomRecordingStatus",
    "RoomRecordingType",
)
