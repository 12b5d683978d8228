# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingConfig")


@_attrs_define
class RecordingConfig:
    """Recording configuration of a meeting. This level of configuration takes precedence over the App-level configuration
    in the RealtimeKit developer portal.

        Example:
            {'file_name_prefix': 'weekly-sync', 'max_seconds': 3600, 'audio_config': {'channel': 'stereo', 'codec': 'AAC',
                'export_file': True}, 'realtimekit_bucket_config': {'enabled': True}, 'storage_config': None}

        Attributes:
            audio_config (AudioConfig | Unset): Configuration of the audio being recorded. Example: {'channel': 'stereo',
                'codec': 'AAC', 'export_file': True}.
            file_name_prefix (str | Unset): Adds a prefix to the beginning of the file name of the recording.
            live_streaming_config (LivestreamingConfig | Unset): Stream the recording out over RTMP. Example: {'rtmp_url':
                'rtmp://a.rtmp.youtube.com/live2'}.
            max_seconds (float | Unset): Maximum duration of the recording in seconds, from 60 seconds to 24 hours.
            realtimekit_bucket_config (BucketConfig | Unset): Upload to RealtimeKit's own bucket. Example: {'enabled':
                True}.
            storage_config (None | StorageConfig | Unset):
            video_config (VideoConfig | Unset): Configuration of the recorded video. Example: {'codec': 'H264',
                'export_file': True, 'height': 720, 'width': 1280, 'watermark': {'position': 'right bottom', 'size': {'height':
                48, 'width': 160}, 'url': 'https://assets.example.com/logo.png'}}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    audio_config: AudioConfig | Unset = UNSET
    file_name_prefix: str | Unset = UNSET
    live_streaming_config: LivestreamingConfig | Unset = UNSET
    max_seconds: float | Unset = UNSET
    realtimekit_bucket_config: BucketConfig | Unset = UNSET
    storage_config: None | StorageConfig | Unset = UNSET
    video_config: VideoConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_config, Unset):
            audio_config = self.audio_config.to_dict()

        file_name_prefix = self.file_name_prefix

        live_streaming_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.live_streaming_config, Unset):
            live_streaming_config = self.live_streaming_config.to_dict()

        max_seconds = self.max_seconds

        realtimekit_bucket_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.realtimekit_bucket_config, Unset):
            realtimekit_bucket_config = self.realtimekit_bucket_config.to_dict()

        storage_config: dict[str, Any] | None | Unset
        if isinstance(self.storage_config, Unset):
            storage_config = UNSET
        elif isinstance(self.storage_config, StorageConfig):
            storage_config = self.storage_config.to_dict()
        else:
            storage_config = self.storage_config

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio_config is not UNSET:
            field_dict["audio_config"] = audio_config
        if file_name_prefix is not UNSET:
            field_dict["file_name_prefix"] = file_name_prefix
        if live_streaming_config is not UNSET:
            field_dict["live_streaming_config"] = live_streaming_config
        if max_seconds is not UNSET:
            field_dict["max_seconds"] = max_seconds
        if realtimekit_bucket_config is not UNSET:
            field_dict["realtimekit_bucket_config"] = realtimekit_bucket_config
        if storage_config is not UNSET:
            field_dict["storage_config"] = storage_config
        if video_config is not UNSET:
            field_dict["video_config"] = video_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            _audio_config = d.pop("audio_config", UNSET)
            audio_config: AudioConfig | Unset
            if isinstance(_audio_config, Unset):
                audio_config = UNSET
            else:
                audio_config = AudioConfig.from_dict(_audio_config)

            file_name_prefix = d.pop("file_name_prefix", UNSET)

            _live_streaming_config = d.pop("live_streaming_config", UNSET)
            live_streaming_config: LivestreamingConfig | Unset
            if isinstance(_live_streaming_config, Unset):
                live_streaming_config = UNSET
            else:
                live_streaming_config = LivestreamingConfig.from_dict(_live_streaming_config)

            max_seconds = d.pop("max_seconds", UNSET)

            _realtimekit_bucket_config = d.pop("realtimekit_bucket_config", UNSET)
            realtimekit_bucket_config: BucketConfig | Unset
            if isinstance(_realtimekit_bucket_config, Unset):
                realtimekit_bucket_config = UNSET
            else:
                realtimekit_bucket_config = BucketConfig.from_dict(_realtimekit_bucket_config)

            _storage_config = d.pop("storage_config", UNSET)
            storage_config: None | StorageConfig | Unset
            if _storage_config is None or _storage_config is UNSET:
                storage_config = _storage_config
            else:
                storage_config_type_0 = StorageConfig.from_dict(_storage_config)

                storage_config = storage_config_type_0

            _video_config = d.pop("video_config", UNSET)
            video_config: VideoConfig | Unset
            if isinstance(_video_config, Unset):
                video_config = UNSET
            else:
                video_config = VideoConfig.from_dict(_video_config)

            if not (
                (file_name_prefix.__class__ is str or file_name_prefix is UNSET)
                and ((max_seconds.__class__ is float or max_seconds.__class__ is int) or max_seconds is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            recording_config = cls(
                audio_config,
                file_name_prefix,
                live_streaming_config,
                max_seconds,
                realtimekit_bucket_config,
                storage_config,
                video_config,
            )

            recording_config.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return recording_config

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
from ..models.audio_config import AudioConfig  # noqa: E402
from ..models.bucket_config import BucketConfig  # noqa: E402
from ..models.livestreaming_config import LivestreamingConfig  # noqa: E402
from ..models.storage_config import StorageConfig  # noqa: E402
from ..models.video_config import VideoConfig  # noqa: E402

RecordingConfig.__shape__ = (
    ("audio_config", False, AudioConfig, False),
    ("file_name_prefix", False, "str", False),
    ("live_streaming_config", False, LivestreamingConfig, False),
    ("max_seconds", False, "float", False),
    ("realtimekit_bucket_config", False, BucketConfig, False),
    ("storage_config", False, ("union", StorageConfig, "null"), False),
    ("video_config", False, VideoConfig, False),
)
