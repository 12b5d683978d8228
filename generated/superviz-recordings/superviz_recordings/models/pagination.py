# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """SuperViz's pagination block (the same on every paginated endpoint).

    Example:
        {'page': 1, 'totalPages': 1, 'limit': 10, 'total': 2}

    Attributes:
        page (int): The page returned, starting at 1. Example: 1.
        total_pages (int): Number of pages at the current page size. Example: 1.
        limit (int): Page size used (the `take` query parameter; 10 observed by default). Example: 10.
        total (int): Number of recordings matching the filters, over all pages. Example: 2.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    page: int
    total_pages: int
    limit: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        total_pages = self.total_pages

        limit = self.limit

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "totalPages": total_pages,
                "limit": limit,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            page = d.pop("page")

            total_pages = d.pop("totalPages")

            limit = d.pop("limit")

            total = d.pop("total")

            if not (
                page.__class__ is int
                and total_pages.__class__ is int
                and limit.__class__ is int
                and total.__class__ is int
            ):
                raise ModelParseError(cls, src_dict)
            pagination = cls(
                page,
                total_pages,
                limit,
                total,
            )

            pagination.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return pagination

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
        return redacted_repr(self, [a.name for a in self.__attrs_attrs__], (), ("apiKey",))


Pagination.__shape__ = (
    ("page", True, "int", False),
    ("totalPages", True, "int", False),
    ("limit", True, "int", False),
    ("total", True, "int", False),
)
