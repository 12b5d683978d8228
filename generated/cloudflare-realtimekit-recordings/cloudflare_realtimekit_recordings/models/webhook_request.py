# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookRequest")


@_attrs_define
class WebhookRequest:
    """Body of create_webhook and replace_webhook.

    Example:
        {'name': 'Production webhook', 'url': 'https://example.com/webhook', 'events': ['meeting.started',
            'meeting.ended', 'meeting.participantJoined', 'meeting.participantLeft', 'recording.statusUpdate'], 'enabled':
            True}

    Attributes:
        name (str): Name of the webhook. Example: Production webhook.
        url (str): URL the events are POSTed to. Example: https://example.com/webhook.
        events (list[WebhookEvent]): Events to deliver.
        enabled (bool | Unset): Whether deliveries are made. Default: True.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    name: str
    url: str
    events: list[WebhookEvent]
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        events = []
        for events_item_data in self.events:
            events_item = WebhookEvent(events_item_data).value
            events.append(events_item)

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "url": url,
                "events": events,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            name = d.pop("name")

            url = d.pop("url")

            events = []
            _events = d.pop("events")
            for events_item_data in _events:
                events_item = WebhookEvent.__by_value__.get(_events_item_wire := events_item_data) or WebhookEvent(
                    _events_item_wire
                )

                events.append(events_item)

            enabled = d.pop("enabled", UNSET)

            if not (name.__class__ is str and url.__class__ is str and (enabled.__class__ is bool or enabled is UNSET)):
                raise ModelParseError(cls, src_dict)
            webhook_request = cls(
                name,
                url,
                events,
                enabled,
            )

            webhook_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return webhook_request

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


WebhookRequest.__shape__ = (
    ("name", True, "str", False),
    ("url", True, "str", False),
    ("events", True, ("list", WebhookEvent), False),
    ("enabled", False, "bool", False),
)
