# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.room_recording_webhook_type import RoomRecordingWebhookType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoomRecordingCompletedPayload")


@_attrs_define
class RoomRecordingCompletedPayload:
    """The finished track recording.

    Attributes:
        recording_id (str): Recording ID that identifies the recording.
        session_id (str | Unset): Session ID associated with the recording.
        room_id (str | Unset): Room ID associated with the recording.
        participant_id (str | Unset): Participant ID associated with the recording.
        type_ (RoomRecordingWebhookType | Unset): Type of the recording.
        download_url (str | Unset): Url to download the recording.
        duration_secs (int | Unset): Recording duration in seconds.
        size_mb (float | Unset): Recording size in MB.
        codec (str | Unset): Codec used for the recording (e.g. `opus`).
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    recording_id: str
    session_id: str | Unset = UNSET
    room_id: str | Unset = UNSET
    participant_id: str | Unset = UNSET
    type_: RoomRecordingWebhookType | Unset = UNSET
    download_url: str | Unset = UNSET
    duration_secs: int | Unset = UNSET
    size_mb: float | Unset = UNSET
    codec: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recording_id = self.recording_id

        session_id = self.session_id

        room_id = self.room_id

        participant_id = self.participant_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = RoomRecordingWebhookType(self.type_).value

        download_url = self.download_url

        duration_secs = self.duration_secs

        size_mb = self.size_mb

        codec = self.codec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recording_id": recording_id,
            }
        )
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if participant_id is not UNSET:
            field_dict["participant_id"] = participant_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if duration_secs is not UNSET:
            field_dict["duration_secs"] = duration_secs
        if size_mb is not UNSET:
            field_dict["size_mb"] = size_mb
        if codec is not UNSET:
            field_dict["codec"] = codec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            recording_id = d.pop("recording_id")

            session_id = d.pop("session_id", UNSET)

            room_id = d.pop("room_id", UNSET)

            participant_id = d.pop("participant_id", UNSET)

            _type_ = d.pop("type", UNSET)
            type_: RoomRecordingWebhookType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = RoomRecordingWebhookType.__by_value__.get(_type__wire := _type_) or RoomRecordingWebhookType(
                    _type__wire
                )

            download_url = d.pop("download_url", UNSET)

            duration_secs = d.pop("duration_secs", UNSET)

            size_mb = d.pop("size_mb", UNSET)

            codec = d.pop("codec", UNSET)

            if not (
                recording_id.__class__ is str
                and (session_id.__class__ is str or session_id is UNSET)
                and (room_id.__class__ is str or room_id is UNSET)
                and (participant_id.__class__ is str or participant_id is UNSET)
                and (download_url.__class__ is str or download_url is UNSET)
                and (duration_secs.__class__ is int or duration_secs is UNSET)
                and ((size_mb.__class__ is float or size_mb.__class__ is int) or size_mb is UNSET)
                and (codec.__class__ is str or codec is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            room_recording_completed_payload = cls(
                recording_id,
                session_id,
                room_id,
                participant_id,
                type_,
                download_url,
                duration_secs,
                size_mb,
                codec,
            )

            room_recording_completed_payload.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return room_recording_completed_payload

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


RoomRecordingCompletedPayload.__shape__ = (
    ("recording_id", True, "str", False),
    ("session_id", False, "str", False),
    ("room_id", False, "str", False),
    ("participant_id", False, "str", False),
    ("type", False, RoomRecordingWebhookType, False),
    ("download_url", False, "str", False),
    ("duration_secs", False, "int", False),
    ("size_mb", False, "float", False),
    ("codec", False, "str", False),
)
