# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.recording_stopping_webhook_webhook_type import RecordingStoppingWebhookWebhookType

T = TypeVar("T", bound="RecordingStoppingWebhook")


@_attrs_define
class RecordingStoppingWebhook:
    """`recording-stopping`: the recording is being stopped.

    Example:
        {'webhookType': 'recording-stopping', 'data': {'meetingId': 'jvsg-8rjn-j304', 'sessionId':
            '613731342f27f56e4fc4b6d0'}}

    Attributes:
        webhook_type (RecordingStoppingWebhookWebhookType): The event type.
        data (RecordingWebhookData): The room and session whose recording changed state.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    webhook_type: RecordingStoppingWebhookWebhookType
    data: RecordingWebhookData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_type = RecordingStoppingWebhookWebhookType(self.webhook_type).value

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhookType": webhook_type,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            webhook_type = RecordingStoppingWebhookWebhookType.__by_value__.get(
                _webhook_type_wire := d.pop("webhookType")
            ) or RecordingStoppingWebhookWebhookType(_webhook_type_wire)

            data = RecordingWebhookData.from_dict(d.pop("data"))

            recording_stopping_webhook = cls(
                webhook_type,
                data,
            )

            recording_stopping_webhook.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return recording_stopping_webhook

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
from ..models.recording_webhook_data import RecordingWebhookData  # noqa: E402

RecordingStoppingWebhook.__shape__ = (
    ("webhookType", True, RecordingStoppingWebhookWebhookType, False),
    ("data", True, RecordingWebhookData, False),
)
