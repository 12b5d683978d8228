# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.room_recording_completed_event_event_type import RoomRecordingCompletedEventEventType
from ..models.room_recording_completed_event_record_type import RoomRecordingCompletedEventRecordType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoomRecordingCompletedEvent")


@_attrs_define
class RoomRecordingCompletedEvent:
    """The event of `video.room.recording.completed`.

    Attributes:
        event_type (RoomRecordingCompletedEventEventType): The type of event being delivered.
        payload (RoomRecordingCompletedPayload): The finished track recording.
        record_type (RoomRecordingCompletedEventRecordType | Unset): An identifier for the type of the resource.
        id (str | Unset): Uniquely identify the event (stable across retries: deduplicate on it).
        occurred_at (str | Unset): ISO 8601 datetime of when the event occurred.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    event_type: RoomRecordingCompletedEventEventType
    payload: RoomRecordingCompletedPayload
    record_type: RoomRecordingCompletedEventRecordType | Unset = UNSET
    id: str | Unset = UNSET
    occurred_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = RoomRecordingCompletedEventEventType(self.event_type).value

        payload = self.payload.to_dict()

        record_type: str | Unset = UNSET
        if not isinstance(self.record_type, Unset):
            record_type = RoomRecordingCompletedEventRecordType(self.record_type).value

        id = self.id

        occurred_at = self.occurred_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "payload": payload,
            }
        )
        if record_type is not UNSET:
            field_dict["record_type"] = record_type
        if id is not UNSET:
            field_dict["id"] = id
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            event_type = RoomRecordingCompletedEventEventType.__by_value__.get(
                _event_type_wire := d.pop("event_type")
            ) or RoomRecordingCompletedEventEventType(_event_type_wire)

            payload = RoomRecordingCompletedPayload.from_dict(d.pop("payload"))

            _record_type = d.pop("record_type", UNSET)
            record_type: RoomRecordingCompletedEventRecordType | Unset
            if isinstance(_record_type, Unset):
                record_type = UNSET
            else:
                record_type = RoomRecordingCompletedEventRecordType.__by_value__.get(
                    _record_type_wire := _record_type
                ) or RoomRecordingCompletedEventRecordType(_record_type_wire)

            id = d.pop("id", UNSET)

            occurred_at = d.pop("occurred_at", UNSET)

            if not ((id.__class__ is str or id is UNSET) and (occurred_at.__class__ is str or occurred_at is UNSET)):
                raise ModelParseError(cls, src_dict)
            room_recording_completed_event = cls(
                event_type,
                payload,
                record_type,
                id,
                occurred_at,
            )

            room_recording_completed_event.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return room_recording_completed_event

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
from ..models.room_recording_completed_payload import RoomRecordingCompletedPayload  # noqa: E402

RoomRecordingCompletedEvent.__shape__ = (
    ("event_type", True, RoomRecordingCompletedEventEventType, False),
    ("payload", True, RoomRecordingCompletedPayload, False),
    ("record_type", False, RoomRecordingCompletedEventRecordType, False),
    ("id", False, "str", False),
    ("occurred_at", False, "str", False),
)
