# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.recording_status_update_webhook_event import RecordingStatusUpdateWebhookEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingStatusUpdateWebhook")


@_attrs_define
class RecordingStatusUpdateWebhook:
    """`recording.statusUpdate`: POSTed to every enabled webhook subscribed to it when a recording changes status
    (`RECORDING`, `UPLOADING`, `UPLOADED`, `ERRORED`). When `UPLOADED`, `recording.downloadUrl` (and
    `audioDownloadUrl`, `downloadUrlExpiry`) name the file. Signed with `rtk-signature`; deduplicate on the
    `rtk-uuid` header.

        Example:
            {'event': 'recording.statusUpdate', 'recording': {'id': '97cb480d-5840-4528-ace3-919b5e386c68', 'recordingId':
                '97cb480d-5840-4528-ace3-919b5e386c68', 'status': 'UPLOADED', 'downloadUrl':
                'https://example.com/recording.mp4', 'audioDownloadUrl': 'https://example.com/recording.mp3',
                'downloadUrlExpiry': '2026-06-10T10:30:00.000Z', 'startedTime': '2026-06-03T10:00:00.000Z', 'stoppedTime':
                '2026-06-03T10:30:00.000Z', 'fileSize': '2044680', 'outputFileName': 'weekly-sync.mp4', 'meetingId':
                '50c8940e-1b97-402a-97d6-2708b7feca41', 'recordingDuration': 1800, 'organizationId':
                'c94c437b-592a-4a39-b9e2-47ef1451e43b', 'roomUUID': '05e57591-d89e-45c9-ae44-08dc1eaad0e0'}, 'meeting': {'id':
                '50c8940e-1b97-402a-97d6-2708b7feca41', 'sessionId': '05e57591-d89e-45c9-ae44-08dc1eaad0e0', 'title': 'Weekly
                sync', 'roomName': '50c8940e-1b97-402a-97d6-2708b7feca41', 'status': 'LIVE', 'createdAt':
                '2026-06-03T10:00:00.000Z', 'startedAt': '2026-06-03T10:00:00.000Z', 'endedAt': '2026-06-03T10:30:00.000Z',
                'organizedBy': {'id': 'c94c437b-592a-4a39-b9e2-47ef1451e43b', 'name': 'Example organization'}}}

        Attributes:
            event (RecordingStatusUpdateWebhookEvent): The event type.
            recording (WebhookRecording): The recording as a `recording.statusUpdate` webhook describes it (camelCase,
                unlike the REST API).
            meeting (WebhookMeeting | Unset): The meeting of a webhook event.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    event: RecordingStatusUpdateWebhookEvent
    recording: WebhookRecording
    meeting: WebhookMeeting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = RecordingStatusUpdateWebhookEvent(self.event).value

        recording = self.recording.to_dict()

        meeting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meeting, Unset):
            meeting = self.meeting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "recording": recording,
            }
        )
        if meeting is not UNSET:
            field_dict["meeting"] = meeting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            event = RecordingStatusUpdateWebhookEvent.__by_value__.get(
                _event_wire := d.pop("event")
            ) or RecordingStatusUpdateWebhookEvent(_event_wire)

            recording = WebhookRecording.from_dict(d.pop("recording"))

            _meeting = d.pop("meeting", UNSET)
            meeting: WebhookMeeting | Unset
            if isinstance(_meeting, Unset):
                meeting = UNSET
            else:
                meeting = WebhookMeeting.from_dict(_meeting)

            recording_status_update_webhook = cls(
                event,
                recording,
                meeting,
            )

            recording_status_update_webhook.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return recording_status_update_webhook

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        """Like the attrs repr, but credentials never print: presigned-URL signatures."""
        return redacted_repr(
            self,
            [a.name for a in self.__attrs_attrs__],
            (),
            (
                "access_key",
                "password",
                "private_key",
                "secret",
            ),
        )


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.webhook_meeting import WebhookMeeting  # noqa: E402
from ..models.webhook_recording import WebhookRecording  # noqa: E402

RecordingStatusUpdateWebhook.__shape__ = (
    ("event", True, RecordingStatusUpdateWebhookEvent, False),
    ("recording", True, WebhookRecording, False),
    ("meeting", False, WebhookMeeting, False),
)
