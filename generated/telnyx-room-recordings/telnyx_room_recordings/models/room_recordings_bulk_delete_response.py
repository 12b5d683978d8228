# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoomRecordingsBulkDeleteResponse")


@_attrs_define
class RoomRecordingsBulkDeleteResponse:
    """Body of "delete several room recordings" (the official schema's title is "Bulk Room Recordings Delete Response").

    Example:
        {'data': {'room_recordings': 5}}

    Attributes:
        data (RoomRecordingsBulkDeleteResult | Unset): Outcome of a bulk delete. Example: {'room_recordings': 5}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    data: RoomRecordingsBulkDeleteResult | Unset = UNSET
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
            data: RoomRecordingsBulkDeleteResult | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = RoomRecordingsBulkDeleteResult.from_dict(_data)

            room_recordings_bulk_delete_response = cls(
                data,
            )

            room_recordings_bulk_delete_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return room_recordings_bulk_delete_response

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
from ..models.room_recordings_bulk_delete_result import RoomRecordingsBulkDeleteResult  # noqa: E402

RoomRecordingsBulkDeleteResponse.__shape__ = (("data", False, RoomRecordingsBulkDeleteResult, False),)
