# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.track_layer_config_media_kind import TrackLayerConfigMediaKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackLayerConfig")


@_attrs_define
class TrackLayerConfig:
    """File naming and media kind of one track-recording layer.

    Example:
        {'file_name_prefix': 'speaker', 'media_kind': 'audio'}

    Attributes:
        file_name_prefix (str | Unset): A file name prefix to apply to files generated from this layer.
        media_kind (TrackLayerConfigMediaKind | Unset): Media kind to record. Track recording currently supports audio
            only. Default: TrackLayerConfigMediaKind.AUDIO.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    file_name_prefix: str | Unset = UNSET
    media_kind: TrackLayerConfigMediaKind | Unset = TrackLayerConfigMediaKind.AUDIO
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name_prefix = self.file_name_prefix

        media_kind: str | Unset = UNSET
        if not isinstance(self.media_kind, Unset):
            media_kind = TrackLayerConfigMediaKind(self.media_kind).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_name_prefix is not UNSET:
            field_dict["file_name_prefix"] = file_name_prefix
        if media_kind is not UNSET:
            field_dict["media_kind"] = media_kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            file_name_prefix = d.pop("file_name_prefix", UNSET)

            _media_kind = d.pop("media_kind", UNSET)
            media_kind: TrackLayerConfigMediaKind | Unset
            if isinstance(_media_kind, Unset):
                media_kind = UNSET
            else:
                media_kind = TrackLayerConfigMediaKind.__by_value__.get(
                    _media_kind_wire := _media_kind
                ) or TrackLayerConfigMediaKind(_media_kind_wire)

            if not (file_name_prefix.__class__ is str or file_name_prefix is UNSET):
                raise ModelParseError(cls, src_dict)
            track_layer_config = cls(
                file_name_prefix,
                media_kind,
            )

            track_layer_config.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return track_layer_config

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


TrackLayerConfig.__shape__ = (
    ("file_name_prefix", False, "str", False),
    ("media_kind", False, TrackLayerConfigMediaKind, False),
)
