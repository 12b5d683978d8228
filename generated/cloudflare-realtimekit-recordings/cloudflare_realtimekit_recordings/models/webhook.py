# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.webhook_event import WebhookEvent

_fromisoformat = datetime.datetime.fromisoformat
T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A registered webhook.

    Example:
        {'id': '0d1f069d-43bb-489a-ad8c-7eb95592ba8e', 'created_at': '2022-05-28T07:01:53.075Z', 'enabled': True,
            'events': ['meeting.started', 'meeting.ended', 'recording.statusUpdate'], 'name': 'All events webhook',
            'updated_at': '2022-05-28T07:01:53.075Z', 'url': 'https://webhook.site/b23a5bbd-c7b0-4ced-a9e2-78ae7889897e'}

    Attributes:
        id (str): ID of the webhook (sent as the `rtk-webhook-id` header of each delivery).
        name (str): Name of the webhook.
        url (str): URL the events are POSTed to.
        events (list[WebhookEvent]): Events delivered.
        enabled (bool): Whether deliveries are made.
        created_at (datetime.datetime): When the webhook was created.
        updated_at (datetime.datetime): When the webhook was last changed.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    id: str
    name: str
    url: str
    events: list[WebhookEvent]
    enabled: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        url = self.url

        events = []
        for events_item_data in self.events:
            events_item = WebhookEvent(events_item_data).value
            events.append(events_item)

        enabled = self.enabled

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "url": url,
                "events": events,
                "enabled": enabled,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            id = d.pop("id")

            name = d.pop("name")

            url = d.pop("url")

            events = []
            _events = d.pop("events")
            for events_item_data in _events:
                events_item = WebhookEvent.__by_value__.get(_events_item_wire := events_item_data) or WebhookEvent(
                    _events_item_wire
                )

                events.append(events_item)

            enabled = d.pop("enabled")

            created_at = _fromisoformat(d.pop("created_at"))

            updated_at = _fromisoformat(d.pop("updated_at"))

            if not (
                id.__class__ is str and name.__class__ is str and url.__class__ is str and enabled.__class__ is bool
            ):
                raise ModelParseError(cls, src_dict)
            webhook = cls(
                id,
                name,
                url,
                events,
                enabled,
                created_at,
                updated_at,
            )

            webhook.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return webhook

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


Webhook.__shape__ = (
    ("id", True, "str", False),
    ("name", True, "str", False),
    ("url", True, "str", False),
    ("events", True, ("list", WebhookEvent), False),
    ("enabled", True, "bool", False),
    ("created_at", True, "date-time", False),
    ("updated_at", True, "date-time", False),
)
