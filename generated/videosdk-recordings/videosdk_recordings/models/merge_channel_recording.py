# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="MergeChannelRecording")


@_attrs_define
class MergeChannelRecording:
    """A recording placed on a channel of a merge job.

    Example:
        {'recordingId': '6847c2d12abe9a2807e42684', 'participantId': 'abcd'}

    Attributes:
        recording_id (str | Unset): Id of the participant or track recording. Example: 6847c2d12abe9a2807e42684.
        participant_id (str | Unset): Id of the participant. Example: abcd.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    recording_id: str | Unset = UNSET
    participant_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recording_id = self.recording_id

        participant_id = self.participant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recording_id is not UNSET:
            field_dict["recordingId"] = recording_id
        if participant_id is not UNSET:
            field_dict["participantId"] = participant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            recording_id = d.pop("recordingId", UNSET)

            participant_id = d.pop("participantId", UNSET)

            if not (
                (recording_id.__class__ is str or recording_id is UNSET)
                and (participant_id.__class__ is str or participant_id is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            merge_channel_recording = cls(
                recording_id,
                participant_id,
            )

            merge_channel_recording.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return merge_channel_recording

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


MergeChannelRecording.__shape__ = (
    ("recordingId", False, "str", False),
    ("participantId", False, "str", False),
)
