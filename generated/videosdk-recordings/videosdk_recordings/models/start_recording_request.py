# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.room_recording_file_format import RoomRecordingFileFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartRecordingRequest")


@_attrs_define
class StartRecordingRequest:
    """Body of startRecording.

    Example:
        {'roomId': 'abcd-efgh-ijkl', 'templateUrl':
            'https://www.example.com/?token=token&meetingId=74v5-v21l-n1ey&participantId=RECORDER_ID', 'config': {'layout':
            {'type': 'GRID', 'priority': 'SPEAKER', 'gridSize': 4}, 'theme': 'DARK', 'mode': 'video-and-audio', 'quality':
            'high', 'orientation': 'landscape'}, 'transcription': {'enabled': True, 'summary': {'enabled': True, 'prompt':
            'Your customized summary prompt'}}, 'webhookUrl': 'https://www.example.com/', 'awsDirPath': 's3path'}

    Attributes:
        room_id (str): Id of the room (meeting) to record. Example: abcd-efgh-ijkl.
        template_url (str | Unset): Page that renders a custom recording layout; VideoSDK opens it with `token`,
            `meetingId` and
            `participantId` in the query string.
             Example: https://www.example.com/?token=token&meetingId=74v5-v21l-n1ey&participantId=RECORDER_ID.
        config (RecordingConfig | Unset): Composition of the room recording (`config`). Example: {'layout': {'type':
            'GRID', 'priority': 'SPEAKER', 'gridSize': 4}, 'theme': 'DARK', 'mode': 'video-and-audio', 'quality': 'high',
            'orientation': 'landscape'}.
        transcription (TranscriptionConfig | Unset): Post-call transcription (and optional summary) of the recording.
            Example: {'enabled': True, 'summary': {'enabled': True, 'prompt': 'Your customized summary prompt'}}.
        webhook_url (str | Unset): URL that receives this recording's webhooks (`recording-started`, `recording-
            stopped`, ...). Example: https://www.example.com/.
        aws_dir_path (str | Unset): Directory inside the account's configured storage bucket (AWS S3) for the file.
            Example: s3path.
        pre_signed_url (str | Unset): Presigned cloud-storage URL the finished file is uploaded to. Example: https://my-
            bucket.s3.amazonaws.com/recordings/abcd-efgh-ijkl.mp4?X-Amz-Signature=abc123.
        file_format (RoomRecordingFileFormat | Unset): Container of the room recording file. Example: mp4.
        on_failure (OnFailureConfig | Unset): What to do when the recording fails. Example: {'action': 'close-room',
            'waitTime': 60}.
        resource_id (str | Unset): Id of a pre-acquired recording resource from the resource pool (Enterprise). Example:
            abcdef9879288c1f48339f64.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    room_id: str
    template_url: str | Unset = UNSET
    config: RecordingConfig | Unset = UNSET
    transcription: TranscriptionConfig | Unset = UNSET
    webhook_url: str | Unset = UNSET
    aws_dir_path: str | Unset = UNSET
    pre_signed_url: str | Unset = UNSET
    file_format: RoomRecordingFileFormat | Unset = UNSET
    on_failure: OnFailureConfig | Unset = UNSET
    resource_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        template_url = self.template_url

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        transcription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription, Unset):
            transcription = self.transcription.to_dict()

        webhook_url = self.webhook_url

        aws_dir_path = self.aws_dir_path

        pre_signed_url = self.pre_signed_url

        file_format: str | Unset = UNSET
        if not isinstance(self.file_format, Unset):
            file_format = RoomRecordingFileFormat(self.file_format).value

        on_failure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_failure, Unset):
            on_failure = self.on_failure.to_dict()

        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomId": room_id,
            }
        )
        if template_url is not UNSET:
            field_dict["templateUrl"] = template_url
        if config is not UNSET:
            field_dict["config"] = config
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if aws_dir_path is not UNSET:
            field_dict["awsDirPath"] = aws_dir_path
        if pre_signed_url is not UNSET:
            field_dict["preSignedUrl"] = pre_signed_url
        if file_format is not UNSET:
            field_dict["fileFormat"] = file_format
        if on_failure is not UNSET:
            field_dict["onFailure"] = on_failure
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            room_id = d.pop("roomId")

            template_url = d.pop("templateUrl", UNSET)

            _config = d.pop("config", UNSET)
            config: RecordingConfig | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = RecordingConfig.from_dict(_config)

            _transcription = d.pop("transcription", UNSET)
            transcription: TranscriptionConfig | Unset
            if isinstance(_transcription, Unset):
                transcription = UNSET
            else:
                transcription = TranscriptionConfig.from_dict(_transcription)

            webhook_url = d.pop("webhookUrl", UNSET)

            aws_dir_path = d.pop("awsDirPath", UNSET)

            pre_signed_url = d.pop("preSignedUrl", UNSET)

            _file_format = d.pop("fileFormat", UNSET)
            file_format: RoomRecordingFileFormat | Unset
            if isinstance(_file_format, Unset):
                file_format = UNSET
            else:
                file_format = RoomRecordingFileFormat.__by_value__.get(
                    _file_format_wire := _file_format
                ) or RoomRecordingFileFormat(_file_format_wire)

            _on_failure = d.pop("onFailure", UNSET)
            on_failure: OnFailureConfig | Unset
            if isinstance(_on_failure, Unset):
                on_failure = UNSET
            else:
                on_failure = OnFailureConfig.from_dict(_on_failure)

            resource_id = d.pop("resourceId", UNSET)

            if not (
                room_id.__class__ is str
                and (template_url.__class__ is str or template_url is UNSET)
                and (webhook_url.__class__ is str or webhook_url is UNSET)
                and (aws_dir_path.__class__ is str or aws_dir_path is UNSET)
                and (pre_signed_url.__class__ is str or pre_signed_url is UNSET)
                and (resource_id.__class__ is str or resource_id is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            start_recording_request = cls(
                room_id,
                template_url,
                config,
                transcription,
                webhook_url,
                aws_dir_path,
                pre_signed_url,
                file_format,
                on_failure,
                resource_id,
            )

            start_recording_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return start_recording_request

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
        """Like the attrs repr, but credentials never print: pre_signed_url (x-secret) and presigned-URL signatures."""
        return redacted_repr(
            self,
            [a.name for a in self.__attrs_attrs__],
            ("pre_signed_url",),
            (
                "preSignedURL",
                "preSignedUrl",
            ),
        )


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.on_failure_config import OnFailureConfig  # noqa: E402
from ..models.recording_config import RecordingConfig  # noqa: E402
from ..models.transcription_config import TranscriptionConfig  # noqa: E402

StartRecordingRequest.__shape__ = (
    ("roomId", True, "str", False),
    ("templateUrl", False, "str", False),
    ("config", False, RecordingConfig, False),
    ("transcription", False, TranscriptionConfig, False),
    ("webhookUrl", False, "str", False),
    ("awsDirPath", False, "str", False),
    ("preSignedUrl", False, "str", True),
    ("fileFormat", False, RoomRecordingFileFormat, False),
    ("onFailure", False, OnFailureConfig, False),
    ("resourceId", False, "str", False),
)
