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
from .room_composition_completed_event import RoomCompositionCompletedEvent
from .room_composition_completed_event_event_type import RoomCompositionCompletedEventEventType
from .room_composition_completed_event_record_type import RoomCompositionCompletedEventRecordType
from .room_composition_completed_payload import RoomCompositionCompletedPayload
from .room_composition_completed_webhook import RoomCompositionCompletedWebhook
from .room_composition_completed_webhook_meta import RoomCompositionCompletedWebhookMeta
from .room_recording import RoomRecording
from .room_recording_completed_event import RoomRecordingCompletedEvent
from .room_recording_completed_event_event_type import RoomRecordingCompletedEventEventType
from .room_recording_completed_event_record_type import RoomRecordingCompletedEventRecordType
from .room_recording_completed_payload import RoomRecordingCompletedPayload
from .room_recording_completed_webhook import RoomRecordingCompletedWebhook
from .room_recording_completed_webhook_meta import RoomRecordingCompletedWebhookMeta
from .room_recording_filter import RoomRecordingFilter
from .room_recording_list import RoomRecordingList
from .room_recording_response import RoomRecordingResponse
from .room_recording_started_event import RoomRecordingStartedEvent
from .room_recording_started_event_event_type import RoomRecordingStartedEventEventType
from .room_recording_started_event_record_type import RoomRecordingStartedEventRecordType
from .room_recording_started_payload import RoomRecordingStartedPayload
from .room_recording_started_webhook import RoomRecordingStartedWebhook
from .room_recording_started_webhook_meta import RoomRecordingStartedWebhookMeta
from .room_recording_status import RoomRecordingStatus
from .room_recording_type import RoomRecordingType
from .room_recording_webhook_type import RoomRecordingWebhookType
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
    "RoomCompositionCompletedEvent",
    "RoomCompositionCompletedEventEventType",
    "RoomCompositionCompletedEventRecordType",
    "RoomCompositionCompletedPayload",
    "RoomCompositionCompletedWebhook",
    "RoomCompositionCompletedWebhookMeta",
    "RoomRecording",
    "RoomRecordingCompletedEvent",
    "RoomRecordingCompletedEventEventType",
    "RoomRecordingCompletedEventRecordType",
    "RoomRecordingCompletedPayload",
    "RoomRecordingCompletedWebhook",
    "RoomRecordingCompletedWebhookMeta",
    "RoomRecordingFilter",
    "RoomRecordingList",
    "RoomRecordingResponse",
    "RoomRecordingsBulkDeleteResponse",
    "RoomRecordingsBulkDeleteResult",
    "RoomRecordingStartedEvent",
    "RoomRecordingStartedEventEventType",
    "RoomRecordingStartedEventRecordType",
    "RoomRecordingStartedPayload",
    "RoomRecordingStartedWebhook",
    "RoomRecordingStartedWebhookMeta",
    "RoomRecordingStatus",
    "RoomRecordingType",
    "RoomRecordingWebhookType",
)
