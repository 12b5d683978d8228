# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

_fromisoformat = datetime.datetime.fromisoformat
T = TypeVar("T", bound="IndividualRecording")


@_attrs_define
class IndividualRecording:
    """A participant or track recording (the official SDK's IndividualRecording). A track recording can have
    several files: a new one begins each time the track is unmuted or restarted.

        Example:
            {'id': '6847c2d12abe9a2807e42684', 'roomId': 'abcd-efgh-ijkl', 'participantName': 'Alice', 'files': [{'id':
                '6847c3a02abe9a2807e4268c', 'fileUrl':
                'https://cdn.videosdk.live/6847c231fbaa8b416bc87014/abcd/6847c3a02abe9a2807e4268c.webm', 'size': 4821311}],
                'start': '2025-06-10T05:40:01.120Z', 'end': '2025-06-10T05:44:59.000Z'}

        Attributes:
            id (str): Recording id (used in paths). Example: 6847c2d12abe9a2807e42684.
            room_id (str | Unset): Room (meeting) id. Example: abcd-efgh-ijkl.
            participant_name (str | Unset): Display name of the recorded participant. Example: Alice.
            files (list[RecordingFile] | Unset): The recorded files.
            webhook (WebhookDeliverySummary | Unset): How the recording's webhooks were delivered. Example: {'totalCount':
                2, 'successCount': 2, 'data': [{'type': 'recording-started', 'success': True}, {'type': 'recording-stopped',
                'success': True}]}.
            start (datetime.datetime | Unset): When the recording started. Example: 2025-06-10T05:40:01.120Z.
            end (datetime.datetime | None | Unset): When the recording ended; null while it is running. Example:
                2025-06-10T05:44:59.000Z.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    id: str
    room_id: str | Unset = UNSET
    participant_name: str | Unset = UNSET
    files: list[RecordingFile] | Unset = UNSET
    webhook: WebhookDeliverySummary | Unset = UNSET
    start: datetime.datetime | Unset = UNSET
    end: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        room_id = self.room_id

        participant_name = self.participant_name

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, datetime.datetime):
            end = self.end.isoformat()
        else:
            end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if room_id is not UNSET:
            field_dict["roomId"] = room_id
        if participant_name is not UNSET:
            field_dict["participantName"] = participant_name
        if files is not UNSET:
            field_dict["files"] = files
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            id = d.pop("id")

            room_id = d.pop("roomId", UNSET)

            participant_name = d.pop("participantName", UNSET)

            _files = d.pop("files", UNSET)
            files: list[RecordingFile] | Unset = UNSET
            if _files is not UNSET:
                files = []
                for files_item_data in _files:
                    files_item = RecordingFile.from_dict(files_item_data)

                    files.append(files_item)

            _webhook = d.pop("webhook", UNSET)
            webhook: WebhookDeliverySummary | Unset
            if isinstance(_webhook, Unset):
                webhook = UNSET
            else:
                webhook = WebhookDeliverySummary.from_dict(_webhook)

            _start = d.pop("start", UNSET)
            start: datetime.datetime | Unset
            if isinstance(_start, Unset):
                start = UNSET
            else:
                start = _fromisoformat(_start)

            _end = d.pop("end", UNSET)
            end: datetime.datetime | None | Unset
            if _end is None or _end is UNSET:
                end = _end
            else:
                end_type_0 = _fromisoformat(_end)

                end = end_type_0

            if not (
                id.__class__ is str
                and (room_id.__class__ is str or room_id is UNSET)
                and (participant_name.__class__ is str or participant_name is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            individual_recording = cls(
                id,
                room_id,
                participant_name,
                files,
                webhook,
                start,
                end,
            )

            individual_recording.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return individual_recording

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
                "preSignedURL",
                "preSignedUrl",
            ),
        )


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.recording_file import RecordingFile  # noqa: E402
from ..models.webhook_delivery_summary import WebhookDeliverySummary  # noqa: E402

IndividualRecording.__shape__ = (
    ("id", True, "str", False),
    ("roomId", False, "str", False),
    ("participantName", False, "str", False),
    ("files", False, ("list", RecordingFile), False),
    ("webhook", False, WebhookDeliverySummary, False),
    ("start", False, "date-time", False),
    ("end", False, ("union", "date-time", "null"), False),
)
