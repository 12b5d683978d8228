# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoomRecordingFilter")


@_attrs_define
class RoomRecordingFilter:
    """Filters for listing or bulk-deleting room recordings; every key is optional and they combine with AND (sent as
    `filter[<key>]`, date ranges as `filter[<key>][eq|gte|lte]`).

        Example:
            {'room_id': '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0', 'status': 'completed', 'type': 'audio', 'duration_secs': 20,
                'date_ended_at': {'gte': '2021-04-25', 'lte': '2021-04-30'}}

        Attributes:
            date_ended_at (DateEndedAtFilter | Unset): Range on the day the recording ended (ISO 8601 dates, day
                granularity), sent as `filter[date_ended_at][eq|gte|lte]`. Example: {'gte': '2021-04-25', 'lte': '2021-04-30'}.
            date_started_at (DateStartedAtFilter | Unset): Range on the day the recording started (ISO 8601 dates, day
                granularity), sent as `filter[date_started_at][eq|gte|lte]`. Example: {'eq': '2021-04-25'}.
            room_id (str | Unset): room_id for filtering room recordings. Example: 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
            participant_id (str | Unset): participant_id for filtering room recordings. Example:
                0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
            session_id (str | Unset): session_id for filtering room recordings. Example:
                0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
            status (str | Unset): status for filtering room recordings (a RoomRecording status, `completed` or
                `processing`). Example: completed.
            type_ (str | Unset): type for filtering room recordings (a RoomRecording type, `audio` or `video`). Example:
                audio.
            duration_secs (int | Unset): duration_secs greater or equal for filtering room recordings (sent as
                `filter[duration_secs]`). Example: 20.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    date_ended_at: DateEndedAtFilter | Unset = UNSET
    date_started_at: DateStartedAtFilter | Unset = UNSET
    room_id: str | Unset = UNSET
    participant_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    status: str | Unset = UNSET
    type_: str | Unset = UNSET
    duration_secs: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_ended_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_ended_at, Unset):
            date_ended_at = self.date_ended_at.to_dict()

        date_started_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_started_at, Unset):
            date_started_at = self.date_started_at.to_dict()

        room_id = self.room_id

        participant_id = self.participant_id

        session_id = self.session_id

        status = self.status

        type_ = self.type_

        duration_secs = self.duration_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_ended_at is not UNSET:
            field_dict["date_ended_at"] = date_ended_at
        if date_started_at is not UNSET:
            field_dict["date_started_at"] = date_started_at
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if participant_id is not UNSET:
            field_dict["participant_id"] = participant_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if duration_secs is not UNSET:
            field_dict["duration_secs"] = duration_secs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            _date_ended_at = d.pop("date_ended_at", UNSET)
            date_ended_at: DateEndedAtFilter | Unset
            if isinstance(_date_ended_at, Unset):
                date_ended_at = UNSET
            else:
                date_ended_at = DateEndedAtFilter.from_dict(_date_ended_at)

            _date_started_at = d.pop("date_started_at", UNSET)
            date_started_at: DateStartedAtFilter | Unset
            if isinstance(_date_started_at, Unset):
                date_started_at = UNSET
            else:
                date_started_at = DateStartedAtFilter.from_dict(_date_started_at)

            room_id = d.pop("room_id", UNSET)

            participant_id = d.pop("participant_id", UNSET)

            session_id = d.pop("session_id", UNSET)

            status = d.pop("status", UNSET)

            type_ = d.pop("type", UNSET)

            duration_secs = d.pop("duration_secs", UNSET)

            if not (
                (room_id.__class__ is str or room_id is UNSET)
                and (participant_id.__class__ is str or participant_id is UNSET)
                and (session_id.__class__ is str or session_id is UNSET)
                and (status.__class__ is str or status is UNSET)
                and (type_.__class__ is str or type_ is UNSET)
                and (duration_secs.__class__ is int or duration_secs is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            room_recording_filter = cls(
                date_ended_at,
                date_started_at,
                room_id,
                participant_id,
                session_id,
                status,
                type_,
                duration_secs,
            )

            room_recording_filter.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return room_recording_filter

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
from ..models.date_ended_at_filter import DateEndedAtFilter  # noqa: E402
from ..models.date_started_at_filter import DateStartedAtFilter  # noqa: E402

RoomRecordingFilter.__shape__ = (
    ("date_ended_at", False, DateEndedAtFilter, False),
    ("date_started_at", False, DateStartedAtFilter, False),
    ("room_id", False, "str", False),
    ("participant_id", False, "str", False),
    ("session_id", False, "str", False),
    ("status", False, "str", False),
    ("type", False, "str", False),
    ("duration_secs", False, "int", False),
)
