# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoomRecordingsBulkDeleteResult")


@_attrs_define
class RoomRecordingsBulkDeleteResult:
    """Outcome of a bulk delete.

    Example:
        {'room_recordings': 5}

    Attributes:
        room_recordings (int | Unset): Amount of room recordings affected. Example: 5.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    room_recordings: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_recordings = self.room_recordings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if room_recordings is not UNSET:
            field_dict["room_recordings"] = room_recordings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            room_recordings = d.pop("room_recordings", UNSET)

            if not (room_recordings.__class__ is int or room_recordings is UNSET):
                raise ModelParseError(cls, src_dict)
            room_recordings_bulk_delete_result = cls(
                room_recordings,
            )

            room_recordings_bulk_delete_result.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return room_recordings_bulk_delete_result

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


RoomRecordingsBulkDeleteResult.__shape__ = (("room_recordings", False, "int", False),)
