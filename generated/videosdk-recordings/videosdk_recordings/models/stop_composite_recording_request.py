# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr

T = TypeVar("T", bound="StopCompositeRecordingRequest")


@_attrs_define
class StopCompositeRecordingRequest:
    """Body of stopCompositeRecording.

    Example:
        {'roomId': 'abcd-efgh-ijkl', 'recordingId': '68af636ba82f1564485f9e3c'}

    Attributes:
        room_id (str): Id of the room. Example: abcd-efgh-ijkl.
        recording_id (str): Id of the composite recording to stop. Example: 68af636ba82f1564485f9e3c.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    room_id: str
    recording_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        recording_id = self.recording_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomId": room_id,
                "recordingId": recording_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            room_id = d.pop("roomId")

            recording_id = d.pop("recordingId")

            if not (room_id.__class__ is str and recording_id.__class__ is str):
                raise ModelParseError(cls, src_dict)
            stop_composite_recording_request = cls(
                room_id,
                recording_id,
            )

            stop_composite_recording_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return stop_composite_recording_request

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


StopCompositeRecordingRequest.__shape__ = (
    ("roomId", True, "str", False),
    ("recordingId", True, "str", False),
)
