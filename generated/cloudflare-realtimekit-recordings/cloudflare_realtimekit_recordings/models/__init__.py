# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""Contains all the data models used in inputs/outputs"""

from .active_recording_response import ActiveRecordingResponse
from .audio_config import AudioConfig
from .audio_config_channel import AudioConfigChannel
from .audio_config_codec import AudioConfigCodec
from .bucket_config import BucketConfig
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .error_response_result_type_0 import ErrorResponseResultType0
from .interactive_config import InteractiveConfig
from .interactive_config_type import InteractiveConfigType
from .livestreaming_config import LivestreamingConfig
from .meeting import Meeting
from .meeting_status import MeetingStatus
from .paging import Paging
from .recording import Recording
from .recording_action import RecordingAction
from .recording_caller import RecordingCaller
from .recording_caller_type import RecordingCallerType
from .recording_config import RecordingConfig
from .recording_details import RecordingDetails
from .recording_list_item import RecordingListItem
from .recording_list_response import RecordingListResponse
from .recording_response import RecordingResponse
from .recording_sort_by import RecordingSortBy
from .recording_status import RecordingStatus
from .recording_status_update_webhook import RecordingStatusUpdateWebhook
from .recording_status_update_webhook_event import RecordingStatusUpdateWebhookEvent
from .sort_order import SortOrder
from .start_reason import StartReason
from .start_reason_code import StartReasonCode
from .start_recording_request import StartRecordingRequest
from .start_track_recording_request import StartTrackRecordingRequest
from .stop_reason import StopReason
from .stop_reason_code import StopReasonCode
from .storage_auth_method import StorageAuthMethod
from .storage_config import StorageConfig
from .storage_config_input import StorageConfigInput
from .storage_type import StorageType
from .track_layer_config import TrackLayerConfig
from .track_layer_config_media_kind import TrackLayerConfigMediaKind
from .track_recording import TrackRecording
from .track_recording_layers import TrackRecordingLayers
from .track_recording_response import TrackRecordingResponse
from .update_recording_request import UpdateRecordingRequest
from .v4_message import V4Message
from .v4_message_source import V4MessageSource
from .video_config import VideoConfig
from .video_config_codec import VideoConfigCodec
from .watermark import Watermark
from .watermark_position import WatermarkPosition
from .watermark_size import WatermarkSize
from .webhook import Webhook
from .webhook_event import WebhookEvent
from .webhook_list_response import WebhookListResponse
from .webhook_meeting import WebhookMeeting
from .webhook_meeting_organized_by import WebhookMeetingOrganizedBy
from .webhook_public_key_response import WebhookPublicKeyResponse
from .webhook_public_key_response_data import WebhookPublicKeyResponseData
from .webhook_recording import WebhookRecording
from .webhook_request import WebhookRequest
from .webhook_response import WebhookResponse
from .webhook_update_request import WebhookUpdateRequest

__all__ = (
    "ActiveRecordingResponse",
    "AudioConfig",
    "AudioConfigChannel",
    "AudioConfigCodec",
    "BucketConfig",
    "ErrorDetail",
    "ErrorResponse",
    "ErrorResponseResultType0",
    "InteractiveConfig",
    "InteractiveConfigType",
    "LivestreamingConfig",
    "Meeting",
    "MeetingStatus",
    "Paging",
    "Recording",
    "RecordingAction",
    "RecordingCaller",
    "RecordingCallerType",
    "RecordingConfig",
    "RecordingDetails",
    "RecordingListItem",
    "RecordingListResponse",
    "RecordingResponse",
    "RecordingSortBy",
    "RecordingStatus",
    "RecordingStatusUpdateWebhook",
    "RecordingStatusUpdateWebhookEvent",
    "SortOrder",
    "StartReason",
    "StartReasonCode",
    "StartRecordingRequest",
    "StartTrackRecordingRequest",
    "StopReason",
    "StopReasonCode",
    "StorageAuthMethod",
    "StorageConfig",
    "StorageConfigInput",
    "StorageType",
    "TrackLayerConfig",
    "TrackLayerConfigMediaKind",
    "TrackRecording",
    "TrackRecordingLayers",
    "TrackRecordingResponse",
    "UpdateRecordingRequest",
    "V4Message",
    "V4MessageSource",
    "VideoConfig",
    "VideoConfigCodec",
    "Watermark",
    "WatermarkPosition",
    "WatermarkSize",
    "Webhook",
    "WebhookEvent",
    "WebhookListResponse",
    "WebhookMeeting",
    "WebhookMeetingOrganizedBy",
    "WebhookPublicKeyResponse",
    "WebhookPublicKeyResponseData",
    "WebhookRecording",
    "WebhookRequest",
    "WebhookResponse",
    "WebhookUpdateRequest",
)
