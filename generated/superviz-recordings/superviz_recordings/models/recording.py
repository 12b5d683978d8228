# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.recording_status import RecordingStatus

_fromisoformat = datetime.datetime.fromisoformat
T = TypeVar("T", bound="Recording")


@_attrs_define
class Recording:
    """One recording: the audio and video of each participant (camera and microphone on) and any content shared
    during a meeting, composited into one file.

        Example:
            {'uuid': '5323c958-ecbd-4358-b85d-0bf5b82d7f27', 'url': 'https://sdk-meeting-recording-
                mediapipelineconcatbucketeb1-riktmr42rnzq.s3.amazonaws.com/ff72aac6-ca39-42a4-a064-5caabc693811/composited-video
                /687b94f9-baa9-4466-80a6-
                c3974bd2e22e.mp4?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=1732103867&Signature=bWq2s1WEIj%2BYdj3Xexample%3D',
                'status': 'processing', 'meetingId': 'cfcccfb3-8b43-4070-a43b-15f77a7d2713', 'roomId': 'DEMO_ROOM', 'createdAt':
                '2024-11-19T12:29:01.814Z'}

        Attributes:
            uuid (str): The recording's id; pass it as `recordingId` to the transcript endpoints. Example:
                5323c958-ecbd-4358-b85d-0bf5b82d7f27.
            url (str): Temporary URL to download or play the recording: a presigned S3 link with an `Expires` timestamp.
                Do not store it; list the recording again for a fresh link. Usable about 5 minutes after the recording
                ends (`status` `available`), although it is already present while `processing`.
                 Example: https://sdk-meeting-recording-
                mediapipelineconcatbucketeb1-riktmr42rnzq.s3.amazonaws.com/ff72aac6-ca39-42a4-a064-5caabc693811/composited-video
                /687b94f9-baa9-4466-80a6-
                c3974bd2e22e.mp4?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=1732103867&Signature=bWq2s1WEIj%2BYdj3Xexample%3D.
            room_id (str): The room the recording was made in (the id the application chose when joining). Example:
                DEMO_ROOM.
            status (RecordingStatus): `processing` while the file is being produced, `available` once `url` can be used
                (about 5 minutes
                after the recording ends).
                 Example: available.
            meeting_id (str): The meeting the recording belongs to; one meeting can contain several recordings. Example:
                cfcccfb3-8b43-4070-a43b-15f77a7d2713.
            created_at (datetime.datetime): When the recording was created. Example: 2024-11-19T12:29:01.814Z.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    uuid: str
    url: str
    room_id: str
    status: RecordingStatus
    meeting_id: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        url = self.url

        room_id = self.room_id

        status = RecordingStatus(self.status).value

        meeting_id = self.meeting_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "url": url,
                "roomId": room_id,
                "status": status,
                "meetingId": meeting_id,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            uuid = d.pop("uuid")

            url = d.pop("url")

            room_id = d.pop("roomId")

            status = RecordingStatus.__by_value__.get(_status_wire := d.pop("status")) or RecordingStatus(_status_wire)

            meeting_id = d.pop("meetingId")

            created_at = _fromisoformat(d.pop("createdAt"))

            if not (
                uuid.__class__ is str
                and url.__class__ is str
                and room_id.__class__ is str
                and meeting_id.__class__ is str
            ):
                raise ModelParseError(cls, src_dict)
            recording = cls(
                uuid,
                url,
                room_id,
                status,
                meeting_id,
                created_at,
            )

            recording.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return recording

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
        return redacted_repr(self, [a.name for a in self.__attrs_attrs__], (), ("apiKey",))


Recording.__shape__ = (
    ("uuid", True, "str", False),
    ("url", True, "str", False),
    ("roomId", True, "str", False),
    ("status", True, RecordingStatus, False),
    ("meetingId", True, "str", False),
    ("createdAt", True, "date-time", False),
)
