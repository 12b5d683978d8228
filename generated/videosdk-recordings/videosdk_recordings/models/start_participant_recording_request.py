# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.participant_recording_file_format import ParticipantRecordingFileFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartParticipantRecordingRequest")


@_attrs_define
class StartParticipantRecordingRequest:
    """Body of startParticipantRecording.

    Example:
        {'roomId': 'abcd-efgh-ijkl', 'participantId': 'abcd', 'fileFormat': 'webm', 'webhookUrl':
            'https://www.example.com/', 'bucketDirPath': 's3path'}

    Attributes:
        room_id (str): Id of the room. Example: abcd-efgh-ijkl.
        participant_id (str): Id of the participant to record. Example: abcd.
        file_format (ParticipantRecordingFileFormat | Unset): Container of the participant recording file. Example:
            webm.
        webhook_url (str | Unset): URL that receives this recording's webhooks. Example: https://www.example.com/.
        bucket_dir_path (str | Unset): Directory inside the account's configured storage bucket. Example: s3path.
        metadata (RecordingMetadata | Unset): Free-form metadata stored with the participant recording. Example:
            {'candidateId': '42', 'interviewRound': 'technical'}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    room_id: str
    participant_id: str
    file_format: ParticipantRecordingFileFormat | Unset = UNSET
    webhook_url: str | Unset = UNSET
    bucket_dir_path: str | Unset = UNSET
    metadata: RecordingMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        participant_id = self.participant_id

        file_format: str | Unset = UNSET
        if not isinstance(self.file_format, Unset):
            file_format = ParticipantRecordingFileFormat(self.file_format).value

        webhook_url = self.webhook_url

        bucket_dir_path = self.bucket_dir_path

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomId": room_id,
                "participantId": participant_id,
            }
        )
        if file_format is not UNSET:
            field_dict["fileFormat"] = file_format
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if bucket_dir_path is not UNSET:
            field_dict["bucketDirPath"] = bucket_dir_path
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            room_id = d.pop("roomId")

            participant_id = d.pop("participantId")

            _file_format = d.pop("fileFormat", UNSET)
            file_format: ParticipantRecordingFileFormat | Unset
            if isinstance(_file_format, Unset):
                file_format = UNSET
            else:
                file_format = ParticipantRecordingFileFormat.__by_value__.get(
                    _file_format_wire := _file_format
                ) or ParticipantRecordingFileFormat(_file_format_wire)

            webhook_url = d.pop("webhookUrl", UNSET)

            bucket_dir_path = d.pop("bucketDirPath", UNSET)

            _metadata = d.pop("metadata", UNSET)
            metadata: RecordingMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = RecordingMetadata.from_dict(_metadata)

            if not (
                room_id.__class__ is str
                and participant_id.__class__ is str
                and (webhook_url.__class__ is str or webhook_url is UNSET)
                and (bucket_dir_path.__class__ is str or bucket_dir_path is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            start_participant_recording_request = cls(
                room_id,
                participant_id,
                file_format,
                webhook_url,
                bucket_dir_path,
                metadata,
            )

            start_participant_recording_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return start_participant_recording_request

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
                "preSignedURL",
                "preSignedUrl",
            ),
        )


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.recording_metadata import RecordingMetadata  # noqa: E402

StartParticipantRecordingRequest.__shape__ = (
    ("roomId", True, "str", False),
    ("participantId", True, "str", False),
    ("fileFormat", False, ParticipantRecordingFileFormat, False),
    ("webhookUrl", False, "str", False),
    ("bucketDirPath", False, "str", False),
    ("metadata", False, RecordingMetadata, False),
)
