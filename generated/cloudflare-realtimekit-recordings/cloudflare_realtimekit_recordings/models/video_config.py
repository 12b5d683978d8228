# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.video_config_codec import VideoConfigCodec
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoConfig")


@_attrs_define
class VideoConfig:
    """Configuration of the recorded video.

    Example:
        {'codec': 'H264', 'export_file': True, 'height': 720, 'width': 1280, 'watermark': {'position': 'right bottom',
            'size': {'height': 48, 'width': 160}, 'url': 'https://assets.example.com/logo.png'}}

    Attributes:
        codec (VideoConfigCodec | Unset): Codec used to encode the recording. Default: VideoConfigCodec.H264.
        export_file (bool | Unset): Controls whether to export the video file separately. Default: True.
        height (int | Unset): Height of the recording video in pixels. Default: 720.
        width (int | Unset): Width of the recording video in pixels. Default: 1280.
        watermark (Watermark | Unset): Watermark to be added to the recording. Example: {'position': 'left top', 'size':
            {'height': 48, 'width': 160}, 'url': 'https://assets.example.com/logo.png'}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    codec: VideoConfigCodec | Unset = VideoConfigCodec.H264
    export_file: bool | Unset = True
    height: int | Unset = 720
    width: int | Unset = 1280
    watermark: Watermark | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codec: str | Unset = UNSET
        if not isinstance(self.codec, Unset):
            codec = VideoConfigCodec(self.codec).value

        export_file = self.export_file

        height = self.height

        width = self.width

        watermark: dict[str, Any] | Unset = UNSET
        if not isinstance(self.watermark, Unset):
            watermark = self.watermark.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if codec is not UNSET:
            field_dict["codec"] = codec
        if export_file is not UNSET:
            field_dict["export_file"] = export_file
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width
        if watermark is not UNSET:
            field_dict["watermark"] = watermark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            _codec = d.pop("codec", UNSET)
            codec: VideoConfigCodec | Unset
            if isinstance(_codec, Unset):
                codec = UNSET
            else:
                codec = VideoConfigCodec.__by_value__.get(_codec_wire := _codec) or VideoConfigCodec(_codec_wire)

            export_file = d.pop("export_file", UNSET)

            height = d.pop("height", UNSET)

            width = d.pop("width", UNSET)

            _watermark = d.pop("watermark", UNSET)
            watermark: Watermark | Unset
            if isinstance(_watermark, Unset):
                watermark = UNSET
            else:
                watermark = Watermark.from_dict(_watermark)

            if not (
                (export_file.__class__ is bool or export_file is UNSET)
                and (height.__class__ is int or height is UNSET)
                and (width.__class__ is int or width is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            video_config = cls(
                codec,
                export_file,
                height,
                width,
                watermark,
            )

            video_config.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return video_config

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
from ..models.watermark import Watermark  # noqa: E402

VideoConfig.__shape__ = (
    ("codec", False, VideoConfigCodec, False),
    ("export_file", False, "bool", False),
    ("height", False, "int", False),
    ("width", False, "int", False),
    ("watermark", False, Watermark, False),
)
