# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.track_kind import TrackKind

T = TypeVar("T", bound="StopTrackRecordingRequest")


@_attrs_define
class StopTrackRecordingRequest:
    """Body of stopTrackRecording.

    Example:
        {'roomId': 'abcd-efgh-ijkl', 'participantId': 'abcd', 'kind': 'audio'}

    Attributes:
        room_id (str): Id of the room. Example: abcd-efgh-ijkl.
        participant_id (str): Id of the participant. Example: abcd.
        kind (TrackKind): Which track of the participant. Example: audio.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    room_id: str
    participant_id: str
    kind: TrackKind
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        participant_id = self.participant_id

        kind = TrackKind(self.kind).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomId": room_id,
                "participantId": participant_id,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            room_id = d.pop("roomId")

            participant_id = d.pop("participantId")

            kind = TrackKind.__by_value__.get(_kind_wire := d.pop("kind")) or TrackKind(_kind_wire)

            if not (room_id.__class__ is str and participant_id.__class__ is str):
                raise ModelParseError(cls, src_dict)
            stop_track_recording_request = cls(
                room_id,
                participant_id,
                kind,
            )

            stop_track_recording_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return stop_track_recording_request

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


StopTrackRecordingRequest.__shape__ = (
    ("roomId", True, "str", False),
    ("participantId", True, "str", False),
    ("kind", True, TrackKind, False),
)
