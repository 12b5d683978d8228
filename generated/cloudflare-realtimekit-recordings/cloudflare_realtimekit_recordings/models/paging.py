# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr

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

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
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
        try:
            d = dict(src_dict)
            start_offset = d.pop("start_offset")

            end_offset = d.pop("end_offset")

            total_count = d.pop("total_count")

            if not (
                (start_offset.__class__ is float or start_offset.__class__ is int)
                and (end_offset.__class__ is float or end_offset.__class__ is int)
                and (total_count.__class__ is float or total_count.__class__ is int)
            ):
                raise ModelParseError(cls, src_dict)
            paging = cls(
                start_offset,
                end_offset,
                total_count,
            )

            paging.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
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


Paging.__shape__ = (
    ("start_offset", True, "float", False),
    ("end_offset", True, "float", False),
    ("total_count", True, "float", False),
)
