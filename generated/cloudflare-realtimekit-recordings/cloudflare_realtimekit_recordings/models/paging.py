# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Paging")


@_attrs_define
class Paging:
    """Position of the page in the whole result: offsets of its first and last item (1-based in the official example) and
    the total number of matching recordings.

        Example:
            {'start_offset': 1, 'end_offset': 30, 'total_count': 30}

        Attributes:
            start_offset (float): Offset of the first item of the page.
            end_offset (float): Offset of the last item of the page.
            total_count (float): Total number of matching recordings.
    """

    start_offset: float
    end_offset: float
    total_count: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_offset = self.start_offset

        end_offset = self.end_offset

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_offset": start_offset,
                "end_offset": end_offset,
                "total_count": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_offset = d.pop("start_offset")

        end_offset = d.pop("end_offset")

        total_count = d.pop("total_count")

        paging = cls(
            start_offset,
            end_offset,
            total_count,
        )

        paging.additional_properties = d
        return paging

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
