# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.recording_status import RecordingStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookRecording")


@_attrs_define
class WebhookRecording:
    """The recording as a `recording.statusUpdate` webhook describes it (camelCase, unlike the REST API).

    Attributes:
        id (str): ID of the recording (the REST API's recording id).
        status (RecordingStatus): Current status of a recording: `INVOKED` (requested, not yet recording) → `RECORDING`
            (⇄ `PAUSED`) → `UPLOADING` → `UPLOADED` (files available), or `ERRORED`. Example: UPLOADED.
        recording_id (str | Unset): Same as `id`.
        download_url (None | str | Unset): Presigned URL of the file (when `UPLOADED`).
        audio_download_url (None | str | Unset): Presigned URL of the audio-only file (when `UPLOADED`).
        download_url_expiry (None | str | Unset): When the download URLs expire.
        started_time (None | str | Unset): When recording started.
        stopped_time (None | str | Unset): When recording stopped.
        file_size (int | str | Unset): File size in bytes; a string in the current docs sample, an integer in the Dyte-
            era samples.
        output_file_name (str | Unset): Name of the file.
        meeting_id (str | Unset): ID of the meeting.
        recording_duration (float | Unset): Duration in seconds.
        organization_id (str | Unset): ID of the organization.
        room_uuid (str | Unset): ID of the meeting session.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    id: str
    status: RecordingStatus
    recording_id: str | Unset = UNSET
    download_url: None | str | Unset = UNSET
    audio_download_url: None | str | Unset = UNSET
    download_url_expiry: None | str | Unset = UNSET
    started_time: None | str | Unset = UNSET
    stopped_time: None | str | Unset = UNSET
    file_size: int | str | Unset = UNSET
    output_file_name: str | Unset = UNSET
    meeting_id: str | Unset = UNSET
    recording_duration: float | Unset = UNSET
    organization_id: str | Unset = UNSET
    room_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = RecordingStatus(self.status).value

        recording_id = self.recording_id

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        audio_download_url: None | str | Unset
        if isinstance(self.audio_download_url, Unset):
            audio_download_url = UNSET
        else:
            audio_download_url = self.audio_download_url

        download_url_expiry: None | str | Unset
        if isinstance(self.download_url_expiry, Unset):
            download_url_expiry = UNSET
        else:
            download_url_expiry = self.download_url_expiry

        started_time: None | str | Unset
        if isinstance(self.started_time, Unset):
            started_time = UNSET
        else:
            started_time = self.started_time

        stopped_time: None | str | Unset
        if isinstance(self.stopped_time, Unset):
            stopped_time = UNSET
        else:
            stopped_time = self.stopped_time

        file_size: int | str | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        output_file_name = self.output_file_name

        meeting_id = self.meeting_id

        recording_duration = self.recording_duration

        organization_id = self.organization_id

        room_uuid = self.room_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if recording_id is not UNSET:
            field_dict["recordingId"] = recording_id
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url
        if audio_download_url is not UNSET:
            field_dict["audioDownloadUrl"] = audio_download_url
        if download_url_expiry is not UNSET:
            field_dict["downloadUrlExpiry"] = download_url_expiry
        if started_time is not UNSET:
            field_dict["startedTime"] = started_time
        if stopped_time is not UNSET:
            field_dict["stoppedTime"] = stopped_time
        if file_size is not UNSET:
            field_dict["fileSize"] = file_size
        if output_file_name is not UNSET:
            field_dict["outputFileName"] = output_file_name
        if meeting_id is not UNSET:
            field_dict["meetingId"] = meeting_id
        if recording_duration is not UNSET:
            field_dict["recordingDuration"] = recording_duration
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if room_uuid is not UNSET:
            field_dict["roomUUID"] = room_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            id = d.pop("id")

            status = RecordingStatus.__by_value__.get(_status_wire := d.pop("status")) or RecordingStatus(_status_wire)

            recording_id = d.pop("recordingId", UNSET)

            download_url = d.pop("downloadUrl", UNSET)

            audio_download_url = d.pop("audioDownloadUrl", UNSET)

            download_url_expiry = d.pop("downloadUrlExpiry", UNSET)

            started_time = d.pop("startedTime", UNSET)

            stopped_time = d.pop("stoppedTime", UNSET)

            file_size = d.pop("fileSize", UNSET)

            output_file_name = d.pop("outputFileName", UNSET)

            meeting_id = d.pop("meetingId", UNSET)

            recording_duration = d.pop("recordingDuration", UNSET)

            organization_id = d.pop("organizationId", UNSET)

            room_uuid = d.pop("roomUUID", UNSET)

            if not (
                id.__class__ is str
                and (recording_id.__class__ is str or recording_id is UNSET)
                and ((download_url.__class__ is str or download_url is None) or download_url is UNSET)
                and ((audio_download_url.__class__ is str or audio_download_url is None) or audio_download_url is UNSET)
                and (
                    (download_url_expiry.__class__ is str or download_url_expiry is None)
                    or download_url_expiry is UNSET
                )
                and ((started_time.__class__ is str or started_time is None) or started_time is UNSET)
                and ((stopped_time.__class__ is str or stopped_time is None) or stopped_time is UNSET)
                and ((file_size.__class__ is int or file_size.__class__ is str) or file_size is UNSET)
                and (output_file_name.__class__ is str or output_file_name is UNSET)
                and (meeting_id.__class__ is str or meeting_id is UNSET)
                and (
                    (recording_duration.__class__ is float or recording_duration.__class__ is int)
                    or recording_duration is UNSET
                )
                and (organization_id.__class__ is str or organization_id is UNSET)
                and (room_uuid.__class__ is str or room_uuid is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            webhook_recording = cls(
                id,
                status,
                recording_id,
                download_url,
                audio_download_url,
                download_url_expiry,
                started_time,
                stopped_time,
                file_size,
                output_file_name,
                meeting_id,
                recording_duration,
                organization_id,
                room_uuid,
            )

            webhook_recording.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return webhook_recording

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


WebhookRecording.__shape__ = (
    ("id", True, "str", False),
    ("status", True, RecordingStatus, False),
    ("recordingId", False, "str", False),
    ("downloadUrl", False, ("union", "str", "null"), False),
    ("audioDownloadUrl", False, ("union", "str", "null"), False),
    ("downloadUrlExpiry", False, ("union", "str", "null"), False),
    ("startedTime", False, ("union", "str", "null"), False),
    ("stoppedTime", False, ("union", "str", "null"), False),
    ("fileSize", False, ("union", "int", "str"), False),
    ("outputFileName", False, "str", False),
    ("meetingId", False, "str", False),
    ("recordingDuration", False, "float", False),
    ("organizationId", False, "str", False),
    ("roomUUID", False, "str", False),
)
