# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartRecordingRequest")


@_attrs_define
class StartRecordingRequest:
    """What to record, how, and where to put the files. Only `meeting_id` is required.

    Example:
        {'meeting_id': '97440c6a-140b-40a9-9499-b23fd7a3868a', 'allow_multiple_recordings': False, 'audio_config':
            {'channel': 'stereo', 'codec': 'AAC', 'export_file': True}, 'file_name_prefix': 'weekly-sync', 'max_seconds':
            3600, 'realtimekit_bucket_config': {'enabled': True}, 'video_config': {'codec': 'H264', 'export_file': True,
            'height': 720, 'width': 1280}}

    Attributes:
        meeting_id (str): ID of the meeting to record.
        allow_multiple_recordings (bool | Unset): By default a meeting allows only one recording to run at a time. Set
            to true to run several recordings of the same meeting concurrently, e.g. separate portrait and landscape videos
            with different configurations. Default: False.
        audio_config (AudioConfig | Unset): Configuration of the audio being recorded. Example: {'channel': 'stereo',
            'codec': 'AAC', 'export_file': True}.
        file_name_prefix (str | Unset): Update the recording file name (a prefix to the generated name).
        interactive_config (InteractiveConfig | Unset): Adds timed metadata to the recording: digital markers inserted
            into the video that give contextual information at specific points. The ID3 tags carrying it are available to
            clients on the playback timeline in HLS format. The output files are generated in a compressed .tar format.
            Example: {'type': 'ID3'}.
        max_seconds (int | Unset): Maximum duration of the recording in seconds, from 60 seconds to 24 hours.
        realtimekit_bucket_config (BucketConfig | Unset): Upload to RealtimeKit's own bucket. Example: {'enabled':
            True}.
        rtmp_out_config (LivestreamingConfig | Unset): Stream the recording out over RTMP. Example: {'rtmp_url':
            'rtmp://a.rtmp.youtube.com/live2'}.
        storage_config (None | StorageConfigInput | Unset):
        url (str | Unset): Pass a custom URL to record an arbitrary page instead of the default meeting view.
        video_config (VideoConfig | Unset): Configuration of the recorded video. Example: {'codec': 'H264',
            'export_file': True, 'height': 720, 'width': 1280, 'watermark': {'position': 'right bottom', 'size': {'height':
            48, 'width': 160}, 'url': 'https://assets.example.com/logo.png'}}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    meeting_id: str
    allow_multiple_recordings: bool | Unset = False
    audio_config: AudioConfig | Unset = UNSET
    file_name_prefix: str | Unset = UNSET
    interactive_config: InteractiveConfig | Unset = UNSET
    max_seconds: int | Unset = UNSET
    realtimekit_bucket_config: BucketConfig | Unset = UNSET
    rtmp_out_config: LivestreamingConfig | Unset = UNSET
    storage_config: None | StorageConfigInput | Unset = UNSET
    url: str | Unset = UNSET
    video_config: VideoConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meeting_id = self.meeting_id

        allow_multiple_recordings = self.allow_multiple_recordings

        audio_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_config, Unset):
            audio_config = self.audio_config.to_dict()

        file_name_prefix = self.file_name_prefix

        interactive_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interactive_config, Unset):
            interactive_config = self.interactive_config.to_dict()

        max_seconds = self.max_seconds

        realtimekit_bucket_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.realtimekit_bucket_config, Unset):
            realtimekit_bucket_config = self.realtimekit_bucket_config.to_dict()

        rtmp_out_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rtmp_out_config, Unset):
            rtmp_out_config = self.rtmp_out_config.to_dict()

        storage_config: dict[str, Any] | None | Unset
        if isinstance(self.storage_config, Unset):
            storage_config = UNSET
        elif isinstance(self.storage_config, StorageConfigInput):
            storage_config = self.storage_config.to_dict()
        else:
            storage_config = self.storage_config

        url = self.url

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meeting_id": meeting_id,
            }
        )
        if allow_multiple_recordings is not UNSET:
            field_dict["allow_multiple_recordings"] = allow_multiple_recordings
        if audio_config is not UNSET:
            field_dict["audio_config"] = audio_config
        if file_name_prefix is not UNSET:
            field_dict["file_name_prefix"] = file_name_prefix
        if interactive_config is not UNSET:
            field_dict["interactive_config"] = interactive_config
        if max_seconds is not UNSET:
            field_dict["max_seconds"] = max_seconds
        if realtimekit_bucket_config is not UNSET:
            field_dict["realtimekit_bucket_config"] = realtimekit_bucket_config
        if rtmp_out_config is not UNSET:
            field_dict["rtmp_out_config"] = rtmp_out_config
        if storage_config is not UNSET:
            field_dict["storage_config"] = storage_config
        if url is not UNSET:
            field_dict["url"] = url
        if video_config is not UNSET:
            field_dict["video_config"] = video_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            meeting_id = d.pop("meeting_id")

            allow_multiple_recordings = d.pop("allow_multiple_recordings", UNSET)

            _audio_config = d.pop("audio_config", UNSET)
            audio_config: AudioConfig | Unset
            if isinstance(_audio_config, Unset):
                audio_config = UNSET
            else:
                audio_config = AudioConfig.from_dict(_audio_config)

            file_name_prefix = d.pop("file_name_prefix", UNSET)

            _interactive_config = d.pop("interactive_config", UNSET)
            interactive_config: InteractiveConfig | Unset
            if isinstance(_interactive_config, Unset):
                interactive_config = UNSET
            else:
                interactive_config = InteractiveConfig.from_dict(_interactive_config)

            max_seconds = d.pop("max_seconds", UNSET)

            _realtimekit_bucket_config = d.pop("realtimekit_bucket_config", UNSET)
            realtimekit_bucket_config: BucketConfig | Unset
            if isinstance(_realtimekit_bucket_config, Unset):
                realtimekit_bucket_config = UNSET
            else:
                realtimekit_bucket_config = BucketConfig.from_dict(_realtimekit_bucket_config)

            _rtmp_out_config = d.pop("rtmp_out_config", UNSET)
            rtmp_out_config: LivestreamingConfig | Unset
            if isinstance(_rtmp_out_config, Unset):
                rtmp_out_config = UNSET
            else:
                rtmp_out_config = LivestreamingConfig.from_dict(_rtmp_out_config)

            _storage_config = d.pop("storage_config", UNSET)
            storage_config: None | StorageConfigInput | Unset
            if _storage_config is None or _storage_config is UNSET:
                storage_config = _storage_config
            else:
                storage_config_type_0 = StorageConfigInput.from_dict(_storage_config)

                storage_config = storage_config_type_0

            url = d.pop("url", UNSET)

            _video_config = d.pop("video_config", UNSET)
            video_config: VideoConfig | Unset
            if isinstance(_video_config, Unset):
                video_config = UNSET
            else:
                video_config = VideoConfig.from_dict(_video_config)

            if not (
                meeting_id.__class__ is str
                and (allow_multiple_recordings.__class__ is bool or allow_multiple_recordings is UNSET)
                and (file_name_prefix.__class__ is str or file_name_prefix is UNSET)
                and (max_seconds.__class__ is int or max_seconds is UNSET)
                and (url.__class__ is str or url is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            start_recording_request = cls(
                meeting_id,
                allow_multiple_recordings,
                audio_config,
                file_name_prefix,
                interactive_config,
                max_seconds,
                realtimekit_bucket_config,
                rtmp_out_config,
                storage_config,
                url,
                video_config,
            )

            start_recording_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return start_recording_request

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
from ..models.interactive_config import InteractiveConfig  # noqa: E402
from ..models.livestreaming_config import LivestreamingConfig  # noqa: E402
from ..models.storage_config_input import StorageConfigInput  # noqa: E402
from ..models.video_config import VideoConfig  # noqa: E402

StartRecordingRequest.__shape__ = (
    ("meeting_id", True, "str", False),
    ("allow_multiple_recordings", False, "bool", False),
    ("audio_config", False, AudioConfig, False),
    ("file_name_prefix", False, "str", False),
    ("interactive_config", False, InteractiveConfig, False),
    ("max_seconds", False, "int", False),
    ("realtimekit_bucket_config", False, BucketConfig, False),
    ("rtmp_out_config", False, LivestreamingConfig, False),
    ("storage_config", False, ("union", StorageConfigInput, "null"), False),
    ("url", False, "str", False),
    ("video_config", False, VideoConfig, False),
)
