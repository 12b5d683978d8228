# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
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

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
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
        try:
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
                priority = LayoutPriority.__by_value__.get(_priority_wire := _priority) or LayoutPriority(
                    _priority_wire
                )

            grid_size = d.pop("gridSize", UNSET)

            if not (grid_size.__class__ is int or grid_size is UNSET):
                raise ModelParseError(cls, src_dict)
            recording_layout = cls(
                type_,
                priority,
                grid_size,
            )

            recording_layout.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
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


RecordingLayout.__shape__ = (
    ("type", False, LayoutType, False),
    ("priority", False, LayoutPriority, False),
    ("gridSize", False, "int", False),
)
