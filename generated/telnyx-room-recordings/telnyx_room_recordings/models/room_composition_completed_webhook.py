# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoomCompositionCompletedWebhook")


@_attrs_define
class RoomCompositionCompletedWebhook:
    """`video.room.composition.completed`: a room composition (mixed recording) is downloadable.

    Example:
        {'data': {'record_type': 'event', 'event_type': 'video.room.composition.completed', 'id':
            'd51754fc-6888-4b0e-8f29-fc3ae41250cd', 'occurred_at': '2022-03-02 04:47:29.980874Z', 'payload':
            {'composition_id': '5970ce77-4aeb-4e18-ac8c-3effca0c145a', 'download_url': 'https://www.example.com',
            'duration_secs': 53, 'format': 'mp4', 'resolution': '1280x720', 'room_id':
            '2fbf2c0d-b6aa-463f-aeed-83ce298be978', 'session_id': '7c4da191-2600-4df6-a35e-0ecae6caa5d3', 'size_mb': 2.6}}}

    Attributes:
        data (RoomCompositionCompletedEvent): The event of `video.room.composition.completed`.
        meta (RoomCompositionCompletedWebhookMeta | Unset): Delivery metadata, as on Telnyx's other webhooks (not
            documented for video events).
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    data: RoomCompositionCompletedEvent
    meta: RoomCompositionCompletedWebhookMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            data = RoomCompositionCompletedEvent.from_dict(d.pop("data"))

            _meta = d.pop("meta", UNSET)
            meta: RoomCompositionCompletedWebhookMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = RoomCompositionCompletedWebhookMeta.from_dict(_meta)

            room_composition_completed_webhook = cls(
                data,
                meta,
            )

            room_composition_completed_webhook.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return room_composition_completed_webhook

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


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.room_composition_completed_event import RoomCompositionCompletedEvent  # noqa: E402
from ..models.room_composition_completed_webhook_meta import RoomCompositionCompletedWebhookMeta  # noqa: E402

RoomCompositionCompletedWebhook.__shape__ = (
    ("data", True, RoomCompositionCompletedEvent, False),
    ("meta", False, RoomCompositionCompletedWebhookMeta, False),
)
