# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookDeliverySummary")


@_attrs_define
class WebhookDeliverySummary:
    """How the recording's webhooks were delivered.

    Example:
        {'totalCount': 2, 'successCount': 2, 'data': [{'type': 'recording-started', 'success': True}, {'type':
            'recording-stopped', 'success': True}]}

    Attributes:
        total_count (int | Unset): Webhooks sent. Example: 2.
        success_count (int | Unset): Webhooks delivered successfully. Example: 2.
        data (list[WebhookDelivery] | Unset): One entry per webhook.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    total_count: int | Unset = UNSET
    success_count: int | Unset = UNSET
    data: list[WebhookDelivery] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        success_count = self.success_count

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if success_count is not UNSET:
            field_dict["successCount"] = success_count
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            total_count = d.pop("totalCount", UNSET)

            success_count = d.pop("successCount", UNSET)

            _data = d.pop("data", UNSET)
            data: list[WebhookDelivery] | Unset = UNSET
            if _data is not UNSET:
                data = []
                for data_item_data in _data:
                    data_item = WebhookDelivery.from_dict(data_item_data)

                    data.append(data_item)

            if not (
                (total_count.__class__ is int or total_count is UNSET)
                and (success_count.__class__ is int or success_count is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            webhook_delivery_summary = cls(
                total_count,
                success_count,
                data,
            )

            webhook_delivery_summary.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return webhook_delivery_summary

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


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.webhook_delivery import WebhookDelivery  # noqa: E402

WebhookDeliverySummary.__shape__ = (
    ("totalCount", False, "int", False),
    ("successCount", False, "int", False),
    ("data", False, ("list", WebhookDelivery), False),
)
