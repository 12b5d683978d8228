# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr

T = TypeVar("T", bound="TrackRecordingLayers")


@_attrs_define
class TrackRecordingLayers:
    """Optional audio layer configuration, keyed by layer name (the official examples use `default`). If omitted,
    RealtimeKit records all participant audio using the default file name prefix.

        Example:
            {'default': {'file_name_prefix': 'speaker', 'media_kind': 'audio'}}

    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    additional_properties: dict[str, TrackLayerConfig] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            track_recording_layers = cls()

            additional_properties = {}
            for prop_name, prop_dict in d.items():
                additional_property = TrackLayerConfig.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property

            track_recording_layers.additional_properties = additional_properties
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return track_recording_layers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> TrackLayerConfig:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: TrackLayerConfig) -> None:
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
from ..models.track_layer_config import TrackLayerConfig  # noqa: E402

TrackRecordingLayers.__shape__ = ((None, False, TrackLayerConfig, False),)
