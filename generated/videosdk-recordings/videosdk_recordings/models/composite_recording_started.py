# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        recording_id = d.pop("recordingId", UNSET)

        id = d.pop("id", UNSET)

        room_id = d.pop("roomId", UNSET)

        session_id = d.pop("sessionId", UNSET)

        composite_recording_started = cls(
            recording_id,
            id,
            room_id,
            session_id,
        )

        composite_recording_started.additional_properties = d
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
