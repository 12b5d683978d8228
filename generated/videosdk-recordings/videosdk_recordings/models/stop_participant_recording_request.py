# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr

T = TypeVar("T", bound="StopParticipantRecordingRequest")


@_attrs_define
class StopParticipantRecordingRequest:
    """Body of stopParticipantRecording.

    Example:
        {'roomId': 'abcd-efgh-ijkl', 'participantId': 'abcd'}

    Attributes:
        room_id (str): Id of the room. Example: abcd-efgh-ijkl.
        participant_id (str): Id of the participant whose recording is stopped. Example: abcd.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    room_id: str
    participant_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        participant_id = self.participant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomId": room_id,
                "participantId": participant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            room_id = d.pop("roomId")

            participant_id = d.pop("participantId")

            if not (room_id.__class__ is str and participant_id.__class__ is str):
                raise ModelParseError(cls, src_dict)
            stop_participant_recording_request = cls(
                room_id,
                participant_id,
            )

            stop_participant_recording_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return stop_participant_recording_request

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


StopParticipantRecordingRequest.__shape__ = (
    ("roomId", True, "str", False),
    ("participantId", True, "str", False),
)
