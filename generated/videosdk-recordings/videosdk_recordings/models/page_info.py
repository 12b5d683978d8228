# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PageInfo")


@_attrs_define
class PageInfo:
    """Position of a page in a list; there is a next page while `currentPage < lastPage`.

    Example:
        {'currentPage': 1, 'perPage': 20, 'lastPage': 1, 'total': 1}

    Attributes:
        current_page (int | Unset): This page's number (from 1). Example: 1.
        per_page (int | Unset): Page size used. Example: 20.
        last_page (int | Unset): Number of the last page. Example: 1.
        total (int | Unset): Number of items across all pages. Example: 1.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    current_page: int | Unset = UNSET
    per_page: int | Unset = UNSET
    last_page: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        per_page = self.per_page

        last_page = self.last_page

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_page is not UNSET:
            field_dict["currentPage"] = current_page
        if per_page is not UNSET:
            field_dict["perPage"] = per_page
        if last_page is not UNSET:
            field_dict["lastPage"] = last_page
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            current_page = d.pop("currentPage", UNSET)

            per_page = d.pop("perPage", UNSET)

            last_page = d.pop("lastPage", UNSET)

            total = d.pop("total", UNSET)

            if not (
                (current_page.__class__ is int or current_page is UNSET)
                and (per_page.__class__ is int or per_page is UNSET)
                and (last_page.__class__ is int or last_page is UNSET)
                and (total.__class__ is int or total is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            page_info = cls(
                current_page,
                per_page,
                last_page,
                total,
            )

            page_info.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return page_info

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


PageInfo.__shape__ = (
    ("currentPage", False, "int", False),
    ("perPage", False, "int", False),
    ("lastPage", False, "int", False),
    ("total", False, "int", False),
)
