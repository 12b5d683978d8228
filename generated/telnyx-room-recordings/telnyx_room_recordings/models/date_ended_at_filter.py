# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

_fromisoformat = datetime.datetime.fromisoformat
T = TypeVar("T", bound="DateEndedAtFilter")


@_attrs_define
class DateEndedAtFilter:
    """Range on the day the recording ended (ISO 8601 dates, day granularity), sent as `filter[date_ended_at][eq|gte|lte]`.

    Example:
        {'gte': '2021-04-25', 'lte': '2021-04-30'}

    Attributes:
        eq (datetime.date | Unset): ISO 8601 date for filtering room recordings ended on that date. Example: 2021-04-25.
        gte (datetime.date | Unset): ISO 8601 date for filtering room recordings ended on or after that date. Example:
            2021-04-25.
        lte (datetime.date | Unset): ISO 8601 date for filtering room recordings ended on or before that date. Example:
            2021-04-25.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    eq: datetime.date | Unset = UNSET
    gte: datetime.date | Unset = UNSET
    lte: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = self.eq.isoformat()

        gte: str | Unset = UNSET
        if not isinstance(self.gte, Unset):
            gte = self.gte.isoformat()

        lte: str | Unset = UNSET
        if not isinstance(self.lte, Unset):
            lte = self.lte.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if eq is not UNSET:
            field_dict["eq"] = eq
        if gte is not UNSET:
            field_dict["gte"] = gte
        if lte is not UNSET:
            field_dict["lte"] = lte

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            _eq = d.pop("eq", UNSET)
            eq: datetime.date | Unset
            if isinstance(_eq, Unset):
                eq = UNSET
            else:
                eq = datetime.date.fromisoformat(_eq)

            _gte = d.pop("gte", UNSET)
            gte: datetime.date | Unset
            if isinstance(_gte, Unset):
                gte = UNSET
            else:
                gte = datetime.date.fromisoformat(_gte)

            _lte = d.pop("lte", UNSET)
            lte: datetime.date | Unset
            if isinstance(_lte, Unset):
                lte = UNSET
            else:
                lte = datetime.date.fromisoformat(_lte)

            date_ended_at_filter = cls(
                eq,
                gte,
                lte,
            )

            date_ended_at_filter.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return date_ended_at_filter

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


DateEndedAtFilter.__shape__ = (
    ("eq", False, "date", False),
    ("gte", False, "date", False),
    ("lte", False, "date", False),
)
