# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoomRecordingResponse")


@_attrs_define
class RoomRecordingResponse:
    """Body of "view a room recording".

    Example:
        {'data': {'id': '6b61621f-62e0-4aad-ab11-9fd19e272e73', 'room_id': '7b61621f-5fe4-4aad-ab11-9fd19e272e73',
            'session_id': '8b61621f-5fe4-4aad-ab11-9fd19e272e73', 'participant_id': '9b61621f-5fe4-4aad-ab11-9fd19e272e73',
            'status': 'completed', 'download_url': 'https://www.example.com', 'type': 'audio', 'duration_secs': 3660,
            'size_mb': 5.6, 'codec': 'opus', 'created_at': '2021-04-16T09:46:20.954863Z', 'updated_at':
            '2021-04-16T10:24:55.962200Z', 'started_at': '2021-04-16T09:24:55.962200Z', 'ended_at':
            '2021-04-16T10:24:55.962200Z', 'completed_at': '2021-04-16T10:25:55.962200Z', 'record_type': 'room_recording'}}

    Attributes:
        data (RoomRecording | Unset): One recording of one participant's track in a room session. No field is marked
            required or nullable by the official spec. Example: {'id': '6b61621f-62e0-4aad-ab11-9fd19e272e73', 'room_id':
            '7b61621f-5fe4-4aad-ab11-9fd19e272e73', 'session_id': '8b61621f-5fe4-4aad-ab11-9fd19e272e73', 'participant_id':
            '9b61621f-5fe4-4aad-ab11-9fd19e272e73', 'status': 'completed', 'download_url': 'https://www.example.com',
            'type': 'audio', 'duration_secs': 3660, 'size_mb': 5.6, 'codec': 'opus', 'created_at':
            '2021-04-16T09:46:20.954863Z', 'updated_at': '2021-04-16T10:24:55.962200Z', 'started_at':
            '2021-04-16T09:24:55.962200Z', 'ended_at': '2021-04-16T10:24:55.962200Z', 'completed_at':
            '2021-04-16T10:25:55.962200Z', 'record_type': 'room_recording'}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    data: RoomRecording | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            _data = d.pop("data", UNSET)
            data: RoomRecording | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = RoomRecording.from_dict(_data)

            room_recording_response = cls(
                data,
            )

            room_recording_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return room_recording_response

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
        return redacted_repr(self, [a.name for a in self.__attrs_attrs__], (), ())


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.room_recording import RoomRecording  # noqa: E402

RoomRecordingResponse.__shape__ = (("data", False, RoomRecording, False),)
