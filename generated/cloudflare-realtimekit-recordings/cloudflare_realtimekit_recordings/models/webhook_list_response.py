# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr

T = TypeVar("T", bound="WebhookListResponse")


@_attrs_define
class WebhookListResponse:
    """`{success, data}` envelope of the App's webhooks.

    Example:
        {'data': [{'id': '0d1f069d-43bb-489a-ad8c-7eb95592ba8e', 'created_at': '2022-05-28T07:01:53.075Z', 'enabled':
            True, 'events': ['meeting.started', 'meeting.ended', 'meeting.participantJoined', 'meeting.participantLeft',
            'meeting.chatSynced', 'recording.statusUpdate', 'livestreaming.statusUpdate', 'meeting.transcript',
            'meeting.summary'], 'name': 'All events webhook', 'updated_at': '2022-05-28T07:01:53.075Z', 'url':
            'https://webhook.site/b23a5bbd-c7b0-4ced-a9e2-78ae7889897e'}], 'success': True}

    Attributes:
        success (bool): Success status of the operation.
        data (list[Webhook]):
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    success: bool
    data: list[Webhook]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            success = d.pop("success")

            data = []
            _data = d.pop("data")
            for data_item_data in _data:
                data_item = Webhook.from_dict(data_item_data)

                data.append(data_item)

            if not (success.__class__ is bool):
                raise ModelParseError(cls, src_dict)
            webhook_list_response = cls(
                success,
                data,
            )

            webhook_list_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return webhook_list_response

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


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.webhook import Webhook  # noqa: E402

WebhookListResponse.__shape__ = (
    ("success", True, "bool", False),
    ("data", True, ("list", Webhook), False),
)
