# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.meeting_status import MeetingStatus
from ..types import UNSET, Unset

_fromisoformat = datetime.datetime.fromisoformat
T = TypeVar("T", bound="Meeting")


@_attrs_define
class Meeting:
    """The meeting a listed recording belongs to.

    Example:
        {'id': '97440c6a-140b-40a9-9499-b23fd7a3868a', 'title': 'Weekly sync', 'status': 'ACTIVE', 'created_at':
            '2025-06-01T08:00:00.000Z', 'updated_at': '2025-06-12T09:29:58.000Z', 'live_stream_on_start': False,
            'persist_chat': False, 'record_on_start': False, 'session_keep_alive_time_in_secs': 60, 'summarize_on_end':
            False, 'transcribe_on_end': False}

    Attributes:
        id (str): ID of the meeting.
        created_at (datetime.datetime): Timestamp the meeting was created at (ISO 8601).
        updated_at (datetime.datetime): Timestamp the meeting was last updated at (ISO 8601).
        title (str | Unset): Title of the meeting.
        status (MeetingStatus | Unset): Whether the meeting is `ACTIVE` or `INACTIVE`. Users cannot join an `INACTIVE`
            meeting.
        live_stream_on_start (bool | Unset): Whether the meeting starts being livestreamed on start.
        persist_chat (bool | Unset): Whether chat within the meeting persists for a week.
        record_on_start (bool | Unset): Whether the meeting starts being recorded as soon as someone joins.
        recording_config (RecordingConfig | Unset): Recording configuration of a meeting. This level of configuration
            takes precedence over the App-level configuration in the RealtimeKit developer portal. Example:
            {'file_name_prefix': 'weekly-sync', 'max_seconds': 3600, 'audio_config': {'channel': 'stereo', 'codec': 'AAC',
            'export_file': True}, 'realtimekit_bucket_config': {'enabled': True}, 'storage_config': None}.
        session_keep_alive_time_in_secs (float | Unset): Time in seconds for which a session remains active after the
            last participant has left. Default: 60.0.
        summarize_on_end (bool | Unset): Automatically generate a summary of the meeting from its transcripts. Requires
            transcriptions; retrieved via webhooks or the summary API.
        transcribe_on_end (bool | Unset): Automatically generate transcripts when the meeting ends.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    title: str | Unset = UNSET
    status: MeetingStatus | Unset = UNSET
    live_stream_on_start: bool | Unset = UNSET
    persist_chat: bool | Unset = UNSET
    record_on_start: bool | Unset = UNSET
    recording_config: RecordingConfig | Unset = UNSET
    session_keep_alive_time_in_secs: float | Unset = 60.0
    summarize_on_end: bool | Unset = UNSET
    transcribe_on_end: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        title = self.title

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = MeetingStatus(self.status).value

        live_stream_on_start = self.live_stream_on_start

        persist_chat = self.persist_chat

        record_on_start = self.record_on_start

        recording_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recording_config, Unset):
            recording_config = self.recording_config.to_dict()

        session_keep_alive_time_in_secs = self.session_keep_alive_time_in_secs

        summarize_on_end = self.summarize_on_end

        transcribe_on_end = self.transcribe_on_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if live_stream_on_start is not UNSET:
            field_dict["live_stream_on_start"] = live_stream_on_start
        if persist_chat is not UNSET:
            field_dict["persist_chat"] = persist_chat
        if record_on_start is not UNSET:
            field_dict["record_on_start"] = record_on_start
        if recording_config is not UNSET:
            field_dict["recording_config"] = recording_config
        if session_keep_alive_time_in_secs is not UNSET:
            field_dict["session_keep_alive_time_in_secs"] = session_keep_alive_time_in_secs
        if summarize_on_end is not UNSET:
            field_dict["summarize_on_end"] = summarize_on_end
        if transcribe_on_end is not UNSET:
            field_dict["transcribe_on_end"] = transcribe_on_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            id = d.pop("id")

            created_at = _fromisoformat(d.pop("created_at"))

            updated_at = _fromisoformat(d.pop("updated_at"))

            title = d.pop("title", UNSET)

            _status = d.pop("status", UNSET)
            status: MeetingStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = MeetingStatus.__by_value__.get(_status_wire := _status) or MeetingStatus(_status_wire)

            live_stream_on_start = d.pop("live_stream_on_start", UNSET)

            persist_chat = d.pop("persist_chat", UNSET)

            record_on_start = d.pop("record_on_start", UNSET)

            _recording_config = d.pop("recording_config", UNSET)
            recording_config: RecordingConfig | Unset
            if isinstance(_recording_config, Unset):
                recording_config = UNSET
            else:
                recording_config = RecordingConfig.from_dict(_recording_config)

            session_keep_alive_time_in_secs = d.pop("session_keep_alive_time_in_secs", UNSET)

            summarize_on_end = d.pop("summarize_on_end", UNSET)

            transcribe_on_end = d.pop("transcribe_on_end", UNSET)

            if not (
                id.__class__ is str
                and (title.__class__ is str or title is UNSET)
                and (live_stream_on_start.__class__ is bool or live_stream_on_start is UNSET)
                and (persist_chat.__class__ is bool or persist_chat is UNSET)
                and (record_on_start.__class__ is bool or record_on_start is UNSET)
                and (
                    (
                        session_keep_alive_time_in_secs.__class__ is float
                        or session_keep_alive_time_in_secs.__class__ is int
                    )
                    or session_keep_alive_time_in_secs is UNSET
                )
                and (summarize_on_end.__class__ is bool or summarize_on_end is UNSET)
                and (transcribe_on_end.__class__ is bool or transcribe_on_end is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            meeting = cls(
                id,
                created_at,
                updated_at,
                title,
                status,
                live_stream_on_start,
                persist_chat,
                record_on_start,
                recording_config,
                session_keep_alive_time_in_secs,
                summarize_on_end,
                transcribe_on_end,
            )

            meeting.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return meeting

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
from ..models.recording_config import RecordingConfig  # noqa: E402

Meeting.__shape__ = (
    ("id", True, "str", False),
    ("created_at", True, "date-time", False),
    ("updated_at", True, "date-time", False),
    ("title", False, "str", False),
    ("status", False, MeetingStatus, False),
    ("live_stream_on_start", False, "bool", False),
    ("persist_chat", False, "bool", False),
    ("record_on_start", False, "bool", False),
    ("recording_config", False, RecordingConfig, False),
    ("session_keep_alive_time_in_secs", False, "float", False),
    ("summarize_on_end", False, "bool", False),
    ("transcribe_on_end", False, "bool", False),
)
