# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.recording_webhook_type import RecordingWebhookType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingWebhook")


@_attrs_define
class RecordingWebhook:
    """`RECORDING`: a recording's status changed (`message.status`, e.g. `done`). Unsigned.

    Example:
        {'id': 'b0a811d7-9640-42ef-8ad3-e84187547076', 'type': 'RECORDING', 'apiKey':
            'ab12cd34ef56gh78ij90kl12mn34op56', 'environment': 'production', 'timestamp': '2024-03-15T14:30:22.789Z',
            'message': {'id': 'b0a811d7-9640-42ef-8ad3-e84187547076', 'status': 'done'}}

    Attributes:
        type_ (RecordingWebhookType): The event type.
        message (RecordingWebhookMessage): Which recording changed and its new status.
        id (str | Unset): Id of the event.
        api_key (str | Unset): The developer key of the account.
        environment (str | Unset): `production` or `development`.
        timestamp (str | Unset): When the event was sent (ISO 8601).
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    type_: RecordingWebhookType
    message: RecordingWebhookMessage
    id: str | Unset = UNSET
    api_key: str | Unset = UNSET
    environment: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = RecordingWebhookType(self.type_).value

        message = self.message.to_dict()

        id = self.id

        api_key = self.api_key

        environment = self.environment

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "message": message,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if environment is not UNSET:
            field_dict["environment"] = environment
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            type_ = RecordingWebhookType.__by_value__.get(_type__wire := d.pop("type")) or RecordingWebhookType(
                _type__wire
            )

            message = RecordingWebhookMessage.from_dict(d.pop("message"))

            id = d.pop("id", UNSET)

            api_key = d.pop("apiKey", UNSET)

            environment = d.pop("environment", UNSET)

            timestamp = d.pop("timestamp", UNSET)

            if not (
                (id.__class__ is str or id is UNSET)
                and (api_key.__class__ is str or api_key is UNSET)
                and (environment.__class__ is str or environment is UNSET)
                and (timestamp.__class__ is str or timestamp is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            recording_webhook = cls(
                type_,
                message,
                id,
                api_key,
                environment,
                timestamp,
            )

            recording_webhook.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return recording_webhook

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
        """Like the attrs repr, but credentials never print: api_key (x-secret) and presigned-URL signatures."""
        return redacted_repr(self, [a.name for a in self.__attrs_attrs__], ("api_key",), ("apiKey",))


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.recording_webhook_message import RecordingWebhookMessage  # noqa: E402

RecordingWebhook.__shape__ = (
    ("type", True, RecordingWebhookType, False),
    ("message", True, RecordingWebhookMessage, False),
    ("id", False, "str", False),
    ("apiKey", False, "str", True),
    ("environment", False, "str", False),
    ("timestamp", False, "str", False),
)
