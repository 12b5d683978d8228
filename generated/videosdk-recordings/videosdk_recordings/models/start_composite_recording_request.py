# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartCompositeRecordingRequest")


@_attrs_define
class StartCompositeRecordingRequest:
    """Body of startCompositeRecording.

    Example:
        {'roomId': 'abcd-efgh-ijkl', 'participants': [{'participantId': 'abcd', 'kind': ['audio', 'video']},
            {'participantId': 'abcd2'}], 'watermarks': [{'type': 'custom', 'imageUrl': 'https://www.example.com/logo.png'}],
            'webhookUrl': 'https://www.example.com/', 'fileFormat': 'mp4'}

    Attributes:
        room_id (str): Id of the room. Example: abcd-efgh-ijkl.
        participants (list[CompositeParticipant] | Unset): Participants (and their track kinds) to include.
        watermarks (list[Watermark] | Unset): Watermarks drawn on the output, at most three.
        webhook_url (str | Unset): URL that receives this recording's webhooks. Example: https://www.example.com/.
        bucket_dir_path (str | Unset): Directory inside the account's configured storage bucket. Example: s3path.
        pre_signed_url (str | Unset): Presigned cloud-storage URL the finished file is uploaded to. Example: https://my-
            bucket.s3.amazonaws.com/composites/abcd-efgh-ijkl.mp4?X-Amz-Signature=abc123.
        file_format (str | Unset): Container of the output file (values not published). Example: mp4.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    room_id: str
    participants: list[CompositeParticipant] | Unset = UNSET
    watermarks: list[Watermark] | Unset = UNSET
    webhook_url: str | Unset = UNSET
    bucket_dir_path: str | Unset = UNSET
    pre_signed_url: str | Unset = UNSET
    file_format: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        watermarks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.watermarks, Unset):
            watermarks = []
            for watermarks_item_data in self.watermarks:
                watermarks_item = watermarks_item_data.to_dict()
                watermarks.append(watermarks_item)

        webhook_url = self.webhook_url

        bucket_dir_path = self.bucket_dir_path

        pre_signed_url = self.pre_signed_url

        file_format = self.file_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomId": room_id,
            }
        )
        if participants is not UNSET:
            field_dict["participants"] = participants
        if watermarks is not UNSET:
            field_dict["watermarks"] = watermarks
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if bucket_dir_path is not UNSET:
            field_dict["bucketDirPath"] = bucket_dir_path
        if pre_signed_url is not UNSET:
            field_dict["preSignedURL"] = pre_signed_url
        if file_format is not UNSET:
            field_dict["fileFormat"] = file_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            room_id = d.pop("roomId")

            _participants = d.pop("participants", UNSET)
            participants: list[CompositeParticipant] | Unset = UNSET
            if _participants is not UNSET:
                participants = []
                for participants_item_data in _participants:
                    participants_item = CompositeParticipant.from_dict(participants_item_data)

                    participants.append(participants_item)

            _watermarks = d.pop("watermarks", UNSET)
            watermarks: list[Watermark] | Unset = UNSET
            if _watermarks is not UNSET:
                watermarks = []
                for watermarks_item_data in _watermarks:
                    watermarks_item = Watermark.from_dict(watermarks_item_data)

                    watermarks.append(watermarks_item)

            webhook_url = d.pop("webhookUrl", UNSET)

            bucket_dir_path = d.pop("bucketDirPath", UNSET)

            pre_signed_url = d.pop("preSignedURL", UNSET)

            file_format = d.pop("fileFormat", UNSET)

            if not (
                room_id.__class__ is str
                and (webhook_url.__class__ is str or webhook_url is UNSET)
                and (bucket_dir_path.__class__ is str or bucket_dir_path is UNSET)
                and (pre_signed_url.__class__ is str or pre_signed_url is UNSET)
                and (file_format.__class__ is str or file_format is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            start_composite_recording_request = cls(
                room_id,
                participants,
                watermarks,
                webhook_url,
                bucket_dir_path,
                pre_signed_url,
                file_format,
            )

            start_composite_recording_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return start_composite_recording_request

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
from ..models.composite_participant import CompositeParticipant  # noqa: E402
from ..models.watermark import Watermark  # noqa: E402

StartCompositeRecordingRequest.__shape__ = (
    ("roomId", True, "str", False),
    ("participants", False, ("list", CompositeParticipant), False),
    ("watermarks", False, ("list", Watermark), False),
    ("webhookUrl", False, "str", False),
    ("bucketDirPath", False, "str", False),
    ("preSignedURL", False, "str", True),
    ("fileFormat", False, "str", False),
)
