# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoomCompositionCompletedPayload")


@_attrs_define
class RoomCompositionCompletedPayload:
    """The finished composition.

    Attributes:
        composition_id (str): Composition ID.
        download_url (str | Unset): Url to download the composition.
        duration_secs (int | Unset): Duration in seconds.
        format_ (str | Unset): File format (e.g. `mp4`).
        resolution (str | Unset): Resolution (e.g. `1280x720`).
        room_id (str | Unset): Room ID.
        session_id (str | Unset): Session ID.
        size_mb (float | Unset): Size in MB.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    composition_id: str
    download_url: str | Unset = UNSET
    duration_secs: int | Unset = UNSET
    format_: str | Unset = UNSET
    resolution: str | Unset = UNSET
    room_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    size_mb: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        composition_id = self.composition_id

        download_url = self.download_url

        duration_secs = self.duration_secs

        format_ = self.format_

        resolution = self.resolution

        room_id = self.room_id

        session_id = self.session_id

        size_mb = self.size_mb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "composition_id": composition_id,
            }
        )
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if duration_secs is not UNSET:
            field_dict["duration_secs"] = duration_secs
        if format_ is not UNSET:
            field_dict["format"] = format_
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if size_mb is not UNSET:
            field_dict["size_mb"] = size_mb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            composition_id = d.pop("composition_id")

            download_url = d.pop("download_url", UNSET)

            duration_secs = d.pop("duration_secs", UNSET)

            format_ = d.pop("format", UNSET)

            resolution = d.pop("resolution", UNSET)

            room_id = d.pop("room_id", UNSET)

            session_id = d.pop("session_id", UNSET)

            size_mb = d.pop("size_mb", UNSET)

            if not (
                composition_id.__class__ is str
                and (download_url.__class__ is str or download_url is UNSET)
                and (duration_secs.__class__ is int or duration_secs is UNSET)
                and (format_.__class__ is str or format_ is UNSET)
                and (resolution.__class__ is str or resolution is UNSET)
                and (room_id.__class__ is str or room_id is UNSET)
                and (session_id.__class__ is str or session_id is UNSET)
                and ((size_mb.__class__ is float or size_mb.__class__ is int) or size_mb is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            room_composition_completed_payload = cls(
                composition_id,
                download_url,
                duration_secs,
                format_,
                resolution,
                room_id,
                session_id,
                size_mb,
            )

            room_composition_completed_payload.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return room_composition_completed_payload

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


RoomCompositionCompletedPayload.__shape__ = (
    ("composition_id", True, "str", False),
    ("download_url", False, "str", False),
    ("duration_secs", False, "int", False),
    ("format", False, "str", False),
    ("resolution", False, "str", False),
    ("room_id", False, "str", False),
    ("session_id", False, "str", False),
    ("size_mb", False, "float", False),
)
