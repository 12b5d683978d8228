# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookUpdateRequest")


@_attrs_define
class WebhookUpdateRequest:
    """Body of edit_webhook; only the fields sent change.

    Example:
        {'enabled': False}

    Attributes:
        name (str | Unset): Name of the webhook.
        url (str | Unset): URL the events are POSTed to.
        events (list[WebhookEvent] | Unset): Events to deliver.
        enabled (bool | Unset): Whether deliveries are made.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    events: list[WebhookEvent] | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = WebhookEvent(events_item_data).value
                events.append(events_item)

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            name = d.pop("name", UNSET)

            url = d.pop("url", UNSET)

            _events = d.pop("events", UNSET)
            events: list[WebhookEvent] | Unset = UNSET
            if _events is not UNSET:
                events = []
                for events_item_data in _events:
                    events_item = WebhookEvent.__by_value__.get(_events_item_wire := events_item_data) or WebhookEvent(
                        _events_item_wire
                    )

                    events.append(events_item)

            enabled = d.pop("enabled", UNSET)

            if not (
                (name.__class__ is str or name is UNSET)
                and (url.__class__ is str or url is UNSET)
                and (enabled.__class__ is bool or enabled is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            webhook_update_request = cls(
                name,
                url,
                events,
                enabled,
            )

            webhook_update_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return webhook_update_request

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


WebhookUpdateRequest.__shape__ = (
    ("name", False, "str", False),
    ("url", False, "str", False),
    ("events", False, ("list", WebhookEvent), False),
    ("enabled", False, "bool", False),
)
