# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
"""Contains all the data models used in inputs/outputs"""

from .create_transcript_request import CreateTranscriptRequest
from .error_response import ErrorResponse
from .pagination import Pagination
from .recording import Recording
from .recording_list import RecordingList
from .recording_status import RecordingStatus
from .recording_webhook import RecordingWebhook
from .recording_webhook_message import RecordingWebhookMessage
from .recording_webhook_type import RecordingWebhookType
from .transcript_language import TranscriptLanguage
from .transcript_segment import TranscriptSegment

__all__ = (
    "CreateTranscriptRequest",
    "ErrorResponse",
    "Pagination",
    "Recording",
    "RecordingList",
    "RecordingStatus",
    "RecordingWebhook",
    "RecordingWebhookMessage",
    "RecordingWebhookType",
    "TranscriptLanguage",
    "TranscriptSegment",
)
