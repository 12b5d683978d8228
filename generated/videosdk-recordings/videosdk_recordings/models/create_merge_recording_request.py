# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.merge_source_type import MergeSourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMergeRecordingRequest")


@_attrs_define
class CreateMergeRecordingRequest:
    """Body of createMergeRecording.

    Example:
        {'sessionId': '6847c231fbaa8b416bc87014', 'channel1': [{'participantId': 'abcd', 'recordingId':
            '6847c2d12abe9a2807e42684'}, {'participantId': 'abcd2'}], 'channel2': [{'participantId': 'abcd3', 'recordingId':
            '6847c34e2abe9a2807e42688'}, {'participantId': 'abcd4'}], 'webhookUrl': 'https://www.example.com/'}

    Attributes:
        session_id (str): Session whose recordings are merged. Example: 6847c231fbaa8b416bc87014.
        channel1 (list[MergeChannelInput]): Recordings mixed into the first audio channel.
        channel2 (list[MergeChannelInput]): Recordings mixed into the second audio channel.
        type_ (MergeSourceType | Unset): Whether the merged recordings are participant or track recordings (on the body
            it overrides every entry). Example: participant.
        webhook_url (str | Unset): URL that receives `merge-recording-completed` / `merge-recording-failed`. Example:
            https://www.example.com/.
        dir_path (str | Unset): Directory inside the account's configured storage bucket for the merged file. Example:
            merges/2025-06.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    session_id: str
    channel1: list[MergeChannelInput]
    channel2: list[MergeChannelInput]
    type_: MergeSourceType | Unset = UNSET
    webhook_url: str | Unset = UNSET
    dir_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        channel1 = []
        for channel1_item_data in self.channel1:
            channel1_item = channel1_item_data.to_dict()
            channel1.append(channel1_item)

        channel2 = []
        for channel2_item_data in self.channel2:
            channel2_item = channel2_item_data.to_dict()
            channel2.append(channel2_item)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = MergeSourceType(self.type_).value

        webhook_url = self.webhook_url

        dir_path = self.dir_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionId": session_id,
                "channel1": channel1,
                "channel2": channel2,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if dir_path is not UNSET:
            field_dict["dirPath"] = dir_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            session_id = d.pop("sessionId")

            channel1 = []
            _channel1 = d.pop("channel1")
            for channel1_item_data in _channel1:
                channel1_item = MergeChannelInput.from_dict(channel1_item_data)

                channel1.append(channel1_item)

            channel2 = []
            _channel2 = d.pop("channel2")
            for channel2_item_data in _channel2:
                channel2_item = MergeChannelInput.from_dict(channel2_item_data)

                channel2.append(channel2_item)

            _type_ = d.pop("type", UNSET)
            type_: MergeSourceType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = MergeSourceType.__by_value__.get(_type__wire := _type_) or MergeSourceType(_type__wire)

            webhook_url = d.pop("webhookUrl", UNSET)

            dir_path = d.pop("dirPath", UNSET)

            if not (
                session_id.__class__ is str
                and (webhook_url.__class__ is str or webhook_url is UNSET)
                and (dir_path.__class__ is str or dir_path is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            create_merge_recording_request = cls(
                session_id,
                channel1,
                channel2,
                type_,
                webhook_url,
                dir_path,
            )

            create_merge_recording_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return create_merge_recording_request

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
from ..models.merge_channel_input import MergeChannelInput  # noqa: E402

CreateMergeRecordingRequest.__shape__ = (
    ("sessionId", True, "str", False),
    ("channel1", True, ("list", MergeChannelInput), False),
    ("channel2", True, ("list", MergeChannelInput), False),
    ("type", False, MergeSourceType, False),
    ("webhookUrl", False, "str", False),
    ("dirPath", False, "str", False),
)
