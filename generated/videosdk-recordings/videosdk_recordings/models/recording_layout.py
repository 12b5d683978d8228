# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.layout_priority import LayoutPriority
from ..models.layout_type import LayoutType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingLayout")


@_attrs_define
class RecordingLayout:
    """How participants are arranged in the recording.

    Example:
        {'type': 'GRID', 'priority': 'SPEAKER', 'gridSize': 4}

    Attributes:
        type_ (LayoutType | Unset): Recording layout. Example: GRID.
        priority (LayoutPriority | Unset): Whom the layout favours — the active speaker or pinned participants. Example:
            SPEAKER.
        grid_size (int | Unset): Maximum number of participants shown in the grid. Default: 25. Example: 4.
    """

    type_: LayoutType | Unset = UNSET
    priority: LayoutPriority | Unset = UNSET
    grid_size: int | Unset = 25
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = LayoutType(self.type_).value

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = LayoutPriority(self.priority).value

        grid_size = self.grid_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if priority is not UNSET:
            field_dict["priority"] = priority
        if grid_size is not UNSET:
            field_dict["gridSize"] = grid_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: LayoutType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = LayoutType.__by_value__.get(_type__wire := _type_) or LayoutType(_type__wire)

        _priority = d.pop("priority", UNSET)
        priority: LayoutPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = LayoutPriority.__by_value__.get(_priority_wire := _priority) or LayoutPriority(_priority_wire)

        grid_size = d.pop("gridSize", UNSET)

        recording_layout = cls(
            type_,
            priority,
            grid_size,
        )

        recording_layout.additional_properties = d
        return recording_layout

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
