# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.merge_status import MergeStatus
from ..types import UNSET, Unset

_fromisoformat = datetime.datetime.fromisoformat
T = TypeVar("T", bound="MergeRecording")


@_attrs_define
class MergeRecording:
    """A 2-channel audio merge job and, once completed, its output file.

    Example:
        {'id': 'abcd-abcd-abcd-abcd-abcd', 'channel1': [{'recordingId': '68468e4792579a9d01e6c980', 'participantId':
            'abcd'}, {'recordingId': '68468e5092579a9d01e6c982', 'participantId': 'abcd2'}], 'channel2': [{'recordingId':
            '68468e5592579a9d01e6c984', 'participantId': 'abcd3'}], 'start': '2025-06-09T10:36:05.896Z', 'end':
            '2025-06-09T10:36:43.022Z', 'status': 'completed', 'meetingId': 'roye-pqdd-wbfl', 'sessionId':
            '68468e1e999064b94e7691fc', 'file': {'meta': {'format': 'mp3', 'duration': 58}, 'filePath':
            'merges/6846b93beabde2b7cbf44bb2.mp3', 'type': 'audio', 'size': 986349, 'ratio': {'audio': 16905.749},
            'userStorage': None, 'createdAt': '2025-06-09T10:36:43.018Z', 'updatedAt': '2025-06-09T10:36:43.018Z',
            'fileUrl': 'https://cdn.videosdk.live/merges/6846b93beabde2b7cbf44bb2.mp3', 'id': '6846b93beabde2b7cbf44bb2'}}

    Attributes:
        id (str): Merge job id (used in paths). Example: abcd-abcd-abcd-abcd-abcd.
        channel1 (list[MergeChannelRecording] | Unset): Recordings on the first channel.
        channel2 (list[MergeChannelRecording] | Unset): Recordings on the second channel.
        start (datetime.datetime | Unset): When the job started. Example: 2025-06-09T10:36:05.896Z.
        end (datetime.datetime | None | Unset): When the job finished; absent or null while it runs. Example:
            2025-06-09T10:36:43.022Z.
        status (MergeStatus | Unset): State of a merge job; `running` on creation, then `completed` or `failed`.
            Example: completed.
        meeting_id (str | Unset): Room (meeting) id. Example: roye-pqdd-wbfl.
        session_id (str | Unset): Session the recordings belong to. Example: 68468e1e999064b94e7691fc.
        file (RecordingFile | Unset): A stored recording file. Example: {'meta': {'resolution': {'width': 1920,
            'height': 1080}, 'format': 'mov,mp4,m4a,3gp,3g2,mj2', 'duration': 55.055}, 'filePath':
            'uploads/videos/61d6e871d1617e097b41699b.mp4', 'size': 17023255, 'type': 'video', 'userStorage': None,
            'createdAt': '2022-01-06T13:02:42.816Z', 'updatedAt': '2022-01-28T10:48:57.573Z', 'ratio': {'1080':
            309204.5227499773}, 'fileUrl': 'https://cdn.videosdk.live/uploads/videos/61d6e871d1617e097b41699b.mp4', 'id':
            '61d6e871d1617e097b41699b'}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    id: str
    channel1: list[MergeChannelRecording] | Unset = UNSET
    channel2: list[MergeChannelRecording] | Unset = UNSET
    start: datetime.datetime | Unset = UNSET
    end: datetime.datetime | None | Unset = UNSET
    status: MergeStatus | Unset = UNSET
    meeting_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    file: RecordingFile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        channel1: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.channel1, Unset):
            channel1 = []
            for channel1_item_data in self.channel1:
                channel1_item = channel1_item_data.to_dict()
                channel1.append(channel1_item)

        channel2: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.channel2, Unset):
            channel2 = []
            for channel2_item_data in self.channel2:
                channel2_item = channel2_item_data.to_dict()
                channel2.append(channel2_item)

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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = MergeStatus(self.status).value

        meeting_id = self.meeting_id

        session_id = self.session_id

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if channel1 is not UNSET:
            field_dict["channel1"] = channel1
        if channel2 is not UNSET:
            field_dict["channel2"] = channel2
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if status is not UNSET:
            field_dict["status"] = status
        if meeting_id is not UNSET:
            field_dict["meetingId"] = meeting_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            id = d.pop("id")

            _channel1 = d.pop("channel1", UNSET)
            channel1: list[MergeChannelRecording] | Unset = UNSET
            if _channel1 is not UNSET:
                channel1 = []
                for channel1_item_data in _channel1:
                    channel1_item = MergeChannelRecording.from_dict(channel1_item_data)

                    channel1.append(channel1_item)

            _channel2 = d.pop("channel2", UNSET)
            channel2: list[MergeChannelRecording] | Unset = UNSET
            if _channel2 is not UNSET:
                channel2 = []
                for channel2_item_data in _channel2:
                    channel2_item = MergeChannelRecording.from_dict(channel2_item_data)

                    channel2.append(channel2_item)

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

            _status = d.pop("status", UNSET)
            status: MergeStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = MergeStatus.__by_value__.get(_status_wire := _status) or MergeStatus(_status_wire)

            meeting_id = d.pop("meetingId", UNSET)

            session_id = d.pop("sessionId", UNSET)

            _file = d.pop("file", UNSET)
            file: RecordingFile | Unset
            if isinstance(_file, Unset):
                file = UNSET
            else:
                file = RecordingFile.from_dict(_file)

            if not (
                id.__class__ is str
                and (meeting_id.__class__ is str or meeting_id is UNSET)
                and (session_id.__class__ is str or session_id is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            merge_recording = cls(
                id,
                channel1,
                channel2,
                start,
                end,
                status,
                meeting_id,
                session_id,
                file,
            )

            merge_recording.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return merge_recording

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
from ..models.merge_channel_recording import MergeChannelRecording  # noqa: E402
from ..models.recording_file import RecordingFile  # noqa: E402

MergeRecording.__shape__ = (
    ("id", True, "str", False),
    ("channel1", False, ("list", MergeChannelRecording), False),
    ("channel2", False, ("list", MergeChannelRecording), False),
    ("start", False, "date-time", False),
    ("end", False, ("union", "date-time", "null"), False),
    ("status", False, MergeStatus, False),
    ("meetingId", False, "str", False),
    ("sessionId", False, "str", False),
    ("file", False, RecordingFile, False),
)
