# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.audio_config_channel import AudioConfigChannel
from ..models.audio_config_codec import AudioConfigCodec
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioConfig")


@_attrs_define
class AudioConfig:
    """Configuration of the audio being recorded.

    Example:
        {'channel': 'stereo', 'codec': 'AAC', 'export_file': True}

    Attributes:
        channel (AudioConfigChannel | Unset): Audio signal pathway within an audio file that carries a specific sound
            source. Default: AudioConfigChannel.STEREO.
        codec (AudioConfigCodec | Unset): Codec used to encode the audio. If VP8/VP9 is selected in `video_config`,
            changing `audio_config` is not allowed; the audio codec is then set to vorbis automatically. Default:
            AudioConfigCodec.AAC.
        export_file (bool | Unset): Controls whether to export the audio file separately. Default: True.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    channel: AudioConfigChannel | Unset = AudioConfigChannel.STEREO
    codec: AudioConfigCodec | Unset = AudioConfigCodec.AAC
    export_file: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = AudioConfigChannel(self.channel).value

        codec: str | Unset = UNSET
        if not isinstance(self.codec, Unset):
            codec = AudioConfigCodec(self.codec).value

        export_file = self.export_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if codec is not UNSET:
            field_dict["codec"] = codec
        if export_file is not UNSET:
            field_dict["export_file"] = export_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            _channel = d.pop("channel", UNSET)
            channel: AudioConfigChannel | Unset
            if isinstance(_channel, Unset):
                channel = UNSET
            else:
                channel = AudioConfigChannel.__by_value__.get(_channel_wire := _channel) or AudioConfigChannel(
                    _channel_wire
                )

            _codec = d.pop("codec", UNSET)
            codec: AudioConfigCodec | Unset
            if isinstance(_codec, Unset):
                codec = UNSET
            else:
                codec = AudioConfigCodec.__by_value__.get(_codec_wire := _codec) or AudioConfigCodec(_codec_wire)

            export_file = d.pop("export_file", UNSET)

            if not (export_file.__class__ is bool or export_file is UNSET):
                raise ModelParseError(cls, src_dict)
            audio_config = cls(
                channel,
                codec,
                export_file,
            )

            audio_config.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return audio_config

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


AudioConfig.__shape__ = (
    ("channel", False, AudioConfigChannel, False),
    ("codec", False, AudioConfigCodec, False),
    ("export_file", False, "bool", False),
)
