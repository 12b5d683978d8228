# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""Contains all the data models used in inputs/outputs"""

from .composite_participant import CompositeParticipant
from .composite_recording import CompositeRecording
from .composite_recording_list import CompositeRecordingList
from .composite_recording_started import CompositeRecordingStarted
from .create_merge_recording_request import CreateMergeRecordingRequest
from .error_response import ErrorResponse
from .file_ratio import FileRatio
from .individual_recording import IndividualRecording
from .layout_priority import LayoutPriority
from .layout_type import LayoutType
from .merge_channel_input import MergeChannelInput
from .merge_channel_recording import MergeChannelRecording
from .merge_recording import MergeRecording
from .merge_recording_job import MergeRecordingJob
from .merge_recording_list import MergeRecordingList
from .merge_source_type import MergeSourceType
from .merge_status import MergeStatus
from .merge_status_filter import MergeStatusFilter
from .on_failure_action import OnFailureAction
from .on_failure_config import OnFailureConfig
from .page_info import PageInfo
from .participant_recording_file_format import ParticipantRecordingFileFormat
from .participant_recording_list import ParticipantRecordingList
from .recording import Recording
from .recording_config import RecordingConfig
from .recording_failed_webhook import RecordingFailedWebhook
from .recording_failed_webhook_webhook_type import RecordingFailedWebhookWebhookType
from .recording_file import RecordingFile
from .recording_file_meta import RecordingFileMeta
from .recording_layout import RecordingLayout
from .recording_list import RecordingList
from .recording_metadata import RecordingMetadata
from .recording_mode import RecordingMode
from .recording_orientation import RecordingOrientation
from .recording_quality import RecordingQuality
from .recording_started_webhook import RecordingStartedWebhook
from .recording_started_webhook_webhook_type import RecordingStartedWebhookWebhookType
from .recording_starting_webhook import RecordingStartingWebhook
from .recording_starting_webhook_webhook_type import RecordingStartingWebhookWebhookType
from .recording_stopped_webhook import RecordingStoppedWebhook
from .recording_stopped_webhook_data import RecordingStoppedWebhookData
from .recording_stopped_webhook_webhook_type import RecordingStoppedWebhookWebhookType
from .recording_stopping_webhook import RecordingStoppingWebhook
from .recording_stopping_webhook_webhook_type import RecordingStoppingWebhookWebhookType
from .recording_theme import RecordingTheme
from .recording_webhook_data import RecordingWebhookData
from .resolution import Resolution
from .resource_links import ResourceLinks
from .room_recording_file_format import RoomRecordingFileFormat
from .start_composite_recording_request import StartCompositeRecordingRequest
from .start_participant_recording_request import StartParticipantRecordingRequest
from .start_recording_request import StartRecordingRequest
from .start_track_recording_request import StartTrackRecordingRequest
from .stop_composite_recording_request import StopCompositeRecordingRequest
from .stop_participant_recording_request import StopParticipantRecordingRequest
from .stop_recording_request import StopRecordingRequest
from .stop_track_recording_request import StopTrackRecordingRequest
from .summary_config import SummaryConfig
from .track_kind import TrackKind
from .track_recording_file_format import TrackRecordingFileFormat
from .track_recording_list import TrackRecordingList
from .transcription_config import TranscriptionConfig
from .user_storage import UserStorage
from .watermark import Watermark
from .watermark_type import WatermarkType
from .webhook_delivery import WebhookDelivery
from .webhook_delivery_summary import WebhookDeliverySummary
from .webhook_public_key import WebhookPublicKey

__all__ = (
    "CompositeParticipant",
    "CompositeRecording",
    "CompositeRecordingList",
    "CompositeRecordingStarted",
    "CreateMergeRecordingRequest",
    "ErrorResponse",
    "FileRatio",
    "IndividualRecording",
    "LayoutPriority",
    "LayoutType",
    "MergeChannelInput",
    "MergeChannelRecording",
    "MergeRecording",
    "MergeRecordingJob",
    "MergeRecordingList",
    "MergeSourceType",
    "MergeStatus",
    "MergeStatusFilter",
    "OnFailureAction",
    "OnFailureConfig",
    "PageInfo",
    "ParticipantRecordingFileFormat",
    "ParticipantRecordingList",
    "Recording",
    "RecordingConfig",
    "RecordingFailedWebhook",
    "RecordingFailedWebhookWebhookType",
    "RecordingFile",
    "RecordingFileMeta",
    "RecordingLayout",
    "RecordingList",
    "RecordingMetadata",
    "RecordingMode",
    "RecordingOrientation",
    "RecordingQuality",
    "RecordingStartedWebhook",
    "RecordingStartedWebhookWebhookType",
    "RecordingStartingWebhook",
    "RecordingStartingWebhookWebhookType",
    "RecordingStoppedWebhook",
    "RecordingStoppedWebhookData",
    "RecordingStoppedWebhookWebhookType",
    "RecordingStoppingWebhook",
    "RecordingStoppingWebhookWebhookType",
    "RecordingTheme",
    "RecordingWebhookData",
    "Resolution",
    "ResourceLinks",
    "RoomRecordingFileFormat",
    "StartCompositeRecordingRequest",
    "StartParticipantRecordingRequest",
    "StartRecordingRequest",
    "StartTrackRecordingRequest",
    "StopCompositeRecordingRequest",
    "StopParticipantRecordingRequest",
    "StopRecordingRequest",
    "StopTrackRecordingRequest",
    "SummaryConfig",
    "TrackKind",
    "TrackRecordingFileFormat",
    "TrackRecordingList",
    "TranscriptionConfig",
    "UserStorage",
    "Watermark",
    "WatermarkType",
    "WebhookDelivery",
    "WebhookDeliverySummary",
    "WebhookPublicKey",
)
