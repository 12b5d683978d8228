# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.room_recording_status import RoomRecordingStatus
from ..models.room_recording_type import RoomRecordingType
from ..types import UNSET, Unset

_fromisoformat = datetime.datetime.fromisoformat
T = TypeVar("T", bound="RoomRecording")


@_attrs_define
class RoomRecording:
    """One recording of one participant's track in a room session. No field is marked required or nullable by the official
    spec.

        Example:
            {'id': '6b61621f-62e0-4aad-ab11-9fd19e272e73', 'room_id': '7b61621f-5fe4-4aad-ab11-9fd19e272e73', 'session_id':
                '8b61621f-5fe4-4aad-ab11-9fd19e272e73', 'participant_id': '9b61621f-5fe4-4aad-ab11-9fd19e272e73', 'status':
                'completed', 'download_url': 'https://www.example.com', 'type': 'audio', 'duration_secs': 3660, 'size_mb': 5.6,
                'codec': 'opus', 'created_at': '2021-04-16T09:46:20.954863Z', 'updated_at': '2021-04-16T10:24:55.962200Z',
                'started_at': '2021-04-16T09:24:55.962200Z', 'ended_at': '2021-04-16T10:24:55.962200Z', 'completed_at':
                '2021-04-16T10:25:55.962200Z', 'record_type': 'room_recording'}

        Attributes:
            id (str | Unset): A unique identifier for the room recording. Example: 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
            room_id (str | Unset): Identify the room associated with the room recording. Example:
                0ccc7b54-4df3-4bca-a65a-3da1ecc777b0.
            session_id (str | Unset): Identify the room session associated with the room recording. Example:
                0ccc7b54-4df3-4bca-a65a-3da1ecc777b0.
            participant_id (str | Unset): Identify the room participant associated with the room recording. Example:
                0ccc7b54-4df3-4bca-a65a-3da1ecc777b0.
            status (RoomRecordingStatus | Unset): Shows the room recording status. Example: completed.
            type_ (RoomRecordingType | Unset): Shows the room recording type. Example: audio.
            size_mb (float | Unset): Shows the room recording size in MB (megabytes, not bytes). Example: 10.5.
            download_url (str | Unset): Url to download the recording. Example: https://www.example.com.
            codec (str | Unset): Shows the codec used for the room recording. Example: opus.
            duration_secs (int | Unset): Shows the room recording duration in seconds. Example: 67.
            created_at (datetime.datetime | Unset): ISO 8601 timestamp when the room recording was created. Example:
                2021-03-26T17:51:59.588408Z.
            updated_at (datetime.datetime | Unset): ISO 8601 timestamp when the room recording was updated. Example:
                2021-03-26T17:51:59.588408Z.
            started_at (datetime.datetime | Unset): ISO 8601 timestamp when the room recording has started. Example:
                2021-03-26T17:51:59.588408Z.
            ended_at (datetime.datetime | Unset): ISO 8601 timestamp when the room recording has ended. Example:
                2021-03-26T17:51:59.588408Z.
            completed_at (datetime.datetime | Unset): ISO 8601 timestamp when the room recording has completed. Example:
                2021-03-26T17:51:59.588408Z.
            record_type (str | Unset): Identifies the type of the resource. Example: room_recording.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    id: str | Unset = UNSET
    room_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    participant_id: str | Unset = UNSET
    status: RoomRecordingStatus | Unset = UNSET
    type_: RoomRecordingType | Unset = UNSET
    size_mb: float | Unset = UNSET
    download_url: str | Unset = UNSET
    codec: str | Unset = UNSET
    duration_secs: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    ended_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    record_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        room_id = self.room_id

        session_id = self.session_id

        participant_id = self.participant_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = RoomRecordingStatus(self.status).value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = RoomRecordingType(self.type_).value

        size_mb = self.size_mb

        download_url = self.download_url

        codec = self.codec

        duration_secs = self.duration_secs

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        ended_at: str | Unset = UNSET
        if not isinstance(self.ended_at, Unset):
            ended_at = self.ended_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        record_type = self.record_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if participant_id is not UNSET:
            field_dict["participant_id"] = participant_id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if size_mb is not UNSET:
            field_dict["size_mb"] = size_mb
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if codec is not UNSET:
            field_dict["codec"] = codec
        if duration_secs is not UNSET:
            field_dict["duration_secs"] = duration_secs
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if record_type is not UNSET:
            field_dict["record_type"] = record_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            id = d.pop("id", UNSET)

            room_id = d.pop("room_id", UNSET)

            session_id = d.pop("session_id", UNSET)

            participant_id = d.pop("participant_id", UNSET)

            _status = d.pop("status", UNSET)
            status: RoomRecordingStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = RoomRecordingStatus.__by_value__.get(_status_wire := _status) or RoomRecordingStatus(
                    _status_wire
                )

            _type_ = d.pop("type", UNSET)
            type_: RoomRecordingType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = RoomRecordingType.__by_value__.get(_type__wire := _type_) or RoomRecordingType(_type__wire)

            size_mb = d.pop("size_mb", UNSET)

            download_url = d.pop("download_url", UNSET)

            codec = d.pop("codec", UNSET)

            duration_secs = d.pop("duration_secs", UNSET)

            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = _fromisoformat(_created_at)

            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = _fromisoformat(_updated_at)

            _started_at = d.pop("started_at", UNSET)
            started_at: datetime.datetime | Unset
            if isinstance(_started_at, Unset):
                started_at = UNSET
            else:
                started_at = _fromisoformat(_started_at)

            _ended_at = d.pop("ended_at", UNSET)
            ended_at: datetime.datetime | Unset
            if isinstance(_ended_at, Unset):
                ended_at = UNSET
            else:
                ended_at = _fromisoformat(_ended_at)

            _completed_at = d.pop("completed_at", UNSET)
            completed_at: datetime.datetime | Unset
            if isinstance(_completed_at, Unset):
                completed_at = UNSET
            else:
                completed_at = _fromisoformat(_completed_at)

            record_type = d.pop("record_type", UNSET)

            if not (
                (id.__class__ is str or id is UNSET)
                and (room_id.__class__ is str or room_id is UNSET)
                and (session_id.__class__ is str or session_id is UNSET)
                and (participant_id.__class__ is str or participant_id is UNSET)
                and ((size_mb.__class__ is float or size_mb.__class__ is int) or size_mb is UNSET)
                and (download_url.__class__ is str or download_url is UNSET)
                and (codec.__class__ is str or codec is UNSET)
                and (duration_secs.__class__ is int or duration_secs is UNSET)
                and (record_type.__class__ is str or record_type is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            room_recording = cls(
                id,
                room_id,
                session_id,
                participant_id,
                status,
                type_,
                size_mb,
                download_url,
                codec,
                duration_secs,
                created_at,
                updated_at,
                started_at,
                ended_at,
                completed_at,
                record_type,
            )

            room_recording.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return room_recording

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


RoomRecording.__shape__ = (
    ("id", False, "str", False),
    ("room_id", False, "str", False),
    ("session_id", False, "str", False),
    ("participant_id", False, "str", False),
    ("status", False, RoomRecordingStatus, False),
    ("type", False, RoomRecordingType, False),
    ("size_mb", False, "float", False),
    ("download_url", False, "str", False),
    ("codec", False, "str", False),
    ("duration_secs", False, "int", False),
    ("created_at", False, "date-time", False),
    ("updated_at", False, "date-time", False),
    ("started_at", False, "date-time", False),
    ("ended_at", False, "date-time", False),
    ("completed_at", False, "date-time", False),
    ("record_type", False, "str", False),
)
