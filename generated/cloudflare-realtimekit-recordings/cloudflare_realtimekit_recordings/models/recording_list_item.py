# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recording_status import RecordingStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meeting import Meeting
    from ..models.storage_config import StorageConfig


T = TypeVar("T", bound="RecordingListItem")


@_attrs_define
class RecordingListItem:
    """A recording as listed, with its storage configuration and the meeting it belongs to.

    Example:
        {'id': '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e', 'status': 'RECORDING', 'output_file_name': 'weekly-
            sync_2025-06-12_09-30.mp4', 'invoked_time': '2025-06-12T09:30:00.000Z', 'started_time':
            '2025-06-12T09:30:04.512Z', 'stopped_time': None, 'session_id': '3f2c9a1e-7b4d-4c8e-9f60-2a1b5c7d8e90',
            'download_url': None, 'audio_download_url': None, 'download_url_expiry': None, 'file_size': None,
            'storage_config': None, 'meeting': {'id': '97440c6a-140b-40a9-9499-b23fd7a3868a', 'title': 'Weekly sync',
            'status': 'ACTIVE', 'created_at': '2025-06-01T08:00:00.000Z', 'updated_at': '2025-06-12T09:29:58.000Z'}}

    Attributes:
        id (UUID): ID of the recording.
        status (RecordingStatus): Current status of a recording: `INVOKED` (requested, not yet recording) → `RECORDING`
            (⇄ `PAUSED`) → `UPLOADING` → `UPLOADED` (files available), or `ERRORED`. Example: UPLOADED.
        output_file_name (str): File name of the recording.
        invoked_time (datetime.datetime): Timestamp when this recording was invoked.
        started_time (datetime.datetime | None): Timestamp when this recording actually started after being invoked;
            usually a few seconds after `invoked_time`.
        stopped_time (datetime.datetime | None): Timestamp when this recording was stopped; `null` until it has actually
            been stopped.
        session_id (None | UUID): ID of the meeting session this recording is for.
        download_url (None | str): URL where the recording can be downloaded; `null` until uploaded, or when
            RealtimeKit's bucket is disabled.
        audio_download_url (None | str): URL of the separate audio file, when `audio_config` asked for one.
        download_url_expiry (datetime.datetime | None): Timestamp when the download URLs expire.
        file_size (float | None): File size of the recording, in bytes.
        recording_duration (int | Unset): Total recording time in seconds.
        storage_config (None | StorageConfig | Unset):
        meeting (Meeting | Unset): The meeting a listed recording belongs to. Example: {'id':
            '97440c6a-140b-40a9-9499-b23fd7a3868a', 'title': 'Weekly sync', 'status': 'ACTIVE', 'created_at':
            '2025-06-01T08:00:00.000Z', 'updated_at': '2025-06-12T09:29:58.000Z', 'live_stream_on_start': False,
            'persist_chat': False, 'record_on_start': False, 'session_keep_alive_time_in_secs': 60, 'summarize_on_end':
            False, 'transcribe_on_end': False}.
    """

    id: UUID
    status: RecordingStatus
    output_file_name: str
    invoked_time: datetime.datetime
    started_time: datetime.datetime | None
    stopped_time: datetime.datetime | None
    session_id: None | UUID
    download_url: None | str
    audio_download_url: None | str
    download_url_expiry: datetime.datetime | None
    file_size: float | None
    recording_duration: int | Unset = UNSET
    storage_config: None | StorageConfig | Unset = UNSET
    meeting: Meeting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.storage_config import StorageConfig  # noqa: PLC0415

        id = str(self.id)

        status = RecordingStatus(self.status).value

        output_file_name = self.output_file_name

        invoked_time = self.invoked_time.isoformat()

        started_time: None | str
        if isinstance(self.started_time, datetime.datetime):
            started_time = self.started_time.isoformat()
        else:
            started_time = self.started_time

        stopped_time: None | str
        if isinstance(self.stopped_time, datetime.datetime):
            stopped_time = self.stopped_time.isoformat()
        else:
            stopped_time = self.stopped_time

        session_id: None | str
        if isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        download_url: None | str
        download_url = self.download_url

        audio_download_url: None | str
        audio_download_url = self.audio_download_url

        download_url_expiry: None | str
        if isinstance(self.download_url_expiry, datetime.datetime):
            download_url_expiry = self.download_url_expiry.isoformat()
        else:
            download_url_expiry = self.download_url_expiry

        file_size: float | None
        file_size = self.file_size

        recording_duration = self.recording_duration

        storage_config: dict[str, Any] | None | Unset
        if isinstance(self.storage_config, Unset):
            storage_config = UNSET
        elif isinstance(self.storage_config, StorageConfig):
            storage_config = self.storage_config.to_dict()
        else:
            storage_config = self.storage_config

        meeting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meeting, Unset):
            meeting = self.meeting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "output_file_name": output_file_name,
                "invoked_time": invoked_time,
                "started_time": started_time,
                "stopped_time": stopped_time,
                "session_id": session_id,
                "download_url": download_url,
                "audio_download_url": audio_download_url,
                "download_url_expiry": download_url_expiry,
                "file_size": file_size,
            }
        )
        if recording_duration is not UNSET:
            field_dict["recording_duration"] = recording_duration
        if storage_config is not UNSET:
            field_dict["storage_config"] = storage_config
        if meeting is not UNSET:
            field_dict["meeting"] = meeting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting import Meeting  # noqa: PLC0415
        from ..models.storage_config import StorageConfig  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = RecordingStatus(d.pop("status"))

        output_file_name = d.pop("output_file_name")

        invoked_time = datetime.datetime.fromisoformat(d.pop("invoked_time"))

        def _parse_started_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_time_type_0 = datetime.datetime.fromisoformat(data)

                return started_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_time = _parse_started_time(d.pop("started_time"))

        def _parse_stopped_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stopped_time_type_0 = datetime.datetime.fromisoformat(data)

                return stopped_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        stopped_time = _parse_stopped_time(d.pop("stopped_time"))

        def _parse_session_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_id_type_0 = UUID(data)

                return session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        session_id = _parse_session_id(d.pop("session_id"))

        def _parse_download_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        download_url = _parse_download_url(d.pop("download_url"))

        def _parse_audio_download_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        audio_download_url = _parse_audio_download_url(d.pop("audio_download_url"))

        def _parse_download_url_expiry(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                download_url_expiry_type_0 = datetime.datetime.fromisoformat(data)

                return download_url_expiry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        download_url_expiry = _parse_download_url_expiry(d.pop("download_url_expiry"))

        def _parse_file_size(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        file_size = _parse_file_size(d.pop("file_size"))

        recording_duration = d.pop("recording_duration", UNSET)

        def _parse_storage_config(data: object) -> None | StorageConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storage_config_type_0 = StorageConfig.from_dict(data)

                return storage_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StorageConfig | Unset, data)

        storage_config = _parse_storage_config(d.pop("storage_config", UNSET))

        _meeting = d.pop("meeting", UNSET)
        meeting: Meeting | Unset
        if isinstance(_meeting, Unset):
            meeting = UNSET
        else:
            meeting = Meeting.from_dict(_meeting)

        recording_list_item = cls(
            id=id,
            status=status,
            output_file_name=output_file_name,
            invoked_time=invoked_time,
            started_time=started_time,
            stopped_time=stopped_time,
            session_id=session_id,
            download_url=download_url,
            audio_download_url=audio_download_url,
            download_url_expiry=download_url_expiry,
            file_size=file_size,
            recording_duration=recording_duration,
            storage_config=storage_config,
            meeting=meeting,
        )

        recording_list_item.additional_properties = d
        return recording_list_item

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
