# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginationMeta")


@_attrs_define
class PaginationMeta:
    """Page counters of a list answer.

    Example:
        {'page_number': 2, 'page_size': 25, 'total_pages': 3, 'total_results': 55}

    Attributes:
        page_number (int | Unset): Number of this page (from 1). Example: 2.
        page_size (int | Unset): Page size used for this answer. Example: 25.
        total_pages (int | Unset): Number of pages for the current filter and page size. Example: 3.
        total_results (int | Unset): Number of recordings matching the filter. Example: 55.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    total_results: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        page_size = self.page_size

        total_pages = self.total_pages

        total_results = self.total_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_number is not UNSET:
            field_dict["page_number"] = page_number
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if total_results is not UNSET:
            field_dict["total_results"] = total_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            page_number = d.pop("page_number", UNSET)

            page_size = d.pop("page_size", UNSET)

            total_pages = d.pop("total_pages", UNSET)

            total_results = d.pop("total_results", UNSET)

            if not (
                (page_number.__class__ is int or page_number is UNSET)
                and (page_size.__class__ is int or page_size is UNSET)
                and (total_pages.__class__ is int or total_pages is UNSET)
                and (total_results.__class__ is int or total_results is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            pagination_meta = cls(
                page_number,
                page_size,
                total_pages,
                total_results,
            )

            pagination_meta.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return pagination_meta

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


PaginationMeta.__shape__ = (
    ("page_number", False, "int", False),
    ("page_size", False, "int", False),
    ("total_pages", False, "int", False),
    ("total_results", False, "int", False),
)
