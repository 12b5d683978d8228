# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        webhook_delivery_summary = cls(
            total_count,
            success_count,
            data,
        )

        webhook_delivery_summary.additional_properties = d
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


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.webhook_delivery import WebhookDelivery  # noqa: E402
