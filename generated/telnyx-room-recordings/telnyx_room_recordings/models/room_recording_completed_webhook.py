# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoomRecordingCompletedWebhook")


@_attrs_define
class RoomRecordingCompletedWebhook:
    """`video.room.recording.completed`: a track recording is finished and downloadable (`download_url`).

    Example:
        {'data': {'record_type': 'event', 'event_type': 'video.room.recording.completed', 'id': '6b61621f-62e0-4aad-
            ab11-9fd19e272e73', 'occurred_at': '2018-02-02T22:25:27.521992Z', 'payload': {'session_id': '7b61621f-62e0-4aad-
            ab11-9fd19e272e73', 'room_id': '0ccc7b54-4df3-4bca-a65a-35a1ecc777f0', 'participant_id':
            '5ccc7b54-4df3-4bca-a65a-35a1ecc777f0', 'recording_id': '1ccc7b54-4df3-4bca-a65a-35a1ecc777f0', 'type': 'audio',
            'download_url': 'https://www.example.com', 'duration_secs': 3660, 'size_mb': 5.6, 'codec': 'opus'}}}

    Attributes:
        data (RoomRecordingCompletedEvent): The event of `video.room.recording.completed`.
        meta (RoomRecordingCompletedWebhookMeta | Unset): Delivery metadata, as on Telnyx's other webhooks (not
            documented for video events).
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    data: RoomRecordingCompletedEvent
    meta: RoomRecordingCompletedWebhookMeta | Unset = UNSET
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
            data = RoomRecordingCompletedEvent.from_dict(d.pop("data"))

            _meta = d.pop("meta", UNSET)
            meta: RoomRecordingCompletedWebhookMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = RoomRecordingCompletedWebhookMeta.from_dict(_meta)

            room_recording_completed_webhook = cls(
                data,
                meta,
            )

            room_recording_completed_webhook.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return room_recording_completed_webhook

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
from ..models.room_recording_completed_event import RoomRecordingCompletedEvent  # noqa: E402
from ..models.room_recording_completed_webhook_meta import RoomRecordingCompletedWebhookMeta  # noqa: E402

RoomRecordingCompletedWebhook.__shape__ = (
    ("data", True, RoomRecordingCompletedEvent, False),
    ("meta", False, RoomRecordingCompletedWebhookMeta, False),
)
