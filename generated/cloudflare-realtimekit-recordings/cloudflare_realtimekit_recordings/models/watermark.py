# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.watermark_position import WatermarkPosition
from ..types import UNSET, Unset

T = TypeVar("T", bound="Watermark")


@_attrs_define
class Watermark:
    """Watermark to be added to the recording.

    Example:
        {'position': 'left top', 'size': {'height': 48, 'width': 160}, 'url': 'https://assets.example.com/logo.png'}

    Attributes:
        position (WatermarkPosition | Unset): Position of the watermark. Default: WatermarkPosition.LEFT_TOP.
        size (WatermarkSize | Unset): Size of the watermark. Example: {'height': 48, 'width': 160}.
        url (str | Unset): URL of the watermark image.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    position: WatermarkPosition | Unset = WatermarkPosition.LEFT_TOP
    size: WatermarkSize | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = WatermarkPosition(self.position).value

        size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if position is not UNSET:
            field_dict["position"] = position
        if size is not UNSET:
            field_dict["size"] = size
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            _position = d.pop("position", UNSET)
            position: WatermarkPosition | Unset
            if isinstance(_position, Unset):
                position = UNSET
            else:
                position = WatermarkPosition.__by_value__.get(_position_wire := _position) or WatermarkPosition(
                    _position_wire
                )

            _size = d.pop("size", UNSET)
            size: WatermarkSize | Unset
            if isinstance(_size, Unset):
                size = UNSET
            else:
                size = WatermarkSize.from_dict(_size)

            url = d.pop("url", UNSET)

            if not (url.__class__ is str or url is UNSET):
                raise ModelParseError(cls, src_dict)
            watermark = cls(
                position,
                size,
                url,
            )

            watermark.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return watermark

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
                "access_key",
                "password",
                "private_key",
                "secret",
            ),
        )


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.watermark_size import WatermarkSize  # noqa: E402

Watermark.__shape__ = (
    ("position", False, WatermarkPosition, False),
    ("size", False, WatermarkSize, False),
    ("url", False, "str", False),
)
