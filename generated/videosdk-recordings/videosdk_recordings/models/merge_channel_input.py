# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.merge_source_type import MergeSourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MergeChannelInput")


@_attrs_define
class MergeChannelInput:
    """One recording to put on a channel; without `recordingId` the participant's recordings of the session are used.

    Example:
        {'participantId': 'abcd', 'recordingId': '6847c2d12abe9a2807e42684'}

    Attributes:
        participant_id (str): Id of the participant. Example: abcd.
        recording_id (str | Unset): Id of one participant or track recording of that participant. Example:
            6847c2d12abe9a2807e42684.
        type_ (MergeSourceType | Unset): Whether the merged recordings are participant or track recordings (on the body
            it overrides every entry). Example: participant.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    participant_id: str
    recording_id: str | Unset = UNSET
    type_: MergeSourceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participant_id = self.participant_id

        recording_id = self.recording_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = MergeSourceType(self.type_).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "participantId": participant_id,
            }
        )
        if recording_id is not UNSET:
            field_dict["recordingId"] = recording_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            participant_id = d.pop("participantId")

            recording_id = d.pop("recordingId", UNSET)

            _type_ = d.pop("type", UNSET)
            type_: MergeSourceType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = MergeSourceType.__by_value__.get(_type__wire := _type_) or MergeSourceType(_type__wire)

            if not (participant_id.__class__ is str and (recording_id.__class__ is str or recording_id is UNSET)):
                raise ModelParseError(cls, src_dict)
            merge_channel_input = cls(
                participant_id,
                recording_id,
                type_,
            )

            merge_channel_input.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return merge_channel_input

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


MergeChannelInput.__shape__ = (
    ("participantId", True, "str", False),
    ("recordingId", False, "str", False),
    ("type", False, MergeSourceType, False),
)
