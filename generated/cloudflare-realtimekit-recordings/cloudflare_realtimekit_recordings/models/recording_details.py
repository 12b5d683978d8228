# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.recording_status import RecordingStatus
from ..types import UNSET, Unset

_fromisoformat = datetime.datetime.fromisoformat
T = TypeVar("T", bound="RecordingDetails")


@_attrs_define
class RecordingDetails:
    """A recording with why it started and stopped and where it is stored (the body of start, get-one and
    pause/resume/stop).

        Example:
            {'id': '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e', 'status': 'UPLOADED', 'output_file_name': 'weekly-
                sync_2025-06-12_09-30.mp4', 'invoked_time': '2025-06-12T09:30:00.000Z', 'started_time':
                '2025-06-12T09:30:04.512Z', 'stopped_time': '2025-06-12T10:15:04.870Z', 'recording_duration': 2700,
                'session_id': '3f2c9a1e-7b4d-4c8e-9f60-2a1b5c7d8e90', 'download_url':
                'https://recordings.example.com/182bd5e5/weekly-sync_2025-06-12_09-30.mp4', 'audio_download_url': None,
                'download_url_expiry': '2025-06-19T10:20:00.000Z', 'file_size': 187654321, 'start_reason': {'reason':
                'API_CALL', 'caller': {'name': 'RealtimeKit_test', 'type': 'ORGANIZATION', 'user_Id':
                'd61f6956-e68f-4375-bf10-c38a704d1bec'}}, 'stop_reason': {'reason': 'ALL_PEERS_LEFT'}, 'storage_config': None}

        Attributes:
            id (str): ID of the recording.
            status (RecordingStatus): Current status of a recording: `INVOKED` (requested, not yet recording) → `RECORDING`
                (⇄ `PAUSED`) → `UPLOADING` → `UPLOADED` (files available), or `ERRORED`. Example: UPLOADED.
            output_file_name (str): File name of the recording.
            invoked_time (datetime.datetime): Timestamp when this recording was invoked.
            started_time (datetime.datetime | None): Timestamp when this recording actually started after being invoked;
                usually a few seconds after `invoked_time`.
            stopped_time (datetime.datetime | None): Timestamp when this recording was stopped; `null` until it has actually
                been stopped.
            session_id (None | str): ID of the meeting session this recording is for.
            download_url (None | str): URL where the recording can be downloaded; `null` until uploaded, or when
                RealtimeKit's bucket is disabled.
            audio_download_url (None | str): URL of the separate audio file, when `audio_config` asked for one.
            download_url_expiry (datetime.datetime | None): Timestamp when the download URLs expire.
            file_size (float | None): File size of the recording, in bytes.
            recording_duration (int | Unset): Total recording time in seconds.
            start_reason (StartReason | Unset): Why and by whom the recording was started. When it was started by
                `RECORD_ON_START`, no caller details are populated. Example: {'reason': 'API_CALL', 'caller': {'name':
                'RealtimeKit_test', 'type': 'ORGANIZATION', 'user_Id': 'd61f6956-e68f-4375-bf10-c38a704d1bec'}}.
            stop_reason (StopReason | Unset): Why and by whom the recording was stopped. Example: {'reason': 'API_CALL',
                'caller': {'name': 'RealtimeKit_test', 'type': 'ORGANIZATION', 'user_Id':
                'd61f6956-e68f-4375-bf10-c38a704d1bec'}}.
            storage_config (None | StorageConfig | Unset):
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    id: str
    status: RecordingStatus
    output_file_name: str
    invoked_time: datetime.datetime
    started_time: datetime.datetime | None
    stopped_time: datetime.datetime | None
    session_id: None | str
    download_url: None | str
    audio_download_url: None | str
    download_url_expiry: datetime.datetime | None
    file_size: float | None
    recording_duration: int | Unset = UNSET
    start_reason: StartReason | Unset = UNSET
    stop_reason: StopReason | Unset = UNSET
    storage_config: None | StorageConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        start_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_reason, Unset):
            start_reason = self.start_reason.to_dict()

        stop_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stop_reason, Unset):
            stop_reason = self.stop_reason.to_dict()

        storage_config: dict[str, Any] | None | Unset
        if isinstance(self.storage_config, Unset):
            storage_config = UNSET
        elif isinstance(self.storage_config, StorageConfig):
            storage_config = self.storage_config.to_dict()
        else:
            storage_config = self.storage_config

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
        if start_reason is not UNSET:
            field_dict["start_reason"] = start_reason
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if storage_config is not UNSET:
            field_dict["storage_config"] = storage_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            id = d.pop("id")

            status = RecordingStatus.__by_value__.get(_status_wire := d.pop("status")) or RecordingStatus(_status_wire)

            output_file_name = d.pop("output_file_name")

            invoked_time = _fromisoformat(d.pop("invoked_time"))

            _started_time = d.pop("started_time")
            started_time: datetime.datetime | None
            if _started_time is None:
                started_time = _started_time
            else:
                started_time_type_0 = _fromisoformat(_started_time)

                started_time = started_time_type_0

            _stopped_time = d.pop("stopped_time")
            stopped_time: datetime.datetime | None
            if _stopped_time is None:
                stopped_time = _stopped_time
            else:
                stopped_time_type_0 = _fromisoformat(_stopped_time)

                stopped_time = stopped_time_type_0

            session_id = d.pop("session_id")

            download_url = d.pop("download_url")

            audio_download_url = d.pop("audio_download_url")

            _download_url_expiry = d.pop("download_url_expiry")
            download_url_expiry: datetime.datetime | None
            if _download_url_expiry is None:
                download_url_expiry = _download_url_expiry
            else:
                download_url_expiry_type_0 = _fromisoformat(_download_url_expiry)

                download_url_expiry = download_url_expiry_type_0

            file_size = d.pop("file_size")

            recording_duration = d.pop("recording_duration", UNSET)

            _start_reason = d.pop("start_reason", UNSET)
            start_reason: StartReason | Unset
            if isinstance(_start_reason, Unset):
                start_reason = UNSET
            else:
                start_reason = StartReason.from_dict(_start_reason)

            _stop_reason = d.pop("stop_reason", UNSET)
            stop_reason: StopReason | Unset
            if isinstance(_stop_reason, Unset):
                stop_reason = UNSET
            else:
                stop_reason = StopReason.from_dict(_stop_reason)

            _storage_config = d.pop("storage_config", UNSET)
            storage_config: None | StorageConfig | Unset
            if _storage_config is None or _storage_config is UNSET:
                storage_config = _storage_config
            else:
                storage_config_type_0 = StorageConfig.from_dict(_storage_config)

                storage_config = storage_config_type_0

            if not (
                id.__class__ is str
                and output_file_name.__class__ is str
                and (session_id.__class__ is str or session_id is None)
                and (download_url.__class__ is str or download_url is None)
                and (audio_download_url.__class__ is str or audio_download_url is None)
                and ((file_size.__class__ is float or file_size.__class__ is int) or file_size is None)
                and (recording_duration.__class__ is int or recording_duration is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            recording_details = cls(
                id,
                status,
                output_file_name,
                invoked_time,
                started_time,
                stopped_time,
                session_id,
                download_url,
                audio_download_url,
                download_url_expiry,
                file_size,
                recording_duration,
                start_reason,
                stop_reason,
                storage_config,
            )

            recording_details.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return recording_details

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
from ..models.start_reason import StartReason  # noqa: E402
from ..models.stop_reason import StopReason  # noqa: E402
from ..models.storage_config import StorageConfig  # noqa: E402

RecordingDetails.__shape__ = (
    ("id", True, "str", False),
    ("status", True, RecordingStatus, False),
    ("output_file_name", True, "str", False),
    ("invoked_time", True, "date-time", False),
    ("started_time", True, ("union", "date-time", "null"), False),
    ("stopped_time", True, ("union", "date-time", "null"), False),
    ("session_id", True, ("union", "str", "null"), False),
    ("download_url", True, ("union", "str", "null"), False),
    ("audio_download_url", True, ("union", "str", "null"), False),
    ("download_url_expiry", True, ("union", "date-time", "null"), False),
    ("file_size", True, ("union", "float", "null"), False),
    ("recording_duration", False, "int", False),
    ("start_reason", False, StartReason, False),
    ("stop_reason", False, StopReason, False),
    ("storage_config", False, ("union", StorageConfig, "null"), False),
)
