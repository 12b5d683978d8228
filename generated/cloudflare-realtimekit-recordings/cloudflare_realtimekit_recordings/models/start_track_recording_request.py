# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartTrackRecordingRequest")


@_attrs_define
class StartTrackRecordingRequest:
    """Which meeting to track-record and, optionally, whose audio and with what file name prefix.

    Example:
        {'meeting_id': '97440c6a-140b-40a9-9499-b23fd7a3868a', 'layers': {'default': {'file_name_prefix': 'speaker',
            'media_kind': 'audio'}}}

    Attributes:
        meeting_id (str): ID of the meeting to record.
        layers (TrackRecordingLayers | Unset): Optional audio layer configuration, keyed by layer name (the official
            examples use `default`). If omitted, RealtimeKit records all participant audio using the default file name
            prefix. Example: {'default': {'file_name_prefix': 'speaker', 'media_kind': 'audio'}}.
        user_ids (list[str] | Unset): Optional list of participant user IDs to record. Selective track recording
            (`user_ids`) is in early beta; contact support to use this feature.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    meeting_id: str
    layers: TrackRecordingLayers | Unset = UNSET
    user_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meeting_id = self.meeting_id

        layers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.layers, Unset):
            layers = self.layers.to_dict()

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meeting_id": meeting_id,
            }
        )
        if layers is not UNSET:
            field_dict["layers"] = layers
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            meeting_id = d.pop("meeting_id")

            _layers = d.pop("layers", UNSET)
            layers: TrackRecordingLayers | Unset
            if isinstance(_layers, Unset):
                layers = UNSET
            else:
                layers = TrackRecordingLayers.from_dict(_layers)

            user_ids = cast(list[str], d.pop("user_ids", UNSET))

            if not (
                meeting_id.__class__ is str
                and (
                    (user_ids.__class__ is list and all(_item.__class__ is str for _item in user_ids))
                    or isinstance(user_ids, Unset)
                )
            ):
                raise ModelParseError(cls, src_dict)
            start_track_recording_request = cls(
                meeting_id,
                layers,
                user_ids,
            )

            start_track_recording_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return start_track_recording_request

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
from ..models.track_recording_layers import TrackRecordingLayers  # noqa: E402

StartTrackRecordingRequest.__shape__ = (
    ("meeting_id", True, "str", False),
    ("layers", False, TrackRecordingLayers, False),
    ("user_ids", False, ("list", "str"), False),
)
