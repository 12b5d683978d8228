# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompositeRecordingStarted")


@_attrs_define
class CompositeRecordingStarted:
    """Answer of startCompositeRecording, identifying the new composite recording.

    Example:
        {'recordingId': '68af636ba82f1564485f9e3c', 'roomId': 'abcd-efgh-ijkl', 'sessionId': '68af6340a82f1564485f9e31'}

    Attributes:
        recording_id (str | Unset): Id of the new composite recording. Example: 68af636ba82f1564485f9e3c.
        id (str | Unset): Id of the new composite recording (alternative key). Example: 68af636ba82f1564485f9e3c.
        room_id (str | Unset): Room (meeting) id. Example: abcd-efgh-ijkl.
        session_id (str | Unset): Session being recorded. Example: 68af6340a82f1564485f9e31.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    recording_id: str | Unset = UNSET
    id: str | Unset = UNSET
    room_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recording_id = self.recording_id

        id = self.id

        room_id = self.room_id

        session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recording_id is not UNSET:
            field_dict["recordingId"] = recording_id
        if id is not UNSET:
            field_dict["id"] = id
        if room_id is not UNSET:
            field_dict["roomId"] = room_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            recording_id = d.pop("recordingId", UNSET)

            id = d.pop("id", UNSET)

            room_id = d.pop("roomId", UNSET)

            session_id = d.pop("sessionId", UNSET)

            if not (
                (recording_id.__class__ is str or recording_id is UNSET)
                and (id.__class__ is str or id is UNSET)
                and (room_id.__class__ is str or room_id is UNSET)
                and (session_id.__class__ is str or session_id is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            composite_recording_started = cls(
                recording_id,
                id,
                room_id,
                session_id,
            )

            composite_recording_started.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return composite_recording_started

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


CompositeRecordingStarted.__shape__ = (
    ("recordingId", False, "str", False),
    ("id", False, "str", False),
    ("roomId", False, "str", False),
    ("sessionId", False, "str", False),
)
